package cn.wanggezhili.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.mediation.domain.CaseFixture.ACCEPTED;
import static cn.wanggezhili.mediation.domain.CaseFixture.AGREED;
import static cn.wanggezhili.mediation.domain.CaseFixture.CASE;
import static cn.wanggezhili.mediation.domain.CaseFixture.CHIEF;
import static cn.wanggezhili.mediation.domain.CaseFixture.COMMUNITY;
import static cn.wanggezhili.mediation.domain.CaseFixture.FAILED;
import static cn.wanggezhili.mediation.domain.CaseFixture.GRID;
import static cn.wanggezhili.mediation.domain.CaseFixture.JUDGE;
import static cn.wanggezhili.mediation.domain.CaseFixture.REGISTERED;
import static cn.wanggezhili.mediation.domain.CaseFixture.T;
import static cn.wanggezhili.mediation.domain.CaseFixture.TOWNSHIP;
import static cn.wanggezhili.mediation.domain.CaseFixture.given;
import static cn.wanggezhili.mediation.domain.CaseFixture.inMediation;
import static cn.wanggezhili.mediation.domain.CaseFixture.plus;

import java.time.Instant;
import java.util.List;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseClosed;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseEscalated;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseReferred;
import cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** Three-way linkage (三调联动): up the ladder, across to administrative or judicial mediation, one history. */
class CaseLinkageTest {

    static final Instant LATER = T.plusSeconds(200_000);

    @Test
    void a_failed_grid_case_goes_up_to_the_township_and_is_taken_on_there() {
        MediationCase up = given(plus(inMediation(), FAILED)).when(c -> Linkage.escalate(c, Level.TOWNSHIP, "涉及多户，需街道协调", CHIEF, LATER))
                .then(new CaseEscalated(CASE, TOWNSHIP.value(), GRID.value(), Level.GRID, Level.TOWNSHIP, "涉及多户，需街道协调", CHIEF, LATER))
                .after();
        assertThat(up.code()).isEqualTo(TOWNSHIP);
        assertThat(up.originCode()).isEqualTo(GRID);
        assertThat(up.status()).isEqualTo(CaseStatus.ACCEPTED);
        assertThat(up.outcome()).isNull();
        assertThat(up.mediators()).containsExactly(JUDGE);
    }

    @Test
    void escalation_goes_only_up_the_ladder() {
        given(REGISTERED, ACCEPTED).when(c -> Linkage.escalate(c, Level.GRID, "x", CHIEF, LATER)).thenRejected(Rule.NOT_A_HIGHER_LEVEL, "toLevel");
        given(REGISTERED, ACCEPTED).when(c -> Linkage.escalate(c, Level.JUDICIAL, "x", CHIEF, LATER)).thenRejected(Rule.NOT_A_HIGHER_LEVEL, "toLevel");
        given(REGISTERED).when(c -> Linkage.escalate(c, Level.COMMUNITY, "x", CHIEF, LATER)).thenRejected(Rule.WRONG_STATUS, "status");
        given(plus(inMediation(), AGREED)).when(c -> Linkage.escalate(c, Level.COMMUNITY, "x", CHIEF, LATER)).thenRejected(Rule.WRONG_STATUS, "status");
        assertThat(given(REGISTERED, ACCEPTED).when(c -> Linkage.escalate(c, Level.COMMUNITY, "社区调解", CHIEF, LATER)).after().code())
                .isEqualTo(COMMUNITY);
    }

    @Test
    void a_referral_to_judicial_mediation_records_the_receiving_body_and_the_case_closes_at_that_level() {
        CaseReferred referred = new CaseReferred(CASE, GRID.value(), Level.GRID, Level.JUDICIAL, "侯马市人民法院", "申请司法确认", CHIEF, LATER);
        MediationCase there = given(plus(inMediation(), FAILED)).when(c -> Linkage.refer(c, Level.JUDICIAL, "侯马市人民法院", "申请司法确认", CHIEF, LATER))
                .then(referred).after();
        assertThat(there.level()).isEqualTo(Level.JUDICIAL);
        given(plus(inMediation(), FAILED, referred)).when(c -> Linkage.escalate(c, Level.COUNTY, "x", CHIEF, LATER))
                .thenRejected(Rule.ALREADY_REFERRED, "status");
        given(plus(inMediation(), FAILED, referred)).when(c -> Linkage.refer(c, Level.JUDICIAL, "法院", "x", CHIEF, LATER))
                .thenRejected(Rule.ALREADY_REFERRED, "toLevel");
        given(REGISTERED, ACCEPTED).when(c -> Linkage.refer(c, Level.COUNTY, "县司法局", "x", CHIEF, LATER))
                .thenRejected(Rule.NOT_A_REFERRAL_CHANNEL, "toLevel");
        Instant failedAgain = LATER.plusSeconds(10);
        given(plus(inMediation(), FAILED, referred, new CaseEvent.MediationFailed(CASE, GRID.value(), "仍未达成", JUDGE, failedAgain)))
                .when(c -> c.close(CHIEF, failedAgain))
                .then(new CaseClosed(CASE, GRID.value(), DisputeType.NEIGHBOUR, Outcome.FAILED, List.of(JUDGE), Level.JUDICIAL, T, CHIEF, failedAgain));
    }
}
