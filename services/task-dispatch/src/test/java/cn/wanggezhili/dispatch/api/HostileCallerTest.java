package cn.wanggezhili.dispatch.api;

import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_NORTH;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;

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

/** Every operation of api-specs/openapi/task-dispatch.yaml, called as an attacker would (ApiProbe). */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class HostileCallerTest {

    @Inject
    DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> every_operation_refuses_junk_tokens_control_characters_and_other_kinds_of_ids() {
        // one object of each kind (a task, a plan) in 秦村北社区, outside the outsider's 凤城镇, before the probe reads
        // their ids: the dynamic tests run only after this method returns
        DispatchFixture.grid(dataSource);
        report("grid-chief", QINCUN_MICRO_1, "patrol", Map.of());
        // starting far ahead, the plan never runs in the other tests
        as("grid-chief").body(Map.of("code", QINCUN_NORTH, "typeCode", "patrol", "titleZh", "恶意调用测试",
                        "cadence", "DAILY", "startsOn", "2099-01-01"))
                .post("/api/v1/plans").then().statusCode(201);
        return ApiProbe.of("task-dispatch", Map.of("service_code", "incident"), ApiProbe.oneIdPerStreamType(dataSource, 2),
                "county-admin", "other-township-admin").tests();
    }
}
