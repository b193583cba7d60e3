package cn.wanggezhili.registry.api;

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

/** Every operation of api-specs/openapi/grid-registry.yaml, called as an attacker would (ApiProbe). */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class HostileCallerTest {

    @Inject
    DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> every_operation_refuses_junk_tokens_control_characters_and_other_kinds_of_ids() {
        // one object of each kind (grid units, households) in 路西街道, outside the outsider's 凤城镇, before the
        // probe reads their ids: the dynamic tests run only after this method returns
        Api.baseline();
        Api.newHousehold("county-admin", Api.QINCUN_MICRO_1);
        return ApiProbe.of("grid-registry", Map.of("code", Api.QINCUN_NORTH), ApiProbe.oneIdPerStreamType(dataSource, 2),
                "county-admin", "other-township-admin").tests();
    }
}
