package cn.wanggezhili.registry.api;

import static cn.wanggezhili.registry.api.Api.FENGCHENG_TOWN;
import static cn.wanggezhili.registry.api.Api.DONGCUN_VILLAGE;
import static cn.wanggezhili.registry.api.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A grid worker's scope is the units of their posts, as the registry keeps them (the token's grid_scope attribute
 * only for people without posts): when their grid moves to another village, they act on it under its new code at once,
 * and its old code is outside their scope.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class ScopeFromPostsTest {

    @BeforeEach
    void baseline() {
        Api.baseline();
    }

    @Test
    void a_worker_follows_their_grid_to_its_new_code_at_once_and_loses_the_old_one() {
        String grid = create(DONGCUN_VILLAGE, "东村第" + suffix() + "网格");
        // other-grid-worker's token says 东村第一网格; a post on the new grid is their scope from now on
        String current = grid;
        String assignment = as("county-admin").body(Map.of("name", "杨丽娟", "username", "other-grid-worker", "role", "GRID_WORKER"))
                .post("/api/v1/grid-units/{code}/staff-assignments", grid).then().log().ifValidationFails().statusCode(201).extract().path("assignmentId");
        try {
            String building = create(grid, "东村新楼" + suffix()); // households live on micro-grids
            Api.newHousehold("other-grid-worker", building);

            String village = as("county-admin").body(Map.of("parentCode", FENGCHENG_TOWN, "name", "西村" + suffix(), "kind", "VILLAGE"))
                    .post("/api/v1/grid-units").then().statusCode(201).extract().path("code");
            String moved = as("county-admin").body(Map.of("newParentCode", village))
                    .post("/api/v1/grid-units/{code}/moves", grid).then().statusCode(200).extract().path("code");
            assertThat(moved).isNotEqualTo(grid).startsWith(village);
            current = moved;

            String movedBuilding = moved + building.substring(grid.length()); // the subtree keeps its own segments
            Api.newHousehold("other-grid-worker", movedBuilding); // at once: no token to renew, no attribute to edit
            as("other-grid-worker").get("/api/v1/households?under={code}", moved).then().statusCode(200);
            as("other-grid-worker").get("/api/v1/households?under={code}", grid).then().statusCode(403);
            as("other-grid-worker").get("/api/v1/households?under={code}", building).then().statusCode(403);
        } finally {
            // other tests of this run use other-grid-worker with the scope of their token
            as("county-admin").post("/api/v1/grid-units/{code}/staff-assignments/{id}/ends", current, assignment)
                    .then().statusCode(200);
        }
    }

    private static String create(String parent, String name) {
        return as("county-admin").body(Map.of("parentCode", parent, "name", name)).post("/api/v1/grid-units")
                .then().statusCode(201).extract().path("code");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 4);
    }
}
