package cn.wanggezhili.registry.api;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.testing.Tokens;

/**
 * Calls the registry as one of the realm's demo users, with a real token from Keycloak. The users and their
 * scopes (deploy/keycloak/grid-realm.json): county-admin 侯马市; township-admin 路西街道; other-township-admin
 * 凤城镇; grid-chief 秦村北社区; grid-worker 秦村北社区第一网格; other-grid-worker a grid of 凤城镇.
 */
final class Api {

    static final String HOUMA = "141081000000";
    static final String LUXI_STREET = "141081001000";
    static final String QINCUN_NORTH = "141081001001";
    static final String QINCUN_GRID_1 = "141081001001001";
    static final String QINCUN_MICRO_1 = "141081001001001001";
    static final String FENGCHENG_TOWN = "141081100000";
    static final String DONGCUN_VILLAGE = "141081100201";
    static final String DONGCUN_GRID_1 = "141081100201001";
    static final String DONGCUN_MICRO_1 = "141081100201001001";

    private Api() {
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The demo county's spine, created once per test run (409 on a second call is expected and ignored). */
    static synchronized void baseline() {
        create(null, HOUMA, "侯马市");
        create(HOUMA, LUXI_STREET, "路西街道");
        create(LUXI_STREET, QINCUN_NORTH, "秦村北社区");
        create(QINCUN_NORTH, QINCUN_GRID_1, "第一网格");
        create(QINCUN_GRID_1, QINCUN_MICRO_1, "1号楼");
        create(HOUMA, FENGCHENG_TOWN, "凤城镇");
        create(FENGCHENG_TOWN, DONGCUN_VILLAGE, "东村");
        create(DONGCUN_VILLAGE, DONGCUN_GRID_1, "东村第一网格");
        create(DONGCUN_GRID_1, DONGCUN_MICRO_1, "东一巷");
    }

    /** A new household on {@code unitCode}, registered by {@code username}, under a number no other test uses; its id. */
    static String newHousehold(String username, String unitCode) {
        return as(username).body(Map.of("unitCode", unitCode, "number", "h-" + UUID.randomUUID().toString().substring(0, 8)))
                .post("/api/v1/households").then().statusCode(201).extract().path("id");
    }

    private static void create(String parent, String code, String name) {
        int status = as("county-admin").body(parent == null ? Map.of("code", code, "name", name)
                        : Map.of("parentCode", parent, "code", code, "name", name))
                .post("/api/v1/grid-units").statusCode();
        if (status != 201 && status != 409) {
            throw new IllegalStateException("baseline unit " + code + " answered " + status);
        }
    }
}
