package cn.wanggezhili.mediation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_GRID_1;
import static cn.wanggezhili.mediation.api.MediationFixture.as;
import static cn.wanggezhili.mediation.api.MediationFixture.register;
import static cn.wanggezhili.mediation.api.MediationFixture.step;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * 张卫国, a party to a neighbours' dispute in 秦村北社区, asks 路西街道 to erase his personal data once the case is over
 * (PIPL): it goes for good, the other party's stays, and nobody else may do it or do it early.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "mediation_test"))
class PartyErasureTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        MediationFixture.grid(dataSource);
    }

    @Test
    void a_party_s_personal_data_is_erased_on_request_once_the_case_is_closed() throws Exception {
        String id = register("mediator", QINCUN_GRID_1, null);
        List<String> parties = as("grid-chief").get("/api/v1/cases/{id}", id).then().statusCode(200).extract().path("parties.partyId");
        String zhang = parties.get(0);
        String zhao = parties.get(1);

        as("township-admin").post("/api/v1/cases/{id}/parties/{p}/erasures", id, zhang).then().statusCode(409)
                .body("errors[0].field", equalTo("status"));
        step("grid-chief", id, "acceptances", Map.of());
        step("mediator", id, "withdrawals", Map.of("reason", "双方已自行和解"));

        as("grid-chief").post("/api/v1/cases/{id}/parties/{p}/erasures", id, zhang).then().statusCode(403);
        as("other-township-admin").post("/api/v1/cases/{id}/parties/{p}/erasures", id, zhang).then().statusCode(403);
        assertThat(personalDataRows(zhang)).as("nothing erased by refused or early requests").isEqualTo(1);

        as("township-admin").post("/api/v1/cases/{id}/parties/{p}/erasures", id, zhang).then().statusCode(200)
                .body("parties.find { it.partyId == '" + zhang + "' }.name", nullValue());
        assertThat(personalDataRows(zhang)).isZero();
        assertThat(personalDataRows(zhao)).isEqualTo(1);
        // the grid chief, who talks to the parties, still sees the other party in full and nothing of the erased one
        as("grid-chief").get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("parties.find { it.partyId == '" + zhang + "' }.name", nullValue())
                .body("parties.find { it.partyId == '" + zhang + "' }.phone", nullValue())
                .body("parties.find { it.partyId == '" + zhao + "' }.name", equalTo("赵秀兰"));

        as("county-admin").post("/api/v1/cases/{id}/parties/{p}/erasures", id, zhang).then().statusCode(409)
                .body("errors[0].field", equalTo("partyId"));
        as("county-admin").post("/api/v1/cases/{id}/parties/{p}/erasures", id, UUID.randomUUID()).then().statusCode(422)
                .body("errors[0].field", equalTo("partyId"));
        as("grid-chief").get("/api/v1/cases/{id}/history", id).then().statusCode(200)
                .body("type[-1]", equalTo("mediation.PartyPersonalDataErased.v1"));
    }

    private long personalDataRows(String party) throws Exception {
        return MediationFixture.count(dataSource, "select count(*) from party_personal_data where party_id = '" + party + "'");
    }
}
