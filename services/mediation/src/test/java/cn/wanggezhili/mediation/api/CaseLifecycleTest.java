package cn.wanggezhili.mediation.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.mediation.api.MediationFixture.ID_NUMBER;
import static cn.wanggezhili.mediation.api.MediationFixture.PHONE;
import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_GRID_1;
import static cn.wanggezhili.mediation.api.MediationFixture.as;
import static cn.wanggezhili.mediation.api.MediationFixture.register;
import static cn.wanggezhili.mediation.api.MediationFixture.step;
import static cn.wanggezhili.mediation.api.MediationFixture.studioJudge;
import static cn.wanggezhili.mediation.api.MediationFixture.throughFirstSession;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A neighbours' dispute from the desk to its follow-up visit, as scoring and the dashboards see it on the topic. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "mediation_test"))
class CaseLifecycleTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        MediationFixture.grid(dataSource);
    }

    @Test
    void a_walk_in_case_is_mediated_to_an_agreement_followed_up_and_closed_with_the_lead_mediator_credited() throws Exception {
        String id = register("grid-worker", QINCUN_GRID_1, null);
        String judge = studioJudge();
        List<String> parties = throughFirstSession(id, null);
        as("mediator").body(Map.of("terms", "张某负责维修", "signedBy", List.of(parties.get(0)))).post("/api/v1/cases/{id}/agreements", id)
                .then().statusCode(422).body("type", equalTo("https://wanggezhili.cn/problems/all-parties-must-sign"))
                .body("errors[0].field", equalTo("signedBy"));
        step("mediator", id, "agreements", Map.of("terms", "张某负责维修并赔偿800元", "signedBy", parties));
        as("grid-chief").post("/api/v1/cases/{id}/closures", id).then().statusCode(409)
                .body("type", equalTo("https://wanggezhili.cn/problems/wrong-status"));
        step("mediator", id, "performance-checks", Map.of("performed", true, "notes", "已维修，赔偿已付"));
        step("grid-worker", id, "follow-up-visits", Map.of("satisfied", true, "notes", "双方关系缓和"));
        as("grid-worker").post("/api/v1/cases/{id}/closures", id).then().statusCode(403);
        as("grid-chief").post("/api/v1/cases/{id}/closures", id).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("outcome", equalTo("AGREEMENT")).body("outcomeNameZh", equalTo("调解成功"))
                .body("mediators[0].staffId", equalTo(judge)).body("sessions", hasSize(1));

        List<MediationTopic.Published> topic = MediationTopic.awaitCase(id, "mediation.CaseClosed.v1");
        assertThat(topic).extracting(MediationTopic.Published::type).startsWith("mediation.CaseRegistered.v1")
                .contains("mediation.MediatorAssigned.v1", "mediation.SessionHeld.v1", "mediation.AgreementReached.v1",
                        "mediation.FollowUpVisited.v1");
        JsonNode registered = EventCodec.json().readTree(topic.get(0).payload());
        assertThat(registered.get("caseId").asText()).isEqualTo(id);
        assertThat(registered.get("code").asText()).isEqualTo(QINCUN_GRID_1);
        assertThat(registered.get("disputeType").asText()).isEqualTo("NEIGHBOUR");
        assertThat(registered.get("source").asText()).isEqualTo("WALK_IN");
        assertThat(registered.get("sourceTaskId").isNull()).isTrue();
        assertThat(registered.get("at").asText()).isNotBlank();
        JsonNode closed = EventCodec.json().readTree(topic.get(topic.size() - 1).payload());
        assertThat(closed.get("outcome").asText()).isEqualTo("AGREEMENT");
        assertThat(closed.get("closedAtLevel").asText()).isEqualTo("GRID");
        assertThat(closed.get("mediators").get(0).get("staffId").asText()).isEqualTo(judge);
        assertThat(closed.get("mediators").get(0).get("name").asText()).isEqualTo("王建国");
        assertThat(closed.get("registeredAt").asText()).isEqualTo(registered.get("at").asText());
        assertThat(topic).allSatisfy(p -> assertThat(p.payload()).doesNotContain(ID_NUMBER, PHONE, "张卫国"));
        assertThat(topic).allSatisfy(p -> assertThat(p.gridCode()).isEqualTo(QINCUN_GRID_1));
    }

    @Test
    void a_withdrawn_case_closes_withdrawn_and_takes_no_further_step() {
        String id = register("mediator", QINCUN_GRID_1, null);
        step("grid-chief", id, "acceptances", Map.of());
        step("mediator", id, "withdrawals", Map.of("reason", "双方已自行和解"));
        as("mediator").get("/api/v1/cases/{id}", id).then().body("status", equalTo("CLOSED")).body("outcome", equalTo("WITHDRAWN"));
        as("mediator").body(Map.of("notes", "x")).post("/api/v1/cases/{id}/investigations", id).then().statusCode(409)
                .body("type", equalTo("https://wanggezhili.cn/problems/case-closed"));
        as("grid-chief").get("/api/v1/cases/{id}/history", id).then().statusCode(200)
                .body("type", equalTo(List.of("mediation.CaseRegistered.v1", "mediation.CaseAccepted.v1", "mediation.CaseWithdrawn.v1",
                        "mediation.CaseClosed.v1")));
    }

    @Test
    void a_declined_case_records_its_reason_and_the_mediator_s_open_load_counts_only_open_cases() {
        String id = register("grid-chief", QINCUN_GRID_1, null);
        as("grid-chief").body(Map.of("reason", " ")).post("/api/v1/cases/{id}/declines", id).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        step("grid-chief", id, "declines", Map.of("reason", "已起诉至法院，不予受理"));
        as("grid-chief").get("/api/v1/cases/{id}", id).then().body("outcome", equalTo("DECLINED"));

        String open = register("grid-chief", QINCUN_GRID_1, null);
        String judge = studioJudge();
        step("grid-chief", open, "mediators", Map.of("staffId", judge));
        int load = as("grid-chief").get("/api/v1/mediators?under=141081001001").then().statusCode(200)
                .extract().path("items.find { it.staffId == '" + judge + "' }.openCases");
        String other = register("grid-chief", QINCUN_GRID_1, null);
        step("grid-chief", other, "mediators", Map.of("staffId", judge));
        as("grid-chief").get("/api/v1/mediators?under=141081001001").then()
                .body("items.find { it.staffId == '" + judge + "' }.openCases", equalTo(load + 1))
                .body("items.find { it.staffId == '" + judge + "' }.studio", equalTo("爱家调解工作室"));
        step("grid-chief", other, "withdrawals", Map.of("reason", "撤回"));
        as("grid-chief").get("/api/v1/mediators?under=141081001001").then()
                .body("items.find { it.staffId == '" + judge + "' }.openCases", equalTo(load));
    }
}
