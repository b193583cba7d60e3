package cn.wanggezhili.registry.api;

import static cn.wanggezhili.registry.api.Api.DONGCUN_GRID_1;
import static cn.wanggezhili.registry.api.Api.DONGCUN_MICRO_1;
import static cn.wanggezhili.registry.api.Api.DONGCUN_VILLAGE;
import static cn.wanggezhili.registry.api.Api.FENGCHENG_TOWN;
import static cn.wanggezhili.registry.api.Api.LUXI_STREET;
import static cn.wanggezhili.registry.api.Api.QINCUN_GRID_1;
import static cn.wanggezhili.registry.api.Api.QINCUN_MICRO_1;
import static cn.wanggezhili.registry.api.Api.QINCUN_NORTH;
import static cn.wanggezhili.registry.api.Api.as;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Broken object level authorisation (OWASP API1): 路西街道's township admin and 秦村北社区's grid worker use
 * 凤城镇's ids on every endpoint and get 403 outside-grid-scope, and nothing changes.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class GridScopeTest {

    static final String OUTSIDE = "https://wanggezhili.cn/problems/outside-grid-scope";
    String foreignHousehold;
    String foreignResident;
    String foreignAssignment;

    @BeforeEach
    void foreignObjects() {
        Api.baseline();
        foreignHousehold = Api.newHousehold("county-admin", DONGCUN_MICRO_1);
        foreignResident = as("county-admin").body(Map.of("name", "李四", "relation", "户主"))
                .post("/api/v1/households/{id}/residents", foreignHousehold).then().statusCode(201).extract().path("id");
        foreignAssignment = as("county-admin").body(Map.of("name", "王五", "role", "GRID_WORKER"))
                .post("/api/v1/grid-units/{code}/staff-assignments", DONGCUN_GRID_1).then().statusCode(201).extract().path("assignmentId");
    }

    @Test
    void a_township_admin_can_neither_read_nor_change_another_township() {
        for (Supplier<Response> call : calls("township-admin")) {
            call.get().then().statusCode(403).contentType("application/problem+json").body("type", equalTo(OUTSIDE));
        }
        as("county-admin").get("/api/v1/grid-units/{code}", DONGCUN_VILLAGE).then().statusCode(200)
                .body("name", equalTo("东村")).body("retired", equalTo(false)).body("parentCode", equalTo(FENGCHENG_TOWN));
        as("county-admin").get("/api/v1/households/{id}", foreignHousehold).then().statusCode(200)
                .body("unitCode", equalTo(DONGCUN_MICRO_1)).body("residentCount", equalTo(1));
        as("county-admin").get("/api/v1/grid-units/{code}/staff-assignments", DONGCUN_GRID_1).then().statusCode(200)
                .body("findAll { it.assignmentId == '" + foreignAssignment + "' }[0].until", equalTo(null));
    }

    @Test
    void a_grid_worker_is_kept_to_their_own_grid() {
        for (Supplier<Response> call : calls("grid-worker")) {
            int status = call.get().statusCode();
            org.assertj.core.api.Assertions.assertThat(status).as("grid worker on another township's object").isIn(403);
        }
        // and one level up, in their own community, they may read but not restructure
        as("grid-worker").get("/api/v1/grid-units/{code}", QINCUN_GRID_1).then().statusCode(200);
        as("grid-worker").get("/api/v1/grid-units/{code}", QINCUN_NORTH).then().statusCode(403);
        as("grid-worker").body(Map.of("name", "改名")).post("/api/v1/grid-units/{code}/renames", QINCUN_GRID_1)
                .then().statusCode(403).body("type", equalTo("https://wanggezhili.cn/problems/forbidden"));
    }

    @Test
    void an_onboarding_file_touching_another_township_is_refused_whole() {
        String csv = "type,code,parent_code,name,role,username,household_number\n"
                + "household," + QINCUN_MICRO_1 + ",,,,,ok-" + UUID.randomUUID() + "\n"
                + "household," + DONGCUN_MICRO_1 + ",,,,,intruder\n";
        io.restassured.RestAssured.given().auth().oauth2(cn.wanggezhili.testing.Tokens.of("township-admin"))
                .contentType("text/csv").body(csv).post("/api/v1/onboardings")
                .then().statusCode(422).body("errors.size()", equalTo(1)).body("errors[0].field", equalTo("line 3: code"));
    }

    private List<Supplier<Response>> calls(String user) {
        return List.of(
                () -> as(user).get("/api/v1/grid-units?under={c}", FENGCHENG_TOWN),
                () -> as(user).get("/api/v1/grid-units/{c}", DONGCUN_VILLAGE),
                () -> as(user).get("/api/v1/grid-units/{c}/children", DONGCUN_VILLAGE),
                () -> as(user).get("/api/v1/grid-units/{c}/counts", FENGCHENG_TOWN),
                () -> as(user).get("/api/v1/grid-units/{c}/coverage", DONGCUN_MICRO_1),
                () -> as(user).body(Map.of("parentCode", DONGCUN_VILLAGE, "name", "入侵网格")).post("/api/v1/grid-units"),
                () -> as(user).body(Map.of("name", "入侵")).post("/api/v1/grid-units/{c}/renames", DONGCUN_VILLAGE),
                () -> as(user).body(Map.of("newParentCode", LUXI_STREET)).post("/api/v1/grid-units/{c}/moves", DONGCUN_VILLAGE),
                () -> as(user).body(Map.of("newParentCode", DONGCUN_VILLAGE)).post("/api/v1/grid-units/{c}/moves", QINCUN_GRID_1),
                () -> as(user).body(Map.of()).post("/api/v1/grid-units/{c}/retirements", DONGCUN_MICRO_1),
                () -> as(user).body(Map.of("parts", List.of(Map.of("name", "甲"), Map.of("name", "乙"))))
                        .post("/api/v1/grid-units/{c}/splits", DONGCUN_GRID_1),
                () -> as(user).body(Map.of("sourceCodes", List.of(DONGCUN_GRID_1))).post("/api/v1/grid-units/{c}/merges", QINCUN_GRID_1),
                () -> as(user).get("/api/v1/grid-units/{c}/staff-assignments", DONGCUN_GRID_1),
                () -> as(user).body(Map.of("name", "入侵者", "role", "GRID_WORKER")).post("/api/v1/grid-units/{c}/staff-assignments", DONGCUN_GRID_1),
                () -> as(user).post("/api/v1/grid-units/{c}/staff-assignments/{a}/ends", DONGCUN_GRID_1, foreignAssignment),
                () -> as(user).get("/api/v1/households?under={c}", FENGCHENG_TOWN),
                () -> as(user).get("/api/v1/households/{id}", foreignHousehold),
                () -> as(user).body(Map.of("unitCode", DONGCUN_MICRO_1, "number", "x")).post("/api/v1/households"),
                () -> as(user).body(Map.of("unitCode", QINCUN_MICRO_1)).post("/api/v1/households/{id}/moves", foreignHousehold),
                () -> as(user).get("/api/v1/households/{id}/residents", foreignHousehold),
                () -> as(user).body(Map.of("name", "入侵者")).post("/api/v1/households/{id}/residents", foreignHousehold),
                () -> as(user).get("/api/v1/residents/{id}", foreignResident),
                () -> as(user).post("/api/v1/residents/{id}/erasures", foreignResident),
                () -> as(user).accept("text/event-stream").get("/api/v1/events?under={c}", FENGCHENG_TOWN));
    }
}
