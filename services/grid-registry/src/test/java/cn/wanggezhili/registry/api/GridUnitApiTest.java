package cn.wanggezhili.registry.api;

import static cn.wanggezhili.registry.api.Api.HOUMA;
import static cn.wanggezhili.registry.api.Api.LUXI_STREET;
import static cn.wanggezhili.registry.api.Api.QINCUN_NORTH;
import static cn.wanggezhili.registry.api.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class GridUnitApiTest {

    @BeforeEach
    void baseline() {
        Api.baseline();
    }

    @Test
    void a_township_admin_builds_a_community_down_to_micro_grids_and_reads_it_back() {
        String community = as("township-admin").body(Map.of("parentCode", LUXI_STREET, "name", "测试社区", "kind", "COMMUNITY"))
                .post("/api/v1/grid-units").then().statusCode(201)
                .header("Location", containsString("/api/v1/grid-units/141081001"))
                .body("level", equalTo(3)).body("levelNameZh", equalTo("村(社区)")).body("kindNameZh", equalTo("社区"))
                .body("parentCode", equalTo(LUXI_STREET))
                .extract().path("code");
        String grid = as("township-admin").body(Map.of("parentCode", community, "name", "第一网格"))
                .post("/api/v1/grid-units").then().statusCode(201).body("code", equalTo(community + "001")).extract().path("code");
        as("township-admin").body(Map.of("parentCode", grid, "name", "1号楼")).post("/api/v1/grid-units").then().statusCode(201)
                .body("code", equalTo(grid + "001")).body("levelName", equalTo("micro-grid"));
        as("township-admin").body(Map.of("parentCode", grid, "name", "2号楼")).post("/api/v1/grid-units").then().statusCode(201)
                .body("code", equalTo(grid + "002"));

        as("township-admin").get("/api/v1/grid-units/{code}/children", grid).then().statusCode(200)
                .body("items.name", contains("1号楼", "2号楼"));
        as("township-admin").get("/api/v1/grid-units/{code}/counts", community).then().statusCode(200)
                .body("unitsPerLevel.level", contains(3, 4, 5)).body("unitsPerLevel.units", contains(1, 1, 2));
        as("county-admin").get("/api/v1/grid-units?under={code}&level=5", community).then().statusCode(200)
                .body("items.code", contains(grid + "001", grid + "002"));
    }

    @Test
    void a_list_is_paged_by_cursor() {
        as("county-admin").get("/api/v1/grid-units?under={code}&limit=2", HOUMA).then().statusCode(200)
                .body("items.size()", equalTo(2)).body("next", equalTo("141081001000"));
        as("county-admin").get("/api/v1/grid-units?under={code}&limit=2&after=141081001000", HOUMA).then().statusCode(200)
                .body("items[0].code", equalTo(QINCUN_NORTH));
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_and_changes_nothing() {
        as("township-admin").body(Map.of("parentCode", "14108", "name", "x")).post("/api/v1/grid-units").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://wanggezhili.cn/problems/invalid-input"))
                .body("errors.field", hasItem("parentCode"));
        as("township-admin").body(Map.of("parentCode", LUXI_STREET, "name", " ")).post("/api/v1/grid-units").then().statusCode(400)
                .body("errors.field", hasItem("name"));
        as("township-admin").body(Map.of("parentCode", LUXI_STREET, "name", "x", "kind", "PLANET")).post("/api/v1/grid-units")
                .then().statusCode(400).body("errors.field", hasItem("kind"));
        as("township-admin").body("{\"name\": ").post("/api/v1/grid-units").then().statusCode(400)
                .contentType("application/problem+json");
        as("township-admin").body(Map.of("parentCode", LUXI_STREET, "name", "x", "code", "141081001005", "kind", "VILLAGE"))
                .post("/api/v1/grid-units").then().statusCode(422)
                .body("type", equalTo("https://wanggezhili.cn/problems/segment-out-of-range")).body("errors.field", hasItem("code"));
        as("township-admin").get("/api/v1/grid-units/{code}", "141081001005").then().statusCode(404)
                .contentType("application/problem+json");
        as("township-admin").get("/api/v1/grid-units/{code}", "not-a-code").then().statusCode(400).body("errors.field", hasItem("code"));
    }

    @Test
    void a_retried_create_with_the_same_idempotency_key_creates_one_unit() {
        String key = UUID.randomUUID().toString();
        var body = Map.of("parentCode", LUXI_STREET, "name", "幂等社区", "kind", "COMMUNITY");
        String first = as("township-admin").header("Idempotency-Key", key).body(body).post("/api/v1/grid-units")
                .then().statusCode(201).extract().path("code");
        as("township-admin").header("Idempotency-Key", key).body(body).post("/api/v1/grid-units")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo(first));
        as("township-admin").get("/api/v1/grid-units/{code}/children?limit=1000", LUXI_STREET).then().statusCode(200)
                .body("items.findAll { it.name == '幂等社区' }.size()", equalTo(1));
        as("township-admin").header("Idempotency-Key", key).body(Map.of("parentCode", LUXI_STREET, "name", "别的社区"))
                .post("/api/v1/grid-units").then().statusCode(422)
                .body("type", equalTo("https://wanggezhili.cn/problems/idempotency-key-reused"));
    }

    @Test
    void the_same_create_sent_eight_times_at_once_with_one_key_creates_one_unit_and_gives_one_answer() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "并发幂等社区" + key.substring(0, 6);
        var body = Map.of("parentCode", LUXI_STREET, "name", name, "kind", "COMMUNITY");
        String token = cn.wanggezhili.testing.Tokens.of("township-admin");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            Callable<ExtractableResponse<Response>> post = () -> io.restassured.RestAssured.given()
                    .auth().oauth2(token).contentType("application/json").header("Idempotency-Key", key).body(body)
                    .post("/api/v1/grid-units").then().extract();
            List<Future<ExtractableResponse<Response>>> answers = pool.invokeAll(java.util.Collections.nCopies(8, post));
            java.util.Set<String> codes = new java.util.HashSet<>();
            int replayed = 0;
            for (Future<ExtractableResponse<Response>> answer : answers) {
                ExtractableResponse<Response> response = answer.get();
                org.assertj.core.api.Assertions.assertThat(response.statusCode()).isEqualTo(201);
                codes.add(response.path("code"));
                replayed += "true".equals(response.header("Idempotent-Replayed")) ? 1 : 0;
            }
            org.assertj.core.api.Assertions.assertThat(codes).hasSize(1);
            org.assertj.core.api.Assertions.assertThat(replayed).isEqualTo(7);
        } finally {
            pool.shutdown();
        }
        as("township-admin").get("/api/v1/grid-units/{code}/children?limit=1000", LUXI_STREET).then().statusCode(200)
                .body("items.findAll { it.name == '" + name + "' }.size()", equalTo(1));
    }

    @Test
    void without_a_token_the_answer_is_401_problem() {
        io.restassured.RestAssured.given().get("/api/v1/grid-units/{code}", HOUMA).then().statusCode(401);
    }
}
