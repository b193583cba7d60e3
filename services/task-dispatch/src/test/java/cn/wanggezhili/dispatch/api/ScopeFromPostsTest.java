package cn.wanggezhili.dispatch.api;

import static cn.wanggezhili.dispatch.api.DispatchFixture.DONGCUN_VILLAGE;
import static cn.wanggezhili.dispatch.api.DispatchFixture.FENGCHENG_TOWN;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A grid worker's scope here is the units of their posts as the registry announces them (platform staff-scope), not
 * the token's attribute: posted to a new grid, they see its tasks; when the registry moves the grid to another village,
 * they work its tasks under the new code, and the old code is outside their scope.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class ScopeFromPostsTest {

    /** A third grid of 东村 with one building, then moved to 南村 (a village of 凤城镇 made for this test). */
    static final String NEW_GRID = "141081100201003";
    static final String NEW_BUILDING = "141081100201003001";
    static final String SOUTH_VILLAGE = "141081100202";
    static final String MOVED_GRID = "141081100202001";
    static final String MOVED_BUILDING = "141081100202001001";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void a_worker_posted_to_a_grid_works_its_tasks_and_follows_it_to_its_new_code() throws Exception {
        try (RegistryFeed feed = new RegistryFeed()) {
            feed.unit(NEW_GRID, DONGCUN_VILLAGE, 4, "东村第三网格");
            feed.unit(NEW_BUILDING, NEW_GRID, 5, "东三巷");
            feed.unit(SOUTH_VILLAGE, FENGCHENG_TOWN, 3, "南村");
            // other-grid-worker's token says 东村第一网格 only
            UUID assignment = feed.post(NEW_GRID, "GRID_WORKER", "other-grid-worker", "杨丽娟");
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> posts(NEW_GRID) == 1 && units(NEW_BUILDING) == 1);
                String task = report("other-township-admin", NEW_BUILDING, "household-visit", Map.of());
                as("other-grid-worker").get("/api/v1/tasks/{id}", task).then().statusCode(200);

                feed.move(NEW_GRID, MOVED_GRID, SOUTH_VILLAGE);
                feed.move(NEW_BUILDING, MOVED_BUILDING, MOVED_GRID);
                await().atMost(Duration.ofSeconds(30)).until(() -> posts(MOVED_GRID) == 1 && DispatchFixture.count(dataSource,
                        "select count(*) from task_view where id = '" + task + "' and code = '" + MOVED_BUILDING + "'") == 1);

                as("other-grid-worker").queryParam("under", MOVED_GRID).get("/api/v1/tasks").then().statusCode(200)
                        .body("items.id", hasItem(task));
                as("other-grid-worker").post("/api/v1/tasks/{id}/acceptances", task).then().statusCode(200)
                        .body("unitCode", equalTo(MOVED_BUILDING));
                as("other-grid-worker").queryParam("under", NEW_GRID).get("/api/v1/tasks").then().statusCode(403);
            } finally {
                // later tests of this run see other-grid-worker with their first post only
                feed.unpost(NEW_GRID, MOVED_GRID, assignment, "other-grid-worker");
                await().atMost(Duration.ofSeconds(30)).until(() -> posts(MOVED_GRID) + posts(NEW_GRID) == 0);
            }
        }
    }

    private long posts(String code) throws Exception {
        return DispatchFixture.count(dataSource, "select count(*) from staff_scope_post where username = 'other-grid-worker' and unit_code = '"
                + code + "'");
    }

    private long units(String code) throws Exception {
        return DispatchFixture.count(dataSource, "select count(*) from unit_directory where code = '" + code + "'");
    }
}
