package cn.wanggezhili.points.api;

import static cn.wanggezhili.points.api.PointsFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_NORTH;
import static cn.wanggezhili.points.api.PointsFixture.as;
import static cn.wanggezhili.points.api.PointsFixture.household;
import static cn.wanggezhili.points.api.PointsFixture.item;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.points.app.ExpiryRunner;
import cn.wanggezhili.testing.MutableClock;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.Test;

/** Houma (141081) lets points expire after a year in the test configuration; the oldest are spent first. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "points_store_test"))
class ExpiryTest {

    @Inject
    DataSource dataSource;

    @Inject
    ExpiryRunner expiry;

    @Test
    void points_not_spent_within_the_countys_period_expire_and_the_ledger_says_so() {
        String soap = item(QINCUN_NORTH, "香皂（过期测试）", 30, 10, Map.of());
        String account;
        MutableClock.advance(Duration.ofDays(-367)); // credited and partly spent over a year ago
        try {
            account = household(dataSource, QINCUN_MICRO_1, 80);
            String id = PointsFixture.reserve("store-clerk", account, soap, 1);
            as("store-clerk").post("/api/v1/redemptions/{id}/fulfilments", id).then().statusCode(200);
        } finally {
            MutableClock.advance(Duration.ofDays(367));
        }

        as("store-clerk").body(Map.of("accountId", account, "itemId", soap, "quantity", 1)).post("/api/v1/redemptions")
                .then().statusCode(409).body("type", equalTo("https://wanggezhili.cn/problems/insufficient-points"));
        expiry.run();

        as("store-clerk").get("/api/v1/accounts/{id}", account).then().body("balance", equalTo(0));
        as("store-clerk").get("/api/v1/accounts/{id}/ledger", account).then()
                .body("items[0].kind", equalTo("EXPIRED")).body("items[0].points", equalTo(-50))
                .body("items[0].kindNameZh", equalTo("积分过期"));
    }
}
