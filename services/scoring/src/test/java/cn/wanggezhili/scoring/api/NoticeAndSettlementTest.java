package cn.wanggezhili.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_GRID_2;
import static cn.wanggezhili.scoring.api.ScoringApi.SECOND_GRID_WORKER;
import static cn.wanggezhili.scoring.api.ScoringApi.approve;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static cn.wanggezhili.scoring.api.ScoringApi.record;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.ConfigProvider;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A quarter of the second grid: entries reviewed, results on public notice, an objection amended, then the quarter
 * settled into one PointsCredited per subject, however often settlement is asked for.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class NoticeAndSettlementTest {

    static final String PROBLEMS = "https://wanggezhili.cn/problems/";
    static final Map<String, String> SETTLE_Q3 = Map.of("unitCode", QINCUN_GRID_2, "quarter", "2026-Q3");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void county() {
        ScoringApi.county(dataSource);
    }

    @Test
    void a_noticed_quarter_with_its_objection_resolved_is_settled_once_per_subject() throws Exception {
        String patrol = record("scorer", "grid-worker", "patrol-done", SECOND_GRID_WORKER, "2026-08", List.of());
        String praised = record("scorer", "grid-worker", "patrol-praised", SECOND_GRID_WORKER, "2026-09", List.of("表扬通报-9"));
        String environment = record("scorer", "grid-worker", "environment-done", SECOND_GRID_WORKER, "2026-07", List.of());
        String pending = record("scorer", "grid-worker", "food-drug-done", SECOND_GRID_WORKER, "2026-07", List.of());
        List.of(patrol, praised, environment).forEach(e -> approve("reviewer", e));

        as("township-admin").body(SETTLE_Q3).post("/api/v1/settlements").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "notice-required"));

        String notice = as("township-admin").body(Map.of("unitCode", QINCUN_GRID_2, "period", "2026-Q3", "objectionWindow", "PT10S"))
                .post("/api/v1/notices").then().statusCode(201)
                .body("notice.subjects", equalTo(1)).body("notice.totalPoints", equalTo(9)).body("notice.open", equalTo(true))
                .extract().path("notice.id");
        as("other-township-admin").body(Map.of("entryId", praised, "reason", "不实")).post("/api/v1/notices/{id}/objections", notice)
                .then().statusCode(403);
        String objection = as("grid-chief").body(Map.of("entryId", praised, "reason", "表扬未经核实"))
                .post("/api/v1/notices/{id}/objections", notice).then().statusCode(201)
                .body("notice.openObjections", equalTo(1)).extract().path("objections[0].id");
        as("grid-chief").body(Map.of("entryId", pending, "reason", "未审核")).post("/api/v1/notices/{id}/objections", notice)
                .then().statusCode(422).body("type", equalTo(PROBLEMS + "entry-not-on-notice"));

        as("township-admin").body(SETTLE_Q3).post("/api/v1/settlements").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "objection-window-open"));
        await().atMost(Duration.ofSeconds(30)).until(() -> !as("grid-chief").get("/api/v1/notices/{id}", notice).then()
                .extract().<Boolean>path("notice.open"));
        as("township-admin").body(SETTLE_Q3).post("/api/v1/settlements").then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "objections-open"));
        as("grid-worker").body(Map.of("outcome", "AMENDED", "points", 3)).post("/api/v1/notices/{id}/objections/{o}/resolutions", notice, objection)
                .then().statusCode(403);
        as("township-admin").body(Map.of("outcome", "AMENDED", "points", 3, "note", "核实为口头表扬，按3分计"))
                .post("/api/v1/notices/{id}/objections/{o}/resolutions", notice, objection).then().statusCode(200)
                .body("objections[0].status", equalTo("AMENDED"));
        as("township-admin").get("/api/v1/score-entries/{id}", praised).then().body("points", equalTo(3));

        as("other-township-admin").body(SETTLE_Q3).post("/api/v1/settlements").then().statusCode(403);
        try (ExecutorService admins = Executors.newFixedThreadPool(2)) { // two at once, not one after the other
            List<CompletableFuture<Integer>> twice = List.of(
                    CompletableFuture.supplyAsync(() -> as("township-admin").body(SETTLE_Q3).post("/api/v1/settlements").statusCode(), admins),
                    CompletableFuture.supplyAsync(() -> as("county-admin").body(SETTLE_Q3).post("/api/v1/settlements").statusCode(), admins));
            assertThat(List.of(twice.get(0).get(), twice.get(1).get())).containsExactlyInAnyOrder(201, 200);
        }
        String settlement = as("township-admin").body(SETTLE_Q3).post("/api/v1/settlements").then().statusCode(200)
                .body("subjectsCredited", equalTo(1)).body("pointsCredited", equalTo(7)).extract().path("id");
        as("other-township-admin").get("/api/v1/settlements/{id}", settlement).then().statusCode(403);

        assertThat(ScoringApi.count(dataSource, "select count(*) from events where event_type = 'scoring.PointsCredited.v1' "
                + "and payload->>'subjectId' = ? and payload->>'quarter' = '2026-Q3'", SECOND_GRID_WORKER.toString())).isEqualTo(1);
        var credited = new com.fasterxml.jackson.databind.ObjectMapper().readTree(creditOnTopic(SECOND_GRID_WORKER));
        assertThat(credited.path("points").asInt()).isEqualTo(7);
        assertThat(credited.path("quarter").asText()).isEqualTo("2026-Q3");
        assertThat(credited.path("subjectType").asText()).isEqualTo("GRID_WORKER");
        assertThat(credited.path("code").asText()).isEqualTo(QINCUN_GRID_2);
        assertThat(credited.path("settlementId").asText()).hasSize(36);

        as("scorer").body(Map.of("schemeCode", "grid-worker", "indicatorCode", "flood-done", "subjectId", SECOND_GRID_WORKER, "month", "2026-08"))
                .post("/api/v1/score-entries").then().statusCode(409).body("type", equalTo(PROBLEMS + "period-settled"));
        as("reviewer").post("/api/v1/score-entries/{id}/approvals", pending).then().statusCode(409)
                .body("type", equalTo(PROBLEMS + "period-settled"));
    }

    @Test
    void the_notice_board_is_read_by_whom_it_concerns_only() {
        String notice = as("township-admin").body(Map.of("unitCode", ScoringApi.QINCUN_NORTH, "period", "2026-01", "objectionWindow", "P1D"))
                .post("/api/v1/notices").then().statusCode(201).extract().path("notice.id");
        as("resident").get("/api/v1/notices/{id}", notice).then().statusCode(200).body("notice.period", equalTo("2026-01"));
        as("other-township-admin").get("/api/v1/notices/{id}", notice).then().statusCode(403);
        as("township-admin").body(Map.of("unitCode", ScoringApi.QINCUN_NORTH, "period", "2026-01", "objectionWindow", "P1D"))
                .post("/api/v1/notices").then().statusCode(409).body("type", equalTo(PROBLEMS + "notice-already-published"));
        as("township-admin").get("/api/v1/notices?under=" + ScoringApi.LUXI_STREET).then().statusCode(200)
                .body("find { it.id == '" + notice + "' }.code", equalTo(ScoringApi.QINCUN_NORTH));
        as("other-township-admin").get("/api/v1/notices?under=" + ScoringApi.LUXI_STREET).then().statusCode(403);
    }

    /** Reads scoring.events from the start, as the points store would, for the subject's credit. */
    private static String creditOnTopic(UUID subject) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "points-store-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as the services read: the relay commits per batch
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of("scoring.events"));
            String[] found = new String[1];
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    var type = r.headers().lastHeader("ce_type");
                    if (type != null && new String(type.value(), StandardCharsets.UTF_8).equals("scoring.PointsCredited.v1")
                            && r.value().contains(subject.toString())) {
                        found[0] = r.value();
                    }
                });
                return found[0] != null;
            });
            return found[0];
        }
    }
}
