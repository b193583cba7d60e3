package cn.wanggezhili.registry.api;

import static io.restassured.RestAssured.given;
import static cn.wanggezhili.registry.api.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A township's grid, staff and households from one CSV file: all or nothing, every bad line named, re-runnable. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class OnboardingTest {

    static final String HEADER = "type,code,parent_code,name,role,username,household_number\n";
    // a village of 路西街道 by its official code (villages are numbered from 200; other tests create communities),
    // one grid, two micro-grids, posts and households
    static final String FILE = HEADER
            + "unit,141081001301,141081001000,南庄村,,,\n"
            + "unit,141081001301001,141081001301,南庄第一网格,,,\n"
            + "unit,141081001301001001,141081001301001,南一巷,,,\n"
            + "unit,141081001301001002,141081001301001,南二巷,,,\n"
            + "staff,141081001301,,赵敏,网格长,,\n"
            + "staff,141081001301001,,孙丽,GRID_WORKER,,\n"
            + "household,141081001301001001,,,,,3-1-101\n"
            + "household,141081001301001001,,,,,3-1-102\n"
            + "household,141081001301001002,,,,,4-2-201\n";

    @BeforeEach
    void baseline() {
        Api.baseline();
    }

    @Test
    void a_file_is_onboarded_once_and_a_second_run_adds_nothing() {
        onboard(FILE).statusCode(200)
                .body("unitsCreated", equalTo(4)).body("staffAssigned", equalTo(2)).body("householdsRegistered", equalTo(3));
        onboard(FILE).statusCode(200)
                .body("unitsCreated", equalTo(0)).body("unitsAlreadyPresent", equalTo(4))
                .body("staffAlreadyAssigned", equalTo(2)).body("householdsAlreadyPresent", equalTo(3));

        as("township-admin").get("/api/v1/grid-units/{c}/counts", "141081001301").then().statusCode(200)
                .body("unitsPerLevel.units", contains(1, 1, 2)).body("households", equalTo(3));
        as("township-admin").get("/api/v1/grid-units/{c}/coverage", "141081001301001001").then().statusCode(200)
                .body("staffName", contains("孙丽", "赵敏")).body("roleNameZh", contains("网格员", "网格长"));
    }

    @Test
    void a_file_with_bad_lines_reports_each_with_its_line_and_writes_nothing() {
        String bad = HEADER
                + "unit,141081001302,141081001000,北庄村,,,\n"             // line 2: fine on its own
                + "unit,141081001302001,141081001302,,,,\n"                  // line 3: no name
                + "unit,141081001999,141081001000,越界村,,,\n"               // line 4: no village or community is numbered 999
                + "staff,141081001302,,钱七,队长,,\n"                         // line 5: unknown role
                + "household,141081001302,,,,,1-1-101\n"                    // line 6: a village is not a micro-grid
                + "planet,141081001302,,,,,\n";                             // line 7: unknown type
        onboard(bad).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://wanggezhili.cn/problems/onboarding-rejected"))
                .body("errors.field", contains("line 3: name", "line 4: code", "line 5: role", "line 6: code", "line 7: type"));
        as("township-admin").get("/api/v1/grid-units/{c}", "141081001302").then().statusCode(404);
    }

    @Test
    void a_file_without_the_expected_columns_is_refused() {
        onboard("kind,code\nunit,141081001000\n").statusCode(422).body("errors[0].field", equalTo("line 1: header"));
    }

    private static ValidatableResponse onboard(String csv) {
        return given().auth().oauth2(Tokens.of("township-admin")).contentType("text/csv; charset=UTF-8")
                .body(csv).post("/api/v1/onboardings").then();
    }
}
