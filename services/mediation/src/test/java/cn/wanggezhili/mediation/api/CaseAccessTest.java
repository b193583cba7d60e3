package cn.wanggezhili.mediation.api;

import static cn.wanggezhili.mediation.api.MediationFixture.DONGCUN_GRID_1;
import static cn.wanggezhili.mediation.api.MediationFixture.ID_NUMBER;
import static cn.wanggezhili.mediation.api.MediationFixture.PHONE;
import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_GRID_1;
import static cn.wanggezhili.mediation.api.MediationFixture.as;
import static cn.wanggezhili.mediation.api.MediationFixture.register;
import static cn.wanggezhili.mediation.api.MediationFixture.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

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

/** Who sees and touches which case: grid scope on the case's units, masked parties, retried commands, bad input. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "mediation_test"))
class CaseAccessTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        MediationFixture.grid(dataSource);
    }

    @Test
    void another_township_s_staff_cannot_see_or_touch_the_case() {
        String id = register("grid-chief", QINCUN_GRID_1, null);
        for (String user : List.of("other-township-admin", "other-grid-worker")) {
            as(user).get("/api/v1/cases/{id}", id).then().statusCode(403)
                    .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
            as(user).get("/api/v1/cases/{id}/history", id).then().statusCode(403);
            as(user).body(Map.of("reason", "x")).post("/api/v1/cases/{id}/withdrawals", id).then().statusCode(403);
            as(user).get("/api/v1/cases?under=" + QINCUN_GRID_1).then().statusCode(403);
            as(user).get("/api/v1/case-figures?under=" + QINCUN_GRID_1).then().statusCode(403);
        }
        as("other-township-admin").post("/api/v1/cases/{id}/acceptances", id).then().statusCode(403)
                .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        as("other-township-admin").body(Map.of("unitCode", QINCUN_GRID_1, "disputeType", "FAMILY", "title", "x",
                "parties", List.of(MediationFixture.party("甲", null, null), MediationFixture.party("乙", null, null))))
                .post("/api/v1/cases").then().statusCode(403);
        as("resident").get("/api/v1/cases/{id}", id).then().statusCode(403);
        as("other-township-admin").get("/api/v1/cases?under=141081100000").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(id)));
        as("grid-chief").get("/api/v1/cases/{id}", UUID.randomUUID()).then().statusCode(404);
        as("grid-chief").get("/api/v1/cases/{id}", id).then().statusCode(200).body("status", equalTo("REGISTERED"));
    }

    @Test
    void parties_personal_data_shows_in_full_only_to_those_who_talk_to_them() {
        String id = register("grid-worker", QINCUN_GRID_1, null);
        as("mediator").get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("parties[0].name", equalTo("张卫国")).body("parties[0].idNumber", equalTo(ID_NUMBER))
                .body("parties[0].phone", equalTo(PHONE)).body("parties[0].masked", equalTo(false));
        for (String user : List.of("grid-worker", "township-admin", "county-admin", "integrator")) {
            as(user).get("/api/v1/cases/{id}", id).then().statusCode(200)
                    .body("parties[0].name", equalTo("张**")).body("parties[0].idNumber", equalTo("1410**********1230"))
                    .body("parties[0].phone", equalTo("138****5678")).body("parties[0].masked", equalTo(true));
        }
        as("grid-chief").get("/api/v1/cases/{id}/history", id).then().statusCode(200)
                .body(not(containsString(ID_NUMBER))).body(not(containsString("张卫国")));
    }

    @Test
    void a_retried_command_with_the_same_idempotency_key_happens_once() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("unitCode", QINCUN_GRID_1, "disputeType", "FAMILY", "title", "赡养老人纠纷",
                "parties", List.of(MediationFixture.party("王大", null, null), MediationFixture.party("王二", null, null)));
        String id = as("grid-chief").header("Idempotency-Key", key).body(body).post("/api/v1/cases").then().statusCode(201)
                .body("parties[0].name", equalTo("王*")).extract().path("id");
        as("grid-chief").header("Idempotency-Key", key).body(body).post("/api/v1/cases").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        String step = UUID.randomUUID().toString();
        as("grid-chief").header("Idempotency-Key", step).post("/api/v1/cases/{id}/acceptances", id).then().statusCode(200).body("version", equalTo(2));
        as("grid-chief").header("Idempotency-Key", step).post("/api/v1/cases/{id}/acceptances", id).then().statusCode(200)
                .header("Idempotent-Replayed", "true").body("version", equalTo(2));
        as("grid-chief").get("/api/v1/cases/{id}", id).then().body("version", equalTo(2));
    }

    @Test
    void bad_input_is_refused_with_the_field_named_and_changes_nothing() {
        as("grid-chief").body(Map.of("unitCode", QINCUN_GRID_1, "disputeType", "QUARREL", "title", "x")).post("/api/v1/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("disputeType"));
        as("grid-chief").body(Map.of("unitCode", QINCUN_GRID_1, "disputeType", "FAMILY", "title", "x",
                "parties", List.of(MediationFixture.party("甲", null, null)))).post("/api/v1/cases")
                .then().statusCode(422).body("errors[0].field", equalTo("parties"));
        as("grid-chief").body(Map.of("unitCode", "12345", "disputeType", "FAMILY", "title", "x")).post("/api/v1/cases")
                .then().statusCode(400).body("errors[0].field", equalTo("unitCode"));
        as("grid-chief").body(Map.of("unitCode", QINCUN_GRID_1, "disputeType", "FAMILY", "title", "x", "source", "TASK",
                "parties", List.of(MediationFixture.party("甲", null, null), MediationFixture.party("乙", null, null))))
                .post("/api/v1/cases").then().statusCode(400).body("errors[0].field", equalTo("source"));
        String id = register("grid-chief", QINCUN_GRID_1, null);
        as("grid-chief").body(Map.of("occurredAt", "2099-01-01T00:00:00Z")).post("/api/v1/cases/{id}/acceptances", id)
                .then().statusCode(400).body("errors[0].field", equalTo("occurredAt"));
        as("grid-chief").body(Map.of("staffId", UUID.randomUUID())).post("/api/v1/cases/{id}/mediators", id)
                .then().statusCode(400).body("errors[0].field", equalTo("staffId"));
        as("grid-chief").body(Map.of("staffId", MediationFixture.staffId("other-grid-worker"))).post("/api/v1/cases/{id}/mediators", id)
                .then().statusCode(400).body("errors[0].field", equalTo("staffId"));
        as("grid-chief").get("/api/v1/cases?status=NOPE").then().statusCode(400).body("errors[0].field", equalTo("status"));
        as("grid-chief").get("/api/v1/case-figures?month=2026-13").then().statusCode(400).body("errors[0].field", equalTo("month"));
        as("grid-chief").get("/api/v1/cases/{id}", id).then().body("version", equalTo(1));
    }

    /**
     * A pool mediator's staff id (it is the id of their stream, and shows in the mediator list) where a case's id is
     * expected is no case: 404 as for an unknown id, never a 500 that would tell the id exists, and nothing is appended.
     */
    @Test
    void a_pool_mediator_s_id_in_a_case_s_place_answers_404_and_appends_nothing() throws Exception {
        String judge = MediationFixture.studioJudge();
        String streamEvents = "select count(*) from events where stream_id = '" + judge + "'";
        long before = MediationFixture.count(dataSource, streamEvents);

        as("grid-chief").post("/api/v1/cases/{id}/acceptances", judge).then().statusCode(404)
                .body("type", equalTo("https://wanggezhili.cn/problems/not-found"));
        as("grid-chief").body(Map.of("reason", "x")).post("/api/v1/cases/{id}/withdrawals", judge).then().statusCode(404);

        assertThat(MediationFixture.count(dataSource, streamEvents)).isEqualTo(before).isEqualTo(1);
    }

    @Test
    void a_case_escalated_to_the_township_keeps_one_history_and_the_township_takes_it_on() {
        String id = register("grid-chief", QINCUN_GRID_1, null);
        MediationFixture.throughFirstSession(id, null);
        step("mediator", id, "failures", Map.of("reason", "双方对赔偿金额分歧较大"));
        as("grid-chief").body(Map.of("toLevel", "GRID", "reason", "x")).post("/api/v1/cases/{id}/escalations", id).then().statusCode(422)
                .body("type", equalTo("https://wanggezhili.cn/problems/not-a-higher-level"));
        step("grid-chief", id, "escalations", Map.of("toLevel", "TOWNSHIP", "reason", "涉及多户，需街道协调"));
        as("township-admin").get("/api/v1/cases/{id}", id).then().statusCode(200).body("unitCode", equalTo("141081001000"))
                .body("originCode", equalTo(QINCUN_GRID_1)).body("level", equalTo("TOWNSHIP")).body("status", equalTo("ACCEPTED"));
        as("grid-chief").post("/api/v1/cases/{id}/closures", id).then().statusCode(403); // the township has it now
        step("township-admin", id, "referrals", Map.of("toLevel", "JUDICIAL", "receivingBody", "侯马市人民法院诉调对接中心", "reason", "申请司法确认"));
        as("grid-chief").get("/api/v1/cases/{id}", id).then().statusCode(200).body("level", equalTo("JUDICIAL"))
                .body("referredToBody", equalTo("侯马市人民法院诉调对接中心"));
        as("grid-chief").get("/api/v1/cases/{id}/history", id).then().statusCode(200)
                .body("type[-2]", equalTo("mediation.CaseEscalated.v1")).body("type[-1]", equalTo("mediation.CaseReferred.v1"))
                .body("payload[-1].receivingBody", equalTo("侯马市人民法院诉调对接中心"));
        as("other-township-admin").body(Map.of("reason", "x")).post("/api/v1/cases/{id}/withdrawals", id).then().statusCode(403);
        as("other-grid-worker").get("/api/v1/cases/{id}", id).then().statusCode(403);
        as("grid-chief").get("/api/v1/cases?under=" + DONGCUN_GRID_1).then().statusCode(403);
    }
}
