package cn.wanggezhili.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.registry.api.Api.LUXI_STREET;
import static cn.wanggezhili.registry.api.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Moves, splits, merges and retirements keep every code unique, never reuse one, and rebuild by replay. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class TreeChangesTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void baseline() {
        Api.baseline();
    }

    @Test
    void a_community_moves_with_its_subtree_and_its_old_codes_are_never_issued_again() {
        String community = unit(LUXI_STREET, "搬迁社区", "COMMUNITY");
        String grid = unit(community, "搬迁网格", null);
        String micro = unit(grid, "搬迁楼", null);
        String household = as("township-admin").body(Map.of("unitCode", micro, "number", "1-1-101"))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        String otherStreet = unit(Api.HOUMA, "路东街道", "STREET");

        String moved = as("county-admin").body(Map.of("newParentCode", otherStreet))
                .post("/api/v1/grid-units/{c}/moves", community).then().statusCode(200)
                .body("oldCode", equalTo(community)).body("newParentCode", equalTo(otherStreet)).extract().path("code");
        assertThat(moved).startsWith(otherStreet.substring(0, 9));
        as("county-admin").get("/api/v1/grid-units/{c}/children", moved).then().body("items.code", contains(moved + "001"));
        as("county-admin").get("/api/v1/households/{id}", household).then().body("unitCode", equalTo(moved + "001001"));
        // the old code still finds the unit, under its new code
        as("county-admin").get("/api/v1/grid-units/{c}", community).then().statusCode(200).body("code", equalTo(moved));
        // and is not handed out again
        String next = unit(LUXI_STREET, "新社区", "COMMUNITY");
        assertThat(next).isNotEqualTo(community);
        as("county-admin").body(Map.of("parentCode", LUXI_STREET, "name", "抢号社区", "code", community))
                .post("/api/v1/grid-units").then().statusCode(409)
                .body("type", equalTo("https://wanggezhili.cn/problems/code-already-issued"));
    }

    @Test
    void a_grid_split_in_two_hands_every_micro_grid_to_one_part_and_retires() {
        String community = unit(LUXI_STREET, "分拆社区", "COMMUNITY");
        String grid = unit(community, "大网格", null);
        String a = unit(grid, "甲楼", null);
        String b = unit(grid, "乙楼", null);
        as("township-admin").body(Map.of("parts", List.of(Map.of("name", "东网格", "childCodes", List.of(a)))))
                .post("/api/v1/grid-units/{c}/splits", grid).then().statusCode(400).body("errors.field", contains("parts"));
        as("township-admin").body(Map.of("parts", List.of(Map.of("name", "东网格", "childCodes", List.of(a)), Map.of("name", "西网格"))))
                .post("/api/v1/grid-units/{c}/splits", grid).then().statusCode(409)
                .body("type", equalTo("https://wanggezhili.cn/problems/unit-not-empty"));

        as("township-admin").body(Map.of("parts", List.of(Map.of("name", "东网格", "childCodes", List.of(a)),
                        Map.of("name", "西网格", "childCodes", List.of(b)))))
                .post("/api/v1/grid-units/{c}/splits", grid).then().statusCode(200)
                .body("retired", equalTo(true)).body("successorCodes", contains(community + "002", community + "003"));
        as("township-admin").get("/api/v1/grid-units/{c}/children", community).then()
                .body("items.name", contains("大网格", "东网格", "西网格"));
        as("township-admin").get("/api/v1/grid-units/{c}/children", community + "002").then()
                .body("items.name", contains("甲楼"));
    }

    @Test
    void merged_grids_hand_their_micro_grids_to_the_target_and_the_read_model_rebuilds_row_for_row() throws Exception {
        String community = unit(LUXI_STREET, "合并社区", "COMMUNITY");
        String target = unit(community, "主网格", null);
        String source = unit(community, "并入网格", null);
        unit(target, "一号楼", null);
        unit(source, "二号楼", null);
        as("township-admin").body(Map.of("name", "钱八", "role", "GRID_WORKER")).post("/api/v1/grid-units/{c}/staff-assignments", source)
                .then().statusCode(201);
        as("township-admin").body(Map.of("sourceCodes", List.of(source))).post("/api/v1/grid-units/{c}/merges", target)
                .then().statusCode(200);
        as("township-admin").get("/api/v1/grid-units/{c}/children", target).then().body("items.name", containsInAnyOrder("一号楼", "二号楼"));
        as("township-admin").get("/api/v1/grid-units/{c}", source).then().body("retired", equalTo(true))
                .body("successorCodes", contains(target));
        as("township-admin").body(Map.of()).post("/api/v1/grid-units/{c}/retirements", target).then().statusCode(409);

        List<String> before = readModel();
        as("township-admin").post("/api/v1/read-model-rebuilds").then().statusCode(403);
        as("county-admin").post("/api/v1/read-model-rebuilds").then().statusCode(200);
        assertThat(readModel()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void subtree_counts_follow_households_and_residents_as_they_move() {
        String community = unit(LUXI_STREET, "人口社区", "COMMUNITY");
        String grid = unit(community, "人口网格", null);
        String east = unit(grid, "东楼", null);
        String west = unit(grid, "西楼", null);
        String household = as("township-admin").body(Map.of("unitCode", east, "number", "1-101"))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
        as("township-admin").body(Map.of("name", "张三", "relation", "户主")).post("/api/v1/households/{id}/residents", household)
                .then().statusCode(201);
        as("township-admin").body(Map.of("name", "李四", "relation", "配偶")).post("/api/v1/households/{id}/residents", household)
                .then().statusCode(201);
        as("township-admin").get("/api/v1/grid-units/{c}/counts", east).then().body("households", equalTo(1)).body("residents", equalTo(2));

        as("township-admin").body(Map.of("unitCode", west)).post("/api/v1/households/{id}/moves", household).then().statusCode(200);
        as("township-admin").get("/api/v1/grid-units/{c}/counts", east).then().body("households", equalTo(0)).body("residents", equalTo(0));
        as("township-admin").get("/api/v1/grid-units/{c}/counts", west).then().body("households", equalTo(1)).body("residents", equalTo(2));
        as("township-admin").get("/api/v1/grid-units/{c}/counts", community).then().body("households", equalTo(1)).body("residents", equalTo(2));
    }

    private String unit(String parent, String name, String kind) {
        Map<String, String> body = kind == null ? Map.of("parentCode", parent, "name", name)
                : Map.of("parentCode", parent, "name", name, "kind", kind);
        return as("county-admin").body(body).post("/api/v1/grid-units").then().statusCode(201).extract().path("code");
    }

    private List<String> readModel() throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : List.of("grid_unit_view order by id", "issued_code order by code",
                    "staff_assignment_view order by assignment_id", "household_view order by id", "resident_view order by id",
                    "unit_population order by unit_id")) {
                try (ResultSet rs = c.createStatement().executeQuery("select * from " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder(table).append(':');
                        for (int i = 1; i <= columns; i++) {
                            row.append(rs.getString(i)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
            }
        }
        assertThat(rows).isNotEmpty();
        return rows;
    }
}
