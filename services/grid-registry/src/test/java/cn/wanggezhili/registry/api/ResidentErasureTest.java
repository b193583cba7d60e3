package cn.wanggezhili.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.registry.api.Api.DONGCUN_MICRO_1;
import static cn.wanggezhili.registry.api.Api.QINCUN_MICRO_1;
import static cn.wanggezhili.registry.api.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A resident of 秦村北社区 asks 路西街道 to erase their personal data (PIPL): the encrypted values and the ID number's
 * blind index are gone, the resident shows no masked forms any more, the same ID number may be registered again, and
 * nobody outside the township's administrators (or the county's) can do it.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class ResidentErasureTest {

    /** A valid ID number of a Houma resident, new in every run (the registry refuses one it already holds). */
    final String idNumber = idNumber("14108119" + (600000000 + new java.util.Random().nextInt(300000000)));

    @Inject
    DataSource dataSource;

    String household;

    @BeforeEach
    void household() {
        Api.baseline();
        household = Api.newHousehold("township-admin", QINCUN_MICRO_1);
    }

    @Test
    void the_township_erases_a_resident_s_personal_data_for_good() throws Exception {
        String resident = register("张建华");
        assertThat(personalDataRows(resident)).isEqualTo(1);

        as("grid-worker").post("/api/v1/residents/{id}/erasures", resident).then().statusCode(403);
        as("other-township-admin").post("/api/v1/residents/{id}/erasures", resident).then().statusCode(403);
        assertThat(personalDataRows(resident)).as("refused callers change nothing").isEqualTo(1);

        as("township-admin").header("Idempotency-Key", "erase-" + resident).post("/api/v1/residents/{id}/erasures", resident)
                .then().statusCode(200).body("id", equalTo(resident)).body("name", nullValue()).body("idNumber", nullValue())
                .body("phone", nullValue()).body("personalDataErasedAt", notNullValue());
        assertThat(personalDataRows(resident)).isZero();
        as("township-admin").get("/api/v1/residents/{id}", resident).then().statusCode(200)
                .body("name", nullValue()).body("relation", equalTo("户主"));

        // the same request again is answered as before; another request finds nothing left to erase
        as("township-admin").header("Idempotency-Key", "erase-" + resident).post("/api/v1/residents/{id}/erasures", resident)
                .then().statusCode(200).header("Idempotent-Replayed", "true");
        as("county-admin").post("/api/v1/residents/{id}/erasures", resident).then().statusCode(409)
                .body("errors[0].field", equalTo("residentId"));
        as("township-admin").post("/api/v1/residents/{id}/erasures", UUID.randomUUID()).then().statusCode(404);

        // the registry no longer knows the ID number: the person may be registered again
        register("张建华");
    }

    @Test
    void another_township_s_resident_cannot_be_erased_from_here() throws Exception {
        String foreignHousehold = Api.newHousehold("county-admin", DONGCUN_MICRO_1);
        String foreign = as("county-admin").body(Map.of("name", "李四", "relation", "户主", "phone", "13912345678"))
                .post("/api/v1/households/{id}/residents", foreignHousehold).then().statusCode(201).extract().path("id");
        as("township-admin").post("/api/v1/residents/{id}/erasures", foreign).then().statusCode(403)
                .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        assertThat(personalDataRows(foreign)).isEqualTo(1);
        as("county-admin").get("/api/v1/residents/{id}", foreign).then().statusCode(200).body("phone", equalTo("139****5678"));
    }

    private String register(String name) {
        return as("township-admin").body(Map.of("name", name, "idNumber", idNumber, "phone", "13800001234", "relation", "户主"))
                .post("/api/v1/households/{id}/residents", household).then().statusCode(201).extract().path("id");
    }

    /** GB 11643: the 18th character is a weighted checksum of the first 17 digits. */
    static String idNumber(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    private long personalDataRows(String resident) throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery("select count(*) from resident_personal_data where resident_id = '" + resident + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
