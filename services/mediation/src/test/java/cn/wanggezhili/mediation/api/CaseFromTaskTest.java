package cn.wanggezhili.mediation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.mediation.api.MediationFixture.as;
import static cn.wanggezhili.mediation.api.MediationFixture.count;
import static cn.wanggezhili.mediation.api.MediationFixture.staffId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.RecordMetadata;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.TopicFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Task dispatch's incidents classified as disputes open cases, one per task however often the event arrives. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "mediation_test"))
class CaseFromTaskTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        MediationFixture.grid(dataSource);
    }

    @Test
    void a_dispute_incident_delivered_twice_opens_exactly_one_case_from_the_task() throws Exception {
        UUID task = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String payload = taskCreated(task, "incident", "\"incident-kind\":\"矛盾纠纷\"", "两户因宅基地边界发生争执");
        RecordMetadata last;
        try (TopicFeed dispatch = new TopicFeed("task-dispatch")) {
            dispatch.send(task, "Task", "TaskCreated", 1, eventId, QINCUN_MICRO_1, payload);
            dispatch.send(task, "Task", "TaskCreated", 1, eventId, QINCUN_MICRO_1, payload); // the same record again
            last = dispatch.send(task, "Task", "TaskCreated", 1, UUID.randomUUID(), QINCUN_MICRO_1, payload); // republished
        }
        awaitConsumedPast(last);
        assertThat(count(dataSource, "select count(*) from case_view where source_task_id = '" + task + "'")).isEqualTo(1);
        String id = as("grid-chief").get("/api/v1/cases?under=" + QINCUN_MICRO_1 + "&limit=1000").then().statusCode(200)
                .extract().path("items.find { it.sourceTaskId == '" + task + "' }.id");
        as("grid-chief").get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("source", equalTo("TASK")).body("sourceNameZh", equalTo("网格事件转入"))
                .body("disputeType", equalTo("NEIGHBOUR")).body("status", equalTo("REGISTERED"))
                .body("unitCode", equalTo(QINCUN_MICRO_1)).body("parties", hasSize(0));
        as("grid-chief").get("/api/v1/cases/{id}/history", id).then().body("type", hasSize(1));
        MediationTopic.awaitCase(id, "mediation.CaseRegistered.v1");
    }

    @Test
    void a_case_from_a_task_gets_its_parties_added_before_an_agreement() throws Exception {
        UUID task = UUID.randomUUID();
        RecordMetadata sent;
        try (TopicFeed dispatch = new TopicFeed("task-dispatch")) {
            sent = dispatch.send(task, "Task", "TaskCreated", 1, UUID.randomUUID(), QINCUN_MICRO_1,
                    taskCreated(task, "resident-report", "\"topic\":\"矛盾纠纷\",\"dispute-type\":\"PROPERTY_MANAGEMENT\"", "物业费争议"));
            dispatch.send(UUID.randomUUID(), "Task", "TaskCreated", 1, UUID.randomUUID(), QINCUN_MICRO_1,
                    taskCreated(UUID.randomUUID(), "incident", "\"incident-kind\":\"秸秆焚烧\"", "田间焚烧秸秆"));
        }
        awaitConsumedPast(sent);
        String id = as("grid-chief").get("/api/v1/cases?under=" + QINCUN_MICRO_1 + "&limit=1000").then()
                .extract().path("items.find { it.sourceTaskId == '" + task + "' }.id");
        assertThat(count(dataSource, "select count(*) from case_view where title = '田间焚烧秸秆'")).isZero();
        as("grid-chief").body(java.util.Map.of("party", MediationFixture.party("孙立新", null, "13700001111")))
                .post("/api/v1/cases/{id}/parties", id).then().statusCode(200).body("parties[0].name", equalTo("孙**"))
                .body("disputeType", equalTo("PROPERTY_MANAGEMENT"));
    }

    private void awaitConsumedPast(RecordMetadata sent) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                    "select next_offset from consumer_offset where consumer = 'mediation.task-dispatch' and topic = ? and partition = ?")) {
                ps.setString(1, sent.topic());
                ps.setInt(2, sent.partition());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getLong(1) > sent.offset();
                }
            }
        });
    }

    private static String taskCreated(UUID task, String type, String attributes, String title) {
        return """
                {"taskId":"%s","code":"%s","typeCode":"%s","title":"%s","description":"网格员现场发现","source":"FIELD_REPORT",
                 "priority":"HIGH","reporter":{"staffId":"%s","username":"grid-worker","name":"陈小军"},"reporterNote":null,
                 "dueAt":"2026-12-01T00:00:00Z","attributes":{%s}}
                """.formatted(task, QINCUN_MICRO_1, type, title, staffId("grid-worker"), attributes);
    }
}
