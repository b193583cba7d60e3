package cn.wanggezhili.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_NORTH;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan's id (integrators see them on the topic) used where a task's is expected is no task, and the other way
 * round: 404 as for an unknown id, never a 500 that would tell the id exists, and nothing is appended.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class ForeignIdsTest {

    static final String NOT_FOUND = "https://wanggezhili.cn/problems/not-found";
    static final String TASK_AND_PLAN_EVENTS = "select count(*) from events where stream_type in ('Task', 'Plan')";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void a_plan_s_id_in_a_task_s_place_and_a_task_s_in_a_plan_s_answer_404_and_change_nothing() throws Exception {
        String task = report("grid-chief", QINCUN_MICRO_1, "patrol", Map.of());
        // starting far ahead, the plan never runs in the other tests
        String plan = as("grid-chief").body(Map.of("code", QINCUN_NORTH, "typeCode", "patrol", "titleZh", "外来编号测试",
                        "cadence", "DAILY", "startsOn", "2099-01-01"))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        long eventsBefore = DispatchFixture.count(dataSource, TASK_AND_PLAN_EVENTS);

        as("grid-worker").post("/api/v1/tasks/{id}/acceptances", plan).then().statusCode(404)
                .body("type", equalTo(NOT_FOUND));
        as("grid-chief").body(Map.of("intoTaskId", plan)).post("/api/v1/tasks/{id}/merges", task).then().statusCode(404)
                .body("type", equalTo(NOT_FOUND));
        as("grid-chief").post("/api/v1/plans/{id}/stops", task).then().statusCode(404)
                .body("type", equalTo(NOT_FOUND));

        assertThat(DispatchFixture.count(dataSource, TASK_AND_PLAN_EVENTS)).isEqualTo(eventsBefore);
    }
}
