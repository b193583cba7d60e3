package cn.wanggezhili.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A household visit from dispatch to closure, with rework, and who may do which step. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class TaskLifecycleTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void the_owner_does_the_work_and_the_chief_verifies_and_closes_it_in_the_grid() throws Exception {
        String id = report("grid-chief", QINCUN_MICRO_1, "household-visit", Map.of());
        as("grid-chief").post("/api/v1/tasks/{id}/acceptances", id).then().statusCode(409)
                .body("type", equalTo("https://wanggezhili.cn/problems/not-the-owner"));
        as("grid-worker").post("/api/v1/tasks/{id}/starts", id).then().statusCode(409)
                .body("type", equalTo("https://wanggezhili.cn/problems/wrong-status"));
        as("grid-worker").post("/api/v1/tasks/{id}/acceptances", id).then().statusCode(200).body("status", equalTo("ACCEPTED"));
        as("grid-worker").post("/api/v1/tasks/{id}/starts", id).then().statusCode(200).body("statusNameZh", equalTo("处理中"));
        as("grid-worker").body(Map.of("result", "已入户走访，登记3人", "evidence", List.of("photo-1")))
                .post("/api/v1/tasks/{id}/completions", id).then().statusCode(200).body("status", equalTo("COMPLETED"));
        as("grid-worker").post("/api/v1/tasks/{id}/closures", id).then().statusCode(403);
        as("grid-chief").body(Map.of("reason", "缺少照片")).post("/api/v1/tasks/{id}/returns", id).then().statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
        as("grid-worker").body(Map.of("result", "已补充照片")).post("/api/v1/tasks/{id}/completions", id).then().statusCode(200);
        as("grid-chief").post("/api/v1/tasks/{id}/closures", id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedAtOrigin", equalTo(true))
                .body("closedAtLevelCode", equalTo(QINCUN_MICRO_1));
        as("grid-chief").body(Map.of("reason", "重复")).post("/api/v1/tasks/{id}/cancellations", id).then().statusCode(409);
        // what scoring reads from the topic: who did the work, and that it was in time
        assertThat(DispatchFixture.count(dataSource, """
                select count(*) from events where stream_id = '%s' and event_type = 'task-dispatch.TaskClosed.v1'
                  and payload->>'typeCode' = 'household-visit' and payload->'completedBy'->>'username' = 'grid-worker'
                  and (payload->>'completedOnTime')::boolean
                """.formatted(id))).isEqualTo(1);
    }

    @Test
    void a_retried_step_with_the_same_idempotency_key_happens_once() {
        String id = report("grid-chief", QINCUN_MICRO_1, "patrol", Map.of());
        String key = UUID.randomUUID().toString();
        as("grid-worker").header("Idempotency-Key", key).post("/api/v1/tasks/{id}/acceptances", id).then().statusCode(200)
                .body("version", equalTo(3));
        as("grid-worker").header("Idempotency-Key", key).post("/api/v1/tasks/{id}/acceptances", id).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("version", equalTo(3));
        as("grid-worker").get("/api/v1/tasks/{id}", id).then().body("version", equalTo(3));
    }

    @Test
    void a_handover_moves_ownership_to_another_covering_staff_member_and_bad_input_is_named() {
        String id = report("grid-chief", QINCUN_MICRO_1, "survey", Map.of());
        as("grid-worker").body(Map.of("toUsername", "other-grid-worker")).post("/api/v1/tasks/{id}/handovers", id)
                .then().statusCode(400).body("errors[0].field", equalTo("toUsername"));
        as("grid-worker").body(Map.of("toUsername", "grid-chief", "note", "需社区协调")).post("/api/v1/tasks/{id}/handovers", id)
                .then().statusCode(200).body("owner.username", equalTo("grid-chief"));
        as("grid-worker").body(Map.of("result", "")).post("/api/v1/tasks/{id}/completions", id).then().statusCode(400)
                .body("errors[0].field", equalTo("result"));
        as("grid-worker").get("/api/v1/tasks?status=NOPE").then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void another_township_s_staff_cannot_see_or_touch_the_task() {
        String id = report("grid-chief", QINCUN_MICRO_1, "patrol", Map.of());
        for (String step : List.of("acceptances", "starts")) {
            as("other-grid-worker").post("/api/v1/tasks/{id}/" + step, id).then().statusCode(403)
                    .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        }
        as("other-grid-worker").post("/api/v1/tasks/{id}/closures", id).then().statusCode(403); // not a supervisor either
        as("other-township-admin").post("/api/v1/tasks/{id}/closures", id).then().statusCode(403)
                .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        as("other-grid-worker").get("/api/v1/tasks/{id}", id).then().statusCode(403);
        as("other-township-admin").body(Map.of("reason", "x")).post("/api/v1/tasks/{id}/cancellations", id).then().statusCode(403);
        as("other-grid-worker").body(Map.of("result", "x")).post("/api/v1/tasks/{id}/completions", id).then().statusCode(403);
        as("grid-worker").get("/api/v1/tasks/{id}", id).then().statusCode(200).body("status", equalTo("ASSIGNED"));
    }
}
