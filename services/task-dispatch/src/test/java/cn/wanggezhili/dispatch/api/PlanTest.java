package cn.wanggezhili.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.api.DispatchFixture.DONGCUN_VILLAGE;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_GRID_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_NORTH;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import cn.wanggezhili.testing.MutableClock;
import cn.wanggezhili.web.LocalPeriod;
import cn.wanggezhili.dispatch.app.PlanRunner;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Work plans: every micro-grid of a community patrolled daily, each day's tasks created once whoever runs the plan. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class PlanTest {

    @Inject
    DataSource dataSource;

    @Inject
    PlanRunner runner;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void a_daily_patrol_plan_creates_one_task_per_micro_grid_once_even_when_two_instances_run_it() throws Exception {
        String title = "微网格每日巡查 " + UUID.randomUUID().toString().substring(0, 8);
        String id = as("grid-chief").body(Map.of("code", QINCUN_NORTH, "typeCode", "patrol", "titleZh", title, "cadence", "DAILY"))
                .post("/api/v1/plans").then().statusCode(201).body("status", equalTo("ACTIVE"))
                .body("cadenceNameZh", equalTo("每日")).body("lastPeriodKey", nullValue()).extract().path("id");
        LocalDate today = LocalPeriod.day(new MutableClock().instant());
        List<String> microGrids = lowestLevelUnitsOfTheCommunity();
        assertThat(microGrids).contains(QINCUN_MICRO_1).doesNotContain(QINCUN_GRID_1, QINCUN_NORTH);

        assertThat(runTwoInstances(today)).isGreaterThanOrEqualTo(microGrids.size());
        String taskTitle = title + "（" + today + "）";
        assertThat(plannedTaskUnits(taskTitle)).as("one task per micro-grid").containsExactlyInAnyOrderElementsOf(microGrids);
        as("grid-worker").queryParam("under", QINCUN_MICRO_1).get("/api/v1/tasks").then().statusCode(200)
                .body("items.findAll { it.title == '" + taskTitle + "' }.owner.username", hasItem("grid-worker"))
                .body("items.find { it.title == '" + taskTitle + "' }.sourceNameZh", equalTo("计划生成"));
        as("grid-chief").get("/api/v1/plans/{id}", id).then().statusCode(200).body("lastPeriodKey", equalTo(today.toString()))
                .body("lastRunTasks", equalTo(microGrids.size())).body("runs", equalTo(1));

        assertThat(runTwoInstances(today)).as("the day has run").isZero();
        assertThat(plannedTaskUnits(taskTitle)).hasSameSizeAs(microGrids);
        assertThat(DispatchFixture.count(dataSource, "select count(*) from events where stream_id = '" + id
                + "' and event_type = 'task-dispatch.PlanRunDone.v1'")).isEqualTo(1);

        as("grid-chief").post("/api/v1/plans/{id}/stops", id).then().statusCode(200).body("status", equalTo("STOPPED"));
        as("grid-chief").post("/api/v1/plans/{id}/stops", id).then().statusCode(409)
                .body("type", equalTo("https://wanggezhili.cn/problems/plan-stopped"));
        runner.runDuePlans(today.plusDays(1));
        assertThat(plannedTaskUnits(title + "（" + today.plusDays(1) + "）")).as("a stopped plan does not run").isEmpty();
    }

    @Test
    void only_a_grid_chief_or_above_sets_a_plan_and_only_in_their_own_scope() {
        Map<String, String> plan = Map.of("code", QINCUN_NORTH, "typeCode", "household-visit", "titleZh", "每季度入户走访",
                "cadence", "QUARTERLY");
        as("other-township-admin").body(plan).post("/api/v1/plans").then().statusCode(403)
                .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        as("grid-worker").body(Map.of("code", QINCUN_GRID_1, "typeCode", "patrol", "titleZh", "巡查", "cadence", "DAILY"))
                .post("/api/v1/plans").then().statusCode(403).body("type", equalTo("https://wanggezhili.cn/problems/forbidden"));

        String id = as("grid-chief").body(plan).post("/api/v1/plans").then().statusCode(201).extract().path("id");
        as("other-township-admin").get("/api/v1/plans/{id}", id).then().statusCode(403);
        as("other-township-admin").post("/api/v1/plans/{id}/stops", id).then().statusCode(403);
        as("other-township-admin").queryParam("under", QINCUN_NORTH).get("/api/v1/plans").then().statusCode(403);
        as("township-admin").queryParam("under", QINCUN_NORTH).get("/api/v1/plans").then().statusCode(200)
                .body("items.id", hasItem(id));
        as("other-township-admin").queryParam("under", DONGCUN_VILLAGE).get("/api/v1/plans").then()
                .statusCode(200).body("items.find { it.id == '" + id + "' }", nullValue());
        as("grid-chief").post("/api/v1/plans/{id}/stops", id).then().statusCode(200);
    }

    @Test
    void a_plan_needs_planned_work_and_a_known_cadence() {
        as("grid-chief").body(Map.of("code", QINCUN_NORTH, "typeCode", "incident", "titleZh", "事件", "cadence", "DAILY"))
                .post("/api/v1/plans").then().statusCode(422).body("type", equalTo("https://wanggezhili.cn/problems/type-not-plannable"))
                .body("errors[0].field", equalTo("typeCode"));
        as("grid-chief").body(Map.of("code", QINCUN_NORTH, "typeCode", "patrol", "titleZh", "巡查", "cadence", "HOURLY"))
                .post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("cadence"));
        as("grid-chief").body(Map.of("code", QINCUN_NORTH, "typeCode", "patrol", "titleZh", "巡查", "cadence", "DAILY",
                "startsOn", "2026-02-30")).post("/api/v1/plans").then().statusCode(400).body("errors[0].field", equalTo("startsOn"));
    }

    /** Two runners, as two instances of the service would run them, released at the same moment. */
    private int runTwoInstances(LocalDate day) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        int created = 0;
        // a thread each: the common pool may have one thread on a 2-core machine, and both must wait at the barrier
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return runner.runDuePlans(day);
                }, instances));
            }
            for (CompletableFuture<Integer> run : runs) {
                created += run.get(60, TimeUnit.SECONDS);
            }
        }
        return created;
    }

    private List<String> lowestLevelUnitsOfTheCommunity() throws Exception {
        return strings("""
                select u.code from unit_directory u where u.code like ? and not u.retired
                   and not exists (select 1 from unit_directory c where c.parent_code = u.code and not c.retired)
                """, QINCUN_NORTH + "%");
    }

    private List<String> plannedTaskUnits(String taskTitle) throws Exception {
        return strings("select origin_code from task_view where source = 'PLAN' and title = ?", taskTitle);
    }

    private List<String> strings(String sql, String param) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            List<String> values = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
