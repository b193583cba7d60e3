package cn.wanggezhili.points.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.Tokens;

/** Households of 秦村北社区 credited through scoring's topic, items in its 积分超市, calls as the realm's users. */
final class PointsFixture {

    static final String LUXI_STREET = "141081001000";
    static final String QINCUN_NORTH = "141081001001";
    static final String QINCUN_MICRO_1 = "141081001001001001";
    static final String DONGCUN_VILLAGE = "141081100201";
    static final String DONGCUN_MICRO_1 = "141081100201001001";

    private PointsFixture() {
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** The account the points store keeps for a household (the same id the service derives). */
    static String accountOf(String householdId) {
        return UUID.nameUUIDFromBytes(("points-account:HOUSEHOLD:" + householdId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** A new household on {@code unit} credited {@code points} by one settlement; returns its account id once open. */
    static String household(DataSource dataSource, String unit, int points) {
        String household = UUID.randomUUID().toString();
        try (ScoringFeed feed = new ScoringFeed()) {
            feed.settlement(UUID.randomUUID(), 1, UUID.randomUUID(), household, unit, points);
        }
        String account = accountOf(household);
        awaitBalance(dataSource, account, points);
        return account;
    }

    static void awaitBalance(DataSource dataSource, String account, int balance) {
        await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource,
                "select count(*) from account_view where id = '" + account + "' and balance = " + balance) == 1);
    }

    static String item(String store, String name, int price, int stock, Map<String, Object> extra) {
        return item("store-clerk", store, name, price, stock, extra);
    }

    /** An item listed by {@code keeper} (the store clerk's scope is 秦村北社区 only; the county admin's, every store). */
    static String item(String keeper, String store, String name, int price, int stock, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("storeCode", store, "kind", "GOODS", "nameZh", name,
                "pointsPrice", price, "stock", stock));
        body.putAll(extra);
        return as(keeper).body(body).post("/api/v1/catalogue-items").then().statusCode(201).extract().path("id");
    }

    static String reserve(String user, String account, String item, int quantity) {
        return as(user).body(Map.of("accountId", account, "itemId", item, "quantity", quantity))
                .post("/api/v1/redemptions").then().statusCode(201).extract().path("id");
    }

    static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
