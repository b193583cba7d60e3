package cn.wanggezhili.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.scoring.api.ScoringApi.GRID_WORKER;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_GRID_1;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.apache.kafka.clients.producer.RecordMetadata;
import cn.wanggezhili.testing.TopicFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Other services' events score indicators by their triggers, once however often they are delivered. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class TriggerTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void county() {
        ScoringApi.county(dataSource);
    }

    static String taskClosed(UUID task, boolean onTime) {
        return """
                {"taskId":"%s","code":"%s","typeCode":"patrol","completedBy":{"staffId":"%s","username":"grid-worker","name":"陈小军"},
                 "completedOnTime":%s,"verifiedBy":{"staffId":"%s","username":"grid-chief","name":"刘红梅"},
                 "closedAtLevelCode":"%s","closedAtOrigin":true,"at":"2026-11-20T02:00:00Z"}
                """.formatted(task, QINCUN_GRID_1, GRID_WORKER, onTime, ScoringApi.GRID_CHIEF, QINCUN_GRID_1);
    }

    @Test
    void a_task_closed_on_time_scores_its_worker_once_however_often_it_is_delivered() throws Exception {
        UUID task = UUID.randomUUID();
        try (TopicFeed dispatch = new TopicFeed("task-dispatch")) {
            TopicFeed.Sent closed = dispatch.publish("Task", task, "TaskClosed", QINCUN_GRID_1, taskClosed(task, true));
            await().atMost(Duration.ofSeconds(30)).until(() -> entriesFrom(closed.eventId()) == 1);
            dispatch.again(closed);
            dispatch.republish(closed);
            UUID later = UUID.randomUUID();
            TopicFeed.Sent marker = dispatch.publish("Task", later, "TaskClosed", QINCUN_GRID_1, taskClosed(later, true));
            await().atMost(Duration.ofSeconds(30)).until(() -> entriesFrom(marker.eventId()) == 1);
            assertThat(entriesFrom(closed.eventId())).as("redelivered and republished: still one entry").isEqualTo(1);
            String entry = ScoringApi.one(dataSource, "select id::text from entry_view where source_event_id = ?", closed.eventId().toString());
            as("grid-worker").get("/api/v1/score-entries/{id}", entry).then().statusCode(200)
                    .body("indicatorCode", equalTo("task-closed-on-time")).body("points", equalTo(2))
                    .body("sourceKind", equalTo("EVENT")).body("sourceEventType", equalTo("task-dispatch.TaskClosed.v1"))
                    .body("status", equalTo("PENDING")).body("subjectId", equalTo(GRID_WORKER.toString()));
            ScoringApi.approve("reviewer", entry);
        }
    }

    @Test
    void an_event_type_no_scheme_names_passes_without_a_claim_and_the_next_closure_still_scores() throws Exception {
        UUID task = UUID.randomUUID();
        try (TopicFeed dispatch = new TopicFeed("task-dispatch")) {
            RecordMetadata accepted = dispatch.send(task, "Task", "TaskAccepted", 2, UUID.randomUUID(), QINCUN_GRID_1,
                    "{\"taskId\":\"%s\",\"code\":\"%s\",\"at\":\"2026-11-20T01:00:00Z\"}".formatted(task, QINCUN_GRID_1));
            await().atMost(Duration.ofSeconds(30)).until(() -> ScoringApi.count(dataSource,
                    "select count(*) from consumer_offset where consumer = 'scoring.task-dispatch' and partition = ? and next_offset > ?",
                    accepted.partition(), accepted.offset()) == 1);
            assertThat(ScoringApi.count(dataSource, "select count(*) from consumer_stream_position where consumer = 'scoring.task-dispatch' "
                    + "and stream_id = ?", task)).as("no claim for a type no trigger names").isZero();

            UUID closed = UUID.randomUUID();
            dispatch.send(task, "Task", "TaskClosed", 3, closed, QINCUN_GRID_1, taskClosed(task, true));
            await().atMost(Duration.ofSeconds(30)).until(() -> entriesFrom(closed) == 1);
            assertThat(ScoringApi.count(dataSource, "select count(*) from consumer_stream_position where consumer = 'scoring.task-dispatch' "
                    + "and stream_id = ? and version = 3", task)).as("the closure claims the stream").isEqualTo(1);
        }
    }

    @Test
    void a_task_closed_late_is_a_deduction() throws Exception {
        UUID task = UUID.randomUUID();
        try (TopicFeed dispatch = new TopicFeed("task-dispatch")) {
            TopicFeed.Sent closed = dispatch.publish("Task", task, "TaskClosed", QINCUN_GRID_1, taskClosed(task, false));
            await().atMost(Duration.ofSeconds(30)).until(() -> entriesFrom(closed.eventId()) == 1);
            assertThat(ScoringApi.count(dataSource, "select count(*) from entry_view where source_event_id = ? and points = -1 "
                    + "and indicator_code = 'task-closed-late'", closed.eventId().toString())).isEqualTo(1);
        }
    }

    @Test
    void a_case_closed_with_an_agreement_scores_the_lead_mediator_and_a_failed_one_nothing() throws Exception {
        try (TopicFeed mediation = new TopicFeed("mediation")) {
            UUID failedCase = UUID.randomUUID();
            TopicFeed.Sent failed = mediation.publish("MediationCase", failedCase, "CaseClosed", QINCUN_GRID_1, caseClosed(failedCase, "FAILED"));
            UUID settledCase = UUID.randomUUID();
            TopicFeed.Sent agreed = mediation.publish("MediationCase", settledCase, "CaseClosed", QINCUN_GRID_1, caseClosed(settledCase, "AGREEMENT"));
            await().atMost(Duration.ofSeconds(30)).until(() -> entriesFrom(agreed.eventId()) == 1);
            assertThat(entriesFrom(failed.eventId())).isZero();
            assertThat(ScoringApi.count(dataSource, "select count(*) from entry_view where source_event_id = ? and subject_id = ? "
                    + "and indicator_code = 'case-settled' and points = 5", agreed.eventId().toString(), GRID_WORKER.toString())).isEqualTo(1);
        }
    }

    private static String caseClosed(UUID id, String outcome) {
        return """
                {"caseId":"%s","code":"%s","disputeType":"邻里纠纷","outcome":"%s",
                 "mediators":[{"staffId":"%s","username":"grid-worker","name":"陈小军"},{"staffId":"%s","username":"grid-chief","name":"刘红梅"}],
                 "closedAtLevel":"GRID","registeredAt":"2026-11-01T00:00:00Z","at":"2026-11-20T00:00:00Z"}
                """.formatted(id, QINCUN_GRID_1, outcome, GRID_WORKER, ScoringApi.GRID_CHIEF);
    }

    private long entriesFrom(UUID eventId) throws Exception {
        return ScoringApi.count(dataSource, "select count(*) from entry_view where source_event_id = ?", eventId.toString());
    }
}
