package org.gridsuite.scoring.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gridsuite.testing.SuiteServersResource;
import org.junit.jupiter.api.Test;

/** api-specs/openapi/scoring.yaml is what the service serves; -Dopenapi.update=true rewrites it. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class OpenApiSpecTest {

    static final Path SPEC = Path.of("../../api-specs/openapi/scoring.yaml");

    @Test
    void the_served_openapi_document_equals_the_checked_in_one() throws Exception {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(SPEC, served);
        }
        assertThat(SPEC).exists();
        assertThat(served).isEqualTo(Files.readString(SPEC));
    }
}
