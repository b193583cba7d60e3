package cn.wanggezhili.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.registry.api.Api.QINCUN_MICRO_1;
import static cn.wanggezhili.registry.api.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What other services see of the registry: its events on grid-registry.events with CloudEvents headers and the
 * subject's grid code, and never a resident's ID number, phone or name in clear, there or in the database.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class RegistryEventsTest {

    static final String ID_NUMBER = "11010519491231002X";
    static final String PHONE = "13912345678";
    static final String NAME = "欧阳娜娜";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void baseline() {
        Api.baseline();
    }

    @Test
    void a_resident_registration_is_published_masked_and_stored_encrypted() throws Exception {
        String household = Api.newHousehold("grid-worker", QINCUN_MICRO_1);
        String resident = as("grid-worker").body(Map.of("name", NAME, "idNumber", ID_NUMBER, "phone", PHONE, "relation", "户主"))
                .post("/api/v1/households/{id}/residents", household).then().statusCode(201)
                .body("name", equalTo("欧***")).body("idNumber", equalTo("1101**********002X")).body("phone", equalTo("139****5678"))
                .extract().path("id");
        as("grid-worker").body(Map.of("name", "别人", "idNumber", ID_NUMBER)).post("/api/v1/households/{id}/residents", household)
                .then().statusCode(409).body("type", equalTo("https://wanggezhili.cn/problems/id-number-already-registered"));
        as("grid-worker").body(Map.of("name", "错号", "idNumber", "110105194912310021")).post("/api/v1/households/{id}/residents", household)
                .then().statusCode(400).body("errors[0].field", equalTo("idNumber"));

        List<ConsumerRecord<String, byte[]>> records = readTopicUntil(household, "grid-registry.ResidentRegistered.v1");
        ConsumerRecord<String, byte[]> registered = records.stream()
                .filter(r -> header(r, "ce_type").equals("grid-registry.ResidentRegistered.v1") && r.key().equals(household))
                .findFirst().orElseThrow();
        assertThat(header(registered, "ce_gridcode")).isEqualTo(QINCUN_MICRO_1);
        assertThat(header(registered, "ce_source")).isEqualTo("/grid-registry");
        assertThat(header(registered, "ce_subject")).isEqualTo(household);
        assertThat(header(registered, "ce_specversion")).isEqualTo("1.0");
        assertThat(new String(registered.value(), StandardCharsets.UTF_8)).contains(resident).contains("1101**********002X");
        for (ConsumerRecord<String, byte[]> record : records) {
            assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(ID_NUMBER, PHONE, NAME);
        }

        try (Connection c = dataSource.getConnection()) {
            assertThat(scalar(c, "select count(*) from events where payload::text like '%" + ID_NUMBER + "%' or payload::text like '%" + PHONE + "%'")).isZero();
            assertThat(scalar(c, "select count(*) from resident_personal_data where resident_id = '" + resident
                    + "' and position(convert_to('" + ID_NUMBER + "', 'UTF8') in id_number) = 0"
                    + " and position(convert_to('" + PHONE + "', 'UTF8') in phone) = 0")).isEqualTo(1);
        }
    }

    private static long scalar(Connection c, String sql) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<ConsumerRecord<String, byte[]>> readTopicUntil(String key, String type) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as the services read: the relay commits per batch
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("grid-registry.events"));
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return records.stream().anyMatch(r -> key.equals(r.key()) && type.equals(header(r, "ce_type")));
            });
        }
        return records;
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? "" : new String(h.value(), StandardCharsets.UTF_8);
    }
}
