package cn.wanggezhili.dispatch.api;

import static cn.wanggezhili.dispatch.api.DispatchFixture.DONGCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_NORTH;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.StreamMirror;
import cn.wanggezhili.testing.StreamMirror.Made;
import cn.wanggezhili.testing.SuiteServersResource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live stream mirrors REST for every user of the realm: a dashboard reads on GET /api/v1/events the events of
 * exactly the tasks and plans REST shows its user (GET by id answers 200), none of those REST refuses (403) or does not
 * know (404); a user REST refuses every task read could not open the stream either. The expectations are REST's
 * answers, never a second copy of the read policy.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class EventStreamAccessTest {

    private static final String TASK = "/api/v1/tasks/{id}";
    private static final String PLAN = "/api/v1/plans/{id}";

    @TestHTTPResource("/api/v1/events")
    URL events;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void every_user_reads_on_the_live_stream_the_tasks_and_plans_rest_shows_them_and_nothing_else() throws Exception {
        String start = streamPosition();

        // 1号楼: a household visit the grid worker takes on and starts
        String visit = report("grid-chief", QINCUN_MICRO_1, "household-visit", Map.of("title", "独居老人入户走访"));
        as("grid-worker").post("/api/v1/tasks/{id}/acceptances", visit).then().statusCode(200);
        as("grid-worker").post("/api/v1/tasks/{id}/starts", visit).then().statusCode(200);
        // the community's daily patrol plan: above a grid worker's and a resident's scope
        String plan = as("grid-chief").body(Map.of("code", QINCUN_NORTH, "typeCode", "patrol",
                        "titleZh", "社区每日巡查 " + UUID.randomUUID().toString().substring(0, 8), "cadence", "DAILY"))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        // another township's lane: only the county and 凤城镇 see it
        String lane = report("county-admin", DONGCUN_MICRO_1, "patrol", Map.of("title", "东一巷占道经营巡查"));

        SoftAssertions soft = new SoftAssertions();
        StreamMirror.everyUserReadsWhatRestShows(soft, events.toString(), start, "/api/v1/tasks", TASK,
                closingTasks(), List.of(Made.byId("1号楼的入户走访任务", TASK, visit),
                Made.byId("秦村北社区的巡查计划", PLAN, plan), Made.byId("东一巷的巡查任务", TASK, lane)));
        soft.assertAll();
    }

    /** Last, a task in each township: each user reads their stream up to the one REST shows them. */
    private static List<String> closingTasks() {
        return List.of(report("grid-chief", QINCUN_MICRO_1, "survey", Map.of("title", "收尾：楼道堆物排查")),
                report("county-admin", DONGCUN_MICRO_1, "survey", Map.of("title", "收尾：东一巷堆物排查")));
    }

    /**
     * Where the stream is now: a task reported at once, as the county's dashboard reads it (task creations only, a short
     * read from the start of the table). Every user's stream is read from after it.
     */
    private String streamPosition() throws Exception {
        String opening = report("county-admin", QINCUN_MICRO_1, "survey", Map.of("title", "起点：楼道堆物排查"));
        return StreamMirror.position(events.toString(), "task-dispatch.TaskCreated.v1", opening);
    }
}
