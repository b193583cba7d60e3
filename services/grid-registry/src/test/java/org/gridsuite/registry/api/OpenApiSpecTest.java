package org.gridsuite.registry.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridsuite.testing.SuiteServersResource;
import org.junit.jupiter.api.Test;

/**
 * The checked-in contract api-specs/openapi/grid-registry.yaml is what the service serves. After an intended API
 * change, write the served document over it with {@code -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class OpenApiSpecTest {

    static final Path SPEC = Path.of("../../api-specs/openapi/grid-registry.yaml");

    @Test
    void the_served_openapi_document_equals_the_checked_in_one() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(SPEC.getParent());
            Files.writeString(SPEC, served);
        }
        assertThat(SPEC).as("checked-in spec; run the test with -Dopenapi.update=true to write it").exists();
        assertThat(served).isEqualTo(Files.readString(SPEC));
    }
}
