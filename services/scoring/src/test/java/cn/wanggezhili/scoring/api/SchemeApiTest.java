package cn.wanggezhili.scoring.api;

import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The demo county's schemes have the article's shapes; schemes are versioned data published by administrators. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class SchemeApiTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void county() {
        ScoringApi.county(dataSource);
    }

    @Test
    void the_demo_schemes_have_the_articles_categories_and_indicators() {
        as("grid-worker").get("/api/v1/schemes/grid-worker").then().statusCode(200)
                .body("categoryCount", equalTo(22)).body("indicatorCount", equalTo(67)).body("subjectTypeNameZh", equalTo("网格员"));
        as("grid-worker").get("/api/v1/schemes/party-organisation").then().body("categoryCount", equalTo(7)).body("indicatorCount", equalTo(20));
        as("grid-worker").get("/api/v1/schemes/party-member").then().body("categoryCount", equalTo(4)).body("indicatorCount", equalTo(11));
        as("resident").get("/api/v1/schemes/ten-star-household").then().statusCode(200)
                .body("categoryCount", equalTo(10)).body("maximumPoints", equalTo(100))
                .body("categories.starNameZh", hasItem("爱党爱国星")).body("categories.starNameZh", hasItem("科教文体星"));
    }

    @Test
    void publishing_a_scheme_again_makes_its_next_version_and_keeps_the_old_one() {
        String body = ScoringApi.demoScheme("village-cadre").replace("村干部月测评季排队办法", "村干部月测评季排队办法（修订）");
        int version = as("county-admin").body(body).post("/api/v1/schemes").then().statusCode(201).extract().path("version");
        as("township-admin").get("/api/v1/schemes/village-cadre").then().body("version", equalTo(version))
                .body("nameZh", equalTo("村干部月测评季排队办法（修订）"));
        as("township-admin").get("/api/v1/schemes/village-cadre?version=1").then().body("nameZh", equalTo("村干部月测评季排队办法"));
        as("township-admin").get("/api/v1/schemes").then().body("size()", greaterThanOrEqualTo(5));
    }

    @Test
    void only_administrators_publish_and_only_for_units_in_their_scope() {
        String body = ScoringApi.demoScheme("village-cadre").replace("141081000000", "141081001000");
        as("scorer").body(body).post("/api/v1/schemes").then().statusCode(403);
        as("other-township-admin").body(body).post("/api/v1/schemes").then().statusCode(403)
                .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
    }

    @Test
    void a_malformed_scheme_is_refused_naming_the_field() {
        as("county-admin").body(Map.of("code", "x", "subjectType", "GRID_WORKER", "nameZh", "x", "unitCode", "141081000000",
                "cadence", "MONTHLY", "categories", java.util.List.of())).post("/api/v1/schemes").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("categories"));
        as("county-admin").body(ScoringApi.demoScheme("ten-star-household").replace("\"subjectType\": \"HOUSEHOLD\"", "\"subjectType\": \"PARTY_MEMBER\""))
                .post("/api/v1/schemes").then().statusCode(422).body("type", equalTo("https://wanggezhili.cn/problems/invalid-star"));
    }
}
