package cn.wanggezhili.mediation.api;

import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_GRID_1;
import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_NORTH;
import static cn.wanggezhili.mediation.api.MediationFixture.as;
import static cn.wanggezhili.mediation.api.MediationFixture.register;

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

/** Every operation of api-specs/openapi/mediation.yaml, called as an attacker would (ApiProbe). */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "mediation_test"))
class HostileCallerTest {

    @Inject
    DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> every_operation_refuses_junk_tokens_control_characters_and_other_kinds_of_ids() {
        // one object of each kind (a case, a pool mediator) in 秦村北社区, outside the outsider's 凤城镇, each the newest
        // of its kind, before the probe reads their ids: the dynamic tests run only after this method returns
        MediationFixture.grid(dataSource);
        as("grid-chief").body(Map.of("unitCode", QINCUN_NORTH, "name", "周正义", "background", "退休教师", "studio", "和美调解工作室"))
                .post("/api/v1/mediators").then().statusCode(201);
        register("grid-chief", QINCUN_GRID_1, null);
        return ApiProbe.of("mediation", Map.of("sessionNo", "1"), ApiProbe.oneIdPerStreamType(dataSource, 2),
                "county-admin", "other-township-admin").tests();
    }
}
