package cn.wanggezhili.points.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.points.api.PointsFixture.DONGCUN_VILLAGE;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_NORTH;
import static cn.wanggezhili.points.api.PointsFixture.as;
import static cn.wanggezhili.points.api.PointsFixture.count;
import static cn.wanggezhili.points.api.PointsFixture.household;
import static cn.wanggezhili.points.api.PointsFixture.item;
import static cn.wanggezhili.points.api.PointsFixture.reserve;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.points.app.LapseRunner;
import cn.wanggezhili.testing.MutableClock;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.Test;

/** Reserve, then fulfilled at the counter, cancelled or lapsed; who may do which; what the topic and the statement say. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "points_store_test"))
class RedemptionLifecycleTest {

    @Inject
    DataSource dataSource;

    @Inject
    LapseRunner lapses;

    @Test
    void a_resident_reserves_and_the_clerk_hands_it_over_at_the_counter() throws Exception {
        String account = household(dataSource, QINCUN_MICRO_1, 200);
        as("store-clerk").body(Map.of("username", "resident")).post("/api/v1/accounts/{id}/holders", account).then().statusCode(200);
        String detergent = item(QINCUN_NORTH, "洗衣液 2kg", 35, 20, Map.of());

        String id = as("resident").body(Map.of("accountId", account, "itemId", detergent, "quantity", 2, "mode", "EXCHANGE_DAY"))
                .post("/api/v1/redemptions").then().statusCode(201).body("status", equalTo("RESERVED"))
                .body("points", equalTo(70)).body("statusNameZh", equalTo("已预留")).extract().path("id");
        as("resident").get("/api/v1/accounts/{id}", account).then().body("balance", equalTo(130));
        as("resident").post("/api/v1/redemptions/{id}/fulfilments", id).then().statusCode(403);
        as("other-township-admin").post("/api/v1/redemptions/{id}/fulfilments", id).then().statusCode(403)
                .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        as("store-clerk").post("/api/v1/redemptions/{id}/fulfilments", id).then().statusCode(200).body("status", equalTo("FULFILLED"));
        as("store-clerk").body(Map.of("reason", "不要了")).post("/api/v1/redemptions/{id}/cancellations", id).then().statusCode(409)
                .body("type", equalTo("https://wanggezhili.cn/problems/not-reserved"));

        // what the command centre reads from points-store.events
        assertThat(count(dataSource, """
                select count(*) from events where stream_id = '%s' and event_type = 'points-store.RedemptionFulfilled.v1'
                   and payload->>'redemptionId' = '%s' and payload->>'accountId' = '%s' and payload->>'code' = '%s'
                   and (payload->>'points')::int = 70 and (payload->>'items')::int = 2 and payload ? 'at'
                """.formatted(id, id, account, QINCUN_NORTH))).isEqualTo(1);
        var payload = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(TopicReader.find("points-store.RedemptionFulfilled.v1", id).orElseThrow());
        assertThat(payload.path("accountId").asText()).isEqualTo(account);
        assertThat(payload.path("code").asText()).isEqualTo(QINCUN_NORTH);
        assertThat(payload.path("points").asInt()).isEqualTo(70);
        assertThat(payload.path("items").asInt()).isEqualTo(2);
        as("resident").get("/api/v1/accounts/{id}/redemptions", account).then().statusCode(200)
                .body("items[0].status", equalTo("FULFILLED"));
    }

    @Test
    void a_cancelled_reservation_returns_the_points_and_the_stock() {
        String account = household(dataSource, QINCUN_MICRO_1, 100);
        String oil = item(QINCUN_NORTH, "食用油 5L", 45, 3, Map.of());
        String id = reserve("store-clerk", account, oil, 2);
        as("store-clerk").get("/api/v1/catalogue-items/{id}", oil).then().body("stock", equalTo(1));

        as("resident").body(Map.of("reason", "不要了")).post("/api/v1/redemptions/{id}/cancellations", id).then().statusCode(404);
        as("store-clerk").body(Map.of("reason", "家中已有")).post("/api/v1/redemptions/{id}/cancellations", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));

        as("store-clerk").get("/api/v1/accounts/{id}", account).then().body("balance", equalTo(100));
        as("store-clerk").get("/api/v1/catalogue-items/{id}", oil).then().body("stock", equalTo(3));
        as("store-clerk").get("/api/v1/accounts/{id}/ledger", account).then()
                .body("items[0].kind", equalTo("REFUNDED")).body("items[0].reason", equalTo("家中已有"));
    }

    @Test
    void a_reservation_not_collected_in_time_lapses_and_returns_what_it_held() {
        String account = household(dataSource, QINCUN_MICRO_1, 100);
        String haircut = item(QINCUN_NORTH, "理发", 20, 5, Map.of("kind", "SERVICE"));
        String fresh = reserve("store-clerk", account, haircut, 1);
        String old;
        MutableClock.advance(Duration.ofHours(-49));
        try {
            old = reserve("store-clerk", account, haircut, 1);
        } finally {
            MutableClock.advance(Duration.ofHours(49));
        }

        lapses.run();

        as("store-clerk").get("/api/v1/redemptions/{id}", fresh).then().body("status", equalTo("RESERVED"));
        String id = old;

        as("store-clerk").get("/api/v1/redemptions/{id}", id).then().body("status", equalTo("LAPSED"));
        as("store-clerk").get("/api/v1/accounts/{id}", account).then().body("balance", equalTo(80));
        as("store-clerk").get("/api/v1/catalogue-items/{id}", haircut).then().body("stock", equalTo(4));
    }

    @Test
    void a_retried_redemption_with_the_same_key_reserves_once() throws Exception {
        String account = household(dataSource, QINCUN_MICRO_1, 100);
        String rice = item(QINCUN_NORTH, "大米 5kg", 30, 10, Map.of());
        Map<String, Object> body = Map.of("accountId", account, "itemId", rice, "quantity", 1);

        String first = as("store-clerk").header("Idempotency-Key", "redeem-" + account).body(body).post("/api/v1/redemptions")
                .then().statusCode(201).extract().path("id");
        String again = as("store-clerk").header("Idempotency-Key", "redeem-" + account).body(body).post("/api/v1/redemptions")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");

        assertThat(again).isEqualTo(first);
        as("store-clerk").get("/api/v1/accounts/{id}", account).then().body("balance", equalTo(70));
    }

    @Test
    void better_tiers_get_discounts_and_items_closed_to_lower_tiers() {
        String household = java.util.UUID.randomUUID().toString();
        try (ScoringFeed feed = new ScoringFeed()) {
            feed.tier(household, QINCUN_MICRO_1, 2026, 1);
            feed.settlement(java.util.UUID.randomUUID(), 1, java.util.UUID.randomUUID(), household, QINCUN_MICRO_1, 500);
        }
        String ranked = PointsFixture.accountOf(household);
        PointsFixture.awaitBalance(dataSource, ranked, 500);
        String unranked = household(dataSource, QINCUN_MICRO_1, 500);
        String repair = item(QINCUN_NORTH, "家电维修（上门）", 200, 5,
                Map.of("kind", "SERVICE", "maxTier", 2, "tierDiscounts", Map.of("1", 25)));

        as("store-clerk").body(Map.of("accountId", unranked, "itemId", repair, "quantity", 1)).post("/api/v1/redemptions")
                .then().statusCode(422).body("type", equalTo("https://wanggezhili.cn/problems/tier-not-eligible"));
        as("store-clerk").body(Map.of("accountId", ranked, "itemId", repair, "quantity", 1)).post("/api/v1/redemptions")
                .then().statusCode(201).body("points", equalTo(150)).body("tier", equalTo(1));
    }

    @Test
    void a_store_serves_its_own_area_and_staff_keep_only_their_own_stores() {
        String account = household(dataSource, QINCUN_MICRO_1, 100);
        String qincun = item(QINCUN_NORTH, "牙膏", 10, 10, Map.of());

        as("other-township-admin").body(Map.of("storeCode", QINCUN_NORTH, "kind", "GOODS", "nameZh", "毛巾", "pointsPrice", 8, "stock", 5))
                .post("/api/v1/catalogue-items").then().statusCode(403);
        as("other-township-admin").body(Map.of("quantity", 5)).post("/api/v1/catalogue-items/{id}/restocks", qincun).then().statusCode(403);
        as("other-township-admin").body(Map.of("accountId", account, "itemId", qincun, "quantity", 1)).post("/api/v1/redemptions")
                .then().statusCode(403);
        String dongcun = as("other-township-admin")
                .body(Map.of("storeCode", DONGCUN_VILLAGE, "kind", "GOODS", "nameZh", "毛巾", "pointsPrice", 8, "stock", 5))
                .post("/api/v1/catalogue-items").then().statusCode(201).extract().path("id");
        as("store-clerk").get("/api/v1/catalogue-items/{id}", dongcun).then().statusCode(403);
        as("township-admin").body(Map.of("accountId", account, "itemId", dongcun, "quantity", 1)).post("/api/v1/redemptions")
                .then().statusCode(422).body("type", equalTo("https://wanggezhili.cn/problems/outside-store-area"));
        as("resident").get("/api/v1/catalogue-items?store={code}", QINCUN_NORTH).then().statusCode(200);
        as("store-clerk").body(Map.of("storeCode", QINCUN_NORTH, "kind", "GOODS", "nameZh", "毛巾", "pointsPrice", 0, "stock", 5))
                .post("/api/v1/catalogue-items").then().statusCode(400).body("errors[0].field", equalTo("pointsPrice"));
    }

    @Test
    void the_store_statement_counts_fulfilled_exchanges_of_the_period() {
        String account = household(dataSource, QINCUN_MICRO_1, 1000);
        String towel = item(QINCUN_NORTH, "毛巾（统计）", 12, 100, Map.of());
        for (int quantity : new int[] {3, 5}) {
            String id = reserve("store-clerk", account, towel, quantity);
            as("store-clerk").post("/api/v1/redemptions/{id}/fulfilments", id).then().statusCode(200);
        }
        reserve("store-clerk", account, towel, 1); // reserved only: not an exchange yet
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));

        as("store-clerk").queryParam("from", today.minusDays(1).toString()).queryParam("to", today.plusDays(1).toString())
                .get("/api/v1/stores/{code}/exchanges", QINCUN_NORTH)
                .then().statusCode(200).body("byItem.find { it.itemNameZh == '毛巾（统计）' }.items", equalTo(8))
                .body("byItem.find { it.itemNameZh == '毛巾（统计）' }.points", equalTo(96));
        as("other-township-admin").queryParam("from", today.toString()).queryParam("to", today.toString())
                .get("/api/v1/stores/{code}/exchanges", QINCUN_NORTH)
                .then().statusCode(403);
        as("store-clerk").get("/api/v1/stores/{code}/exchanges?from=2026-13-01&to=2026-12-01", QINCUN_NORTH)
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }
}
