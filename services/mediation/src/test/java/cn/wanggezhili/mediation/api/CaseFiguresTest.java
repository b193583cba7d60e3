package cn.wanggezhili.mediation.api;

import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_GRID_2;
import static cn.wanggezhili.mediation.api.MediationFixture.QINCUN_GRID_3;
import static cn.wanggezhili.mediation.api.MediationFixture.as;
import static cn.wanggezhili.mediation.api.MediationFixture.at;
import static cn.wanggezhili.mediation.api.MediationFixture.register;
import static cn.wanggezhili.mediation.api.MediationFixture.step;
import static cn.wanggezhili.mediation.api.MediationFixture.throughFirstSession;
import static cn.wanggezhili.mediation.api.MediationFixture.with;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A year's ledger of the second grid entered afterwards: success rate, time to close, share settled on the grid. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "mediation_test"))
class CaseFiguresTest {

    /** 2025-03-10 09:00 Beijing time. */
    static final Instant MARCH = Instant.parse("2025-03-10T01:00:00Z");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        MediationFixture.grid(dataSource);
    }

    @Test
    void four_agreements_and_a_failure_make_an_eighty_percent_success_rate() {
        for (int i = 0; i < 4; i++) {
            settled(QINCUN_GRID_2, MARCH.plusSeconds(86_400L * 30 * i));
        }
        String failed = register("grid-chief", QINCUN_GRID_2, MARCH);
        throughFirstSession(failed, MARCH);
        step("mediator", failed, "failures", with(at(MARCH, 5), "reason", "分歧较大"));
        step("grid-chief", failed, "closures", at(MARCH, 10 * 24));
        String withdrawn = register("grid-chief", QINCUN_GRID_2, MARCH);
        step("grid-chief", withdrawn, "withdrawals", with(at(MARCH, 2), "reason", "撤回"));

        as("township-admin").get("/api/v1/case-figures?under=" + QINCUN_GRID_2 + "&year=2025").then().statusCode(200)
                .body("registered", equalTo(6)).body("concluded", equalTo(5)).body("agreements", equalTo(4))
                .body("failed", equalTo(1)).body("withdrawn", equalTo(1)).body("successRate", equalTo(0.8f))
                .body("settledAtGrid", equalTo(4)).body("settledAtGridShare", equalTo(0.8f))
                .body("averageDaysToClose", equalTo(10.0f)).body("byDisputeType.NEIGHBOUR", equalTo(6))
                .body("agreementsByLevel.GRID", equalTo(4));
        as("grid-chief").get("/api/v1/case-figures?under=" + QINCUN_GRID_2 + "&month=2025-03").then().statusCode(200)
                .body("registered", equalTo(3)).body("agreements", equalTo(1));
        as("grid-chief").get("/api/v1/case-figures?under=" + QINCUN_GRID_2 + "&year=2024").then().statusCode(200)
                .body("registered", equalTo(0)).body("successRate", equalTo(null));
    }

    @Test
    void an_agreement_reached_after_escalation_counts_for_the_grid_it_came_from_but_not_as_settled_there() {
        String id = register("grid-chief", QINCUN_GRID_3, MARCH);
        throughFirstSession(id, MARCH);
        step("grid-chief", id, "escalations", with(at(MARCH, 5), "toLevel", "COMMUNITY", "reason", "需社区调解委员会"));
        step("mediator", id, "sessions", with(at(MARCH, 6), "scheduledFor", MARCH.plusSeconds(3600 * 30).toString(), "place", "爱家调解工作室"));
        step("mediator", id, "sessions/2/minutes", with(at(MARCH, 30), "minutes", "达成一致"));
        List<String> parties = as("mediator").get("/api/v1/cases/{id}", id).then().extract().path("parties.partyId");
        step("mediator", id, "agreements", with(at(MARCH, 31), "terms", "分期赔偿", "signedBy", parties));
        step("mediator", id, "performance-checks", with(at(MARCH, 24 * 20), "performed", true));
        step("mediator", id, "follow-up-visits", with(at(MARCH, 24 * 30), "satisfied", true, "notes", "已履行完毕"));
        step("mediator", id, "closures", at(MARCH, 24 * 30 + 1));
        as("grid-chief").get("/api/v1/case-figures?under=" + QINCUN_GRID_3 + "&from=2025-01-01&to=2025-12-31").then().statusCode(200)
                .body("agreements", equalTo(1)).body("settledAtGrid", equalTo(0)).body("agreementsByLevel.COMMUNITY", equalTo(1));
    }

    /** Registered, mediated and closed as a settlement ten days later. */
    private static void settled(String unit, Instant at) {
        String id = register("grid-chief", unit, at);
        List<String> parties = throughFirstSession(id, at);
        step("mediator", id, "agreements", with(at(at, 5), "terms", "达成和解", "signedBy", parties));
        step("mediator", id, "performance-checks", with(at(at, 24 * 5), "performed", true, "notes", "已履行"));
        step("mediator", id, "follow-up-visits", with(at(at, 24 * 9), "satisfied", true, "notes", "回访满意"));
        Map<String, Object> close = at(at, 24 * 10);
        step("grid-chief", id, "closures", close);
    }
}
