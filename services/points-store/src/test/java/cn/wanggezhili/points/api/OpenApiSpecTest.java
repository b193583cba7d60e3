package cn.wanggezhili.points.api;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import cn.wanggezhili.testing.OpenApiSpecs;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.Test;

/** api-specs/openapi/points-store.yaml is what the service serves; -Dopenapi.update=true rewrites it. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "points_store_test"))
class OpenApiSpecTest {

    @Test
    void the_served_openapi_document_equals_the_checked_in_one() throws Exception {
        OpenApiSpecs.assertServedEqualsCheckedIn("points-store");
    }
}
