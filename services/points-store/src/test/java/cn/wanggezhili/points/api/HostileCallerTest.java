package cn.wanggezhili.points.api;

import static cn.wanggezhili.points.api.PointsFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_NORTH;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import cn.wanggezhili.testing.ApiProbe;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every operation of api-specs/openapi/points-store.yaml, called as an attacker would (ApiProbe). */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "points_store_test"))
class HostileCallerTest {

    @Inject
    DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> every_operation_refuses_junk_tokens_control_characters_and_other_kinds_of_ids() {
        // one object of each kind (an account, a catalogue item, a redemption) in 秦村北社区, outside the outsider's
        // 凤城镇, before the probe reads their ids: the dynamic tests run only after this method returns
        String account = PointsFixture.household(dataSource, QINCUN_MICRO_1, 100);
        String item = PointsFixture.item(QINCUN_NORTH, "洗衣液 2kg", 35, 20, Map.of());
        PointsFixture.reserve("store-clerk", account, item, 1);
        return ApiProbe.of("points-store", Map.of("code", QINCUN_NORTH), ApiProbe.oneIdPerStreamType(dataSource, 3),
                "county-admin", "other-township-admin").tests();
    }
}
