package cn.wanggezhili.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_NORTH;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.MutableClock;
import cn.wanggezhili.web.LocalPeriod;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Coverage figures per unit and period: "small matters stay in the grid" as a number. Other test classes share the
 * database, so figures are compared before and after this class's own work.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class TaskFiguresTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void patrols_done_in_the_grid_count_as_due_done_and_closed_at_origin_and_a_late_one_as_overdue() {
        LocalDate today = LocalPeriod.day(new MutableClock().instant());
        String from = today.toString();
        String to = today.plusDays(3).toString();
        JsonPath before = figures(from, to);

        doAndClose(dispatchPatrol());
        String late = dispatchPatrol();
        MutableClock.advance(Duration.ofDays(2));
        try {
            assertThat(figures(from, to).getLong("overdue") - before.getLong("overdue")).as("open past due").isGreaterThanOrEqualTo(1);
            doAndClose(late);
        } finally {
            MutableClock.advance(Duration.ofDays(-2));
        }
        JsonPath after = figures(from, to);

        assertThat(delta(before, after, "due")).isEqualTo(2);
        assertThat(delta(before, after, "done")).isEqualTo(2);
        assertThat(delta(before, after, "overdue")).as("closed after due").isEqualTo(1);
        assertThat(delta(before, after, "escalated")).isZero();
        assertThat(closedAtOrigin(after) - closedAtOrigin(before)).as("both closed in the grid they arose in").isEqualTo(2);
        assertThat(delta(before, after, "byType.find { it.typeCode == 'patrol' }.created")).isEqualTo(2);
        assertThat(delta(before, after, "byType.find { it.typeCode == 'patrol' }.closed")).isEqualTo(2);
        assertThat(after.getString("byType.find { it.typeCode == 'patrol' }.typeNameZh")).isEqualTo("巡查");

        long microGrids = after.getLong("microGridsPatrolled.microGrids");
        long patrolled = after.getLong("microGridsPatrolled.patrolled");
        assertThat(microGrids).as("1号楼 at least").isGreaterThanOrEqualTo(1);
        assertThat(patrolled).as("1号楼 was patrolled").isBetween(1L, microGrids);
        assertThat(after.getDouble("microGridsPatrolled.share")).isCloseTo((double) patrolled / microGrids, within(1e-9));
    }

    @Test
    void a_month_or_a_quarter_is_local_and_the_unit_defaults_to_the_caller_s_scope() {
        as("grid-chief").queryParam("month", "2026-11").get("/api/v1/task-figures").then().statusCode(200)
                .body("code", equalTo(QINCUN_NORTH)).body("from", equalTo("2026-11-01")).body("to", equalTo("2026-11-30"))
                .body("byType", hasSize(6)).body("byType[0].typeCode", equalTo("patrol"));
        as("grid-chief").queryParam("quarter", "2026-Q4").queryParam("under", QINCUN_MICRO_1).get("/api/v1/task-figures").then()
                .statusCode(200).body("code", equalTo(QINCUN_MICRO_1)).body("from", equalTo("2026-10-01"))
                .body("to", equalTo("2026-12-31")).body("microGridsPatrolled.microGrids", equalTo(1));
    }

    @Test
    void bad_periods_are_refused_naming_the_field() {
        badField(Map.of("month", "2026-13"), "month");
        badField(Map.of("quarter", "2026-Q5"), "quarter");
        badField(Map.of("from", "2026-11-01"), "to");
        badField(Map.of("from", "2026-02-30", "to", "2026-03-01"), "from");
        badField(Map.of("from", "2026-11-30", "to", "2026-11-01"), "to");
        badField(Map.of("month", "2026-11", "quarter", "2026-Q4"), "quarter");
        badField(Map.of("under", "1410810010"), "under");
    }

    @Test
    void another_township_s_admin_gets_no_figures_for_this_community() {
        as("other-township-admin").queryParam("under", QINCUN_NORTH).get("/api/v1/task-figures").then().statusCode(403)
                .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        as("grid-worker").queryParam("under", QINCUN_NORTH).get("/api/v1/task-figures").then().statusCode(403);
    }

    private static JsonPath figures(String from, String to) {
        return as("grid-chief").queryParam("under", QINCUN_NORTH).queryParam("from", from).queryParam("to", to)
                .get("/api/v1/task-figures").then().statusCode(200).extract().jsonPath();
    }

    /** The grid chief dispatches a patrol of 1号楼 to the grid worker covering it. */
    private static String dispatchPatrol() {
        return report("grid-chief", QINCUN_MICRO_1, "patrol", Map.of("assigneeUsername", "grid-worker"));
    }

    private static void doAndClose(String id) {
        as("grid-worker").post("/api/v1/tasks/{id}/acceptances", id).then().statusCode(200);
        as("grid-worker").post("/api/v1/tasks/{id}/starts", id).then().statusCode(200);
        as("grid-worker").body(Map.of("result", "已巡查，消防通道畅通")).post("/api/v1/tasks/{id}/completions", id).then().statusCode(200);
        as("grid-chief").post("/api/v1/tasks/{id}/closures", id).then().statusCode(200).body("closedAtOrigin", equalTo(true));
    }

    private static long delta(JsonPath before, JsonPath after, String path) {
        return after.getLong(path) - before.getLong(path);
    }

    /** The count behind the share: closedAtOriginShare × done (the share is null when nothing closed). */
    private static long closedAtOrigin(JsonPath figures) {
        Object share = figures.get("closedAtOriginShare");
        return share == null ? 0 : Math.round(((Number) share).doubleValue() * figures.getLong("done"));
    }

    private static void badField(Map<String, String> params, String field) {
        as("grid-chief").queryParams(params).get("/api/v1/task-figures").then().statusCode(400)
                .body("errors[0].field", equalTo(field));
    }
}
