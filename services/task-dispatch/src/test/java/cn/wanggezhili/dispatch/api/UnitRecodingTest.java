package cn.wanggezhili.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.dispatch.api.DispatchFixture.DONGCUN_GRID_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.DONGCUN_VILLAGE;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.consumer.InboxRunner;
import cn.wanggezhili.dispatch.app.UnitRecodingWork;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A micro-grid of 东村 moves to another grid and gets a new code: its open tasks and plans follow, closed ones do not. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class UnitRecodingTest {

    static final String MOVING_MICRO = "141081100201001077";
    static final String SECOND_GRID = "141081100201002";
    static final String NEW_CODE = "141081100201002005";

    @Inject
    DataSource dataSource;

    @Inject
    InboxRunner inbox;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void open_tasks_and_active_plans_follow_a_moved_unit_to_its_new_code_once() throws Exception {
        try (RegistryFeed feed = new RegistryFeed()) {
            feed.unit(SECOND_GRID, DONGCUN_VILLAGE, 4, "东村第二网格");
            feed.unit(MOVING_MICRO, DONGCUN_GRID_1, 5, "东七巷");
            await().atMost(Duration.ofSeconds(30)).until(() -> units(MOVING_MICRO, SECOND_GRID) == 2);

            String open = report("other-township-admin", MOVING_MICRO, "incident", Map.of("attributes", Map.of("incident-kind", "安全隐患")));
            String closed = report("other-township-admin", MOVING_MICRO, "household-visit", Map.of());
            workThrough(closed);
            String plan = as("other-township-admin").body(Map.of("code", MOVING_MICRO, "typeCode", "patrol", "titleZh", "东七巷每日巡查",
                    "cadence", "DAILY")).post("/api/v1/plans").then().statusCode(201).extract().path("id");

            // the consumer notes one open task and one plan, which the inbox runner moves at once
            String moved = feed.move(MOVING_MICRO, NEW_CODE, SECOND_GRID);
            await().atMost(Duration.ofSeconds(30)).until(() -> DispatchFixture.count(dataSource,
                    "select count(*) from task_view where id = '" + open + "' and code = '" + NEW_CODE + "'") == 1
                    && DispatchFixture.count(dataSource,
                    "select count(*) from plan_view where id = '" + plan + "' and code = '" + NEW_CODE + "'") == 1);
            assertThat(waiting()).as("nothing left to do").isZero();

            as("other-township-admin").get("/api/v1/tasks/{id}", open).then().statusCode(200)
                    .body("unitCode", equalTo(NEW_CODE)).body("originCode", equalTo(NEW_CODE)).body("status", equalTo("ASSIGNED"));
            as("other-township-admin").get("/api/v1/tasks/{id}", closed).then().statusCode(200)
                    .body("unitCode", equalTo(MOVING_MICRO)).body("status", equalTo("CLOSED"));
            as("other-township-admin").get("/api/v1/plans/{id}", plan).then().statusCode(200).body("code", equalTo(NEW_CODE));
            as("other-township-admin").queryParam("under", SECOND_GRID).get("/api/v1/tasks").then().statusCode(200)
                    .body("items.id", equalTo(List.of(open)));

            // the registry's event again, and another run: nothing changes twice
            feed.redeliver("GridUnitMoved", feed.unitId(MOVING_MICRO), NEW_CODE, moved, feed.version(feed.unitId(MOVING_MICRO)));
            inbox.runAll();
            assertThat(waiting()).isZero();
            assertThat(DispatchFixture.count(dataSource, "select count(*) from events where stream_id in ('" + open + "', '" + plan
                    + "') and event_type like '%UnitRecoded.v1'")).isEqualTo(2);
        }
    }

    private long waiting() throws Exception {
        return DispatchFixture.count(dataSource, "select count(*) from inbox where inbox = '" + UnitRecodingWork.INBOX + "'");
    }

    private long units(String... codes) throws Exception {
        return DispatchFixture.count(dataSource, "select count(*) from unit_directory where code in ('" + String.join("', '", codes) + "')");
    }

    private static void workThrough(String id) {
        as("other-grid-worker").post("/api/v1/tasks/{id}/acceptances", id).then().statusCode(200);
        as("other-grid-worker").post("/api/v1/tasks/{id}/starts", id).then().statusCode(200);
        as("other-grid-worker").body(Map.of("result", "已走访")).post("/api/v1/tasks/{id}/completions", id).then().statusCode(200);
        as("other-township-admin").post("/api/v1/tasks/{id}/closures", id).then().statusCode(200);
    }
}
