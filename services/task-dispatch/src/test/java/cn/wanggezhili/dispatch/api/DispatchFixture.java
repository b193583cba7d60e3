package cn.wanggezhili.dispatch.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.Tokens;

/** The demo grid as the registry publishes it, and calls as the realm's demo users (real Keycloak tokens). */
final class DispatchFixture {

    static final String HOUMA = "141081000000";
    static final String LUXI_STREET = "141081001000";
    static final String QINCUN_NORTH = "141081001001";
    static final String QINCUN_GRID_1 = "141081001001001";
    static final String QINCUN_MICRO_1 = "141081001001001001";
    static final String FENGCHENG_TOWN = "141081100000";
    static final String DONGCUN_VILLAGE = "141081100201";
    static final String DONGCUN_GRID_1 = "141081100201001";
    static final String DONGCUN_MICRO_1 = "141081100201001001";

    private static boolean published;

    private DispatchFixture() {
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Publishes the grid and its posts once per test run and waits until task dispatch has projected them. */
    static synchronized void grid(DataSource dataSource) {
        if (!published) {
            try (RegistryFeed feed = new RegistryFeed()) {
                feed.unit(HOUMA, null, 1, "侯马市");
                feed.unit(LUXI_STREET, HOUMA, 2, "路西街道");
                feed.unit(QINCUN_NORTH, LUXI_STREET, 3, "秦村北社区");
                feed.unit(QINCUN_GRID_1, QINCUN_NORTH, 4, "第一网格");
                feed.unit(QINCUN_MICRO_1, QINCUN_GRID_1, 5, "1号楼");
                feed.unit(FENGCHENG_TOWN, HOUMA, 2, "凤城镇");
                feed.unit(DONGCUN_VILLAGE, FENGCHENG_TOWN, 3, "东村");
                feed.unit(DONGCUN_GRID_1, DONGCUN_VILLAGE, 4, "东村第一网格");
                feed.unit(DONGCUN_MICRO_1, DONGCUN_GRID_1, 5, "东一巷");
                feed.post(QINCUN_GRID_1, "GRID_WORKER", "grid-worker", "陈小军");
                feed.post(QINCUN_NORTH, "GRID_CHIEF", "grid-chief", "刘红梅");
                feed.post(DONGCUN_GRID_1, "GRID_WORKER", "other-grid-worker", "杨丽娟");
            }
            published = true;
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(dataSource, "select count(*) from staff_post") >= 3
                && count(dataSource, "select count(*) from unit_directory") >= 9);
    }

    static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String report(String user, String unit, String type, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("typeCode", type, "unitCode", unit, "title", "测试任务"));
        body.putAll(extra);
        return as(user).body(body).post("/api/v1/tasks").then().statusCode(201).extract().path("id");
    }
}
