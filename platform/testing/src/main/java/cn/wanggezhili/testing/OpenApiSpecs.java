package cn.wanggezhili.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.RestAssured;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Each service's OpenAPI document is checked in at api-specs/openapi/&lt;service&gt;.yaml and must equal what the
 * running {@code @QuarkusTest} app serves, and keep the suite's conventions ({@link OpenApiConventions});
 * {@code -Dopenapi.update=true} rewrites it after an intended change.
 */
public final class OpenApiSpecs {

    private OpenApiSpecs() {
    }

    public static void assertServedEqualsCheckedIn(String service) throws IOException {
        Path spec = Path.of("../../api-specs/openapi/" + service + ".yaml");
        String served = RestAssured.given().accept("application/yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(spec.getParent());
            Files.writeString(spec, served);
        }
        assertTrue(Files.exists(spec), spec + " is missing; run the test with -Dopenapi.update=true to write it");
        List<String> breaches = OpenApiConventions.breaches(served);
        assertTrue(breaches.isEmpty(), "the served document breaks the suite's conventions (OpenApiConventions):\n  "
                + String.join("\n  ", breaches));
        assertEquals(Files.readString(spec), served, spec + " differs from what the service serves");
    }
}
