package cn.wanggezhili.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.mediation.domain.CaseFixture.ACCEPTED;
import static cn.wanggezhili.mediation.domain.CaseFixture.AGREED;
import static cn.wanggezhili.mediation.domain.CaseFixture.CASE;
import static cn.wanggezhili.mediation.domain.CaseFixture.CHECKED;
import static cn.wanggezhili.mediation.domain.CaseFixture.CHIEF;
import static cn.wanggezhili.mediation.domain.CaseFixture.FAILED;
import static cn.wanggezhili.mediation.domain.CaseFixture.GRID;
import static cn.wanggezhili.mediation.domain.CaseFixture.HELD;
import static cn.wanggezhili.mediation.domain.CaseFixture.JUDGE;
import static cn.wanggezhili.mediation.domain.CaseFixture.JUDGE_ASSIGNED;
import static cn.wanggezhili.mediation.domain.CaseFixture.POLICE;
import static cn.wanggezhili.mediation.domain.CaseFixture.REGISTERED;
import static cn.wanggezhili.mediation.domain.CaseFixture.SCHEDULED;
import static cn.wanggezhili.mediation.domain.CaseFixture.T;
import static cn.wanggezhili.mediation.domain.CaseFixture.ZHANG;
import static cn.wanggezhili.mediation.domain.CaseFixture.ZHAO;
import static cn.wanggezhili.mediation.domain.CaseFixture.followedUp;
import static cn.wanggezhili.mediation.domain.CaseFixture.given;
import static cn.wanggezhili.mediation.domain.CaseFixture.inMediation;
import static cn.wanggezhili.mediation.domain.CaseFixture.plus;

import java.time.Instant;
import java.util.List;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseEvent.AgreementReached;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseClosed;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseDeclined;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseWithdrawn;
import cn.wanggezhili.mediation.domain.CaseEvent.MediatorAssigned;
import cn.wanggezhili.mediation.domain.CaseEvent.SessionHeld;
import cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** Registered → accepted → sessions → agreement → performance check → follow-up → closed, and the ways out. */
class CaseLifecycleTest {

    static final Instant LATER = T.plusSeconds(3_000_000);

    @Test
    void a_settled_case_closes_after_its_follow_up_visit_with_the_lead_mediator_first() {
        CaseClosed closing = new CaseClosed(CASE, GRID.value(), DisputeType.NEIGHBOUR, Outcome.AGREEMENT, List.of(JUDGE, POLICE),
                Level.GRID, T, CHIEF, LATER);
        MediationCase closed = given(plus(followedUp(), new MediatorAssigned(CASE, GRID.value(), POLICE, false, CHIEF, LATER.minusSeconds(1))))
                .when(c -> c.close(CHIEF, LATER)).then(closing).after();
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        given(plus(followedUp(), closing)).when(c -> c.withdraw("不想调了", CHIEF, LATER)).thenRejected(Rule.CASE_CLOSED, "status");
    }

    @Test
    void a_case_closes_only_after_follow_up_or_failure() {
        given(plus(inMediation(), AGREED, CHECKED)).when(c -> c.close(CHIEF, LATER)).thenRejected(Rule.WRONG_STATUS, "status");
        given(plus(inMediation(), FAILED)).when(c -> c.close(CHIEF, LATER))
                .then(new CaseClosed(CASE, GRID.value(), DisputeType.NEIGHBOUR, Outcome.FAILED, List.of(JUDGE), Level.GRID, T, CHIEF, LATER));
    }

    @Test
    void a_declined_case_ends_declined_with_its_reason() {
        Instant at = T.plusSeconds(60);
        MediationCase after = given(REGISTERED).when(c -> c.decline("已进入诉讼程序", CHIEF, at))
                .then(new CaseDeclined(CASE, GRID.value(), "已进入诉讼程序", CHIEF, at),
                        new CaseClosed(CASE, GRID.value(), DisputeType.NEIGHBOUR, Outcome.DECLINED, List.of(), Level.GRID, T, CHIEF, at))
                .after();
        assertThat(after.outcome()).isEqualTo(Outcome.DECLINED);
        given(REGISTERED).when(c -> c.decline(" ", CHIEF, at)).thenRejected(Rule.TEXT_REQUIRED, "reason");
        given(REGISTERED, ACCEPTED).when(c -> c.decline("晚了", CHIEF, LATER)).thenRejected(Rule.WRONG_STATUS, "status");
    }

    @Test
    void the_parties_may_withdraw_at_any_point_before_closing() {
        given(plus(inMediation(), AGREED)).when(c -> c.withdraw("双方自行和解", JUDGE, LATER))
                .then(new CaseWithdrawn(CASE, GRID.value(), "双方自行和解", JUDGE, LATER),
                        new CaseClosed(CASE, GRID.value(), DisputeType.NEIGHBOUR, Outcome.WITHDRAWN, List.of(JUDGE), Level.GRID, T, JUDGE, LATER));
    }

    @Test
    void sessions_need_a_mediator_and_are_held_once_after_being_scheduled() {
        given(REGISTERED, ACCEPTED).when(c -> c.scheduleSession(LATER, "社区调解室", CHIEF, LATER)).thenRejected(Rule.NO_MEDIATOR, "status");
        given(REGISTERED, ACCEPTED, JUDGE_ASSIGNED, SCHEDULED).when(c -> c.holdSession(2, "纪要", JUDGE, LATER))
                .thenRejected(Rule.UNKNOWN_SESSION, "sessionNo");
        given(inMediation()).when(c -> c.holdSession(1, "纪要", JUDGE, LATER)).thenRejected(Rule.SESSION_ALREADY_HELD, "sessionNo");
        given(REGISTERED, ACCEPTED, JUDGE_ASSIGNED, SCHEDULED).when(c -> c.holdSession(1, "双方陈述", JUDGE, LATER))
                .then(new SessionHeld(CASE, GRID.value(), 1, "双方陈述", JUDGE, LATER));
    }

    @Test
    void an_agreement_needs_a_session_held_and_every_party_s_signature() {
        given(REGISTERED, ACCEPTED, JUDGE_ASSIGNED, SCHEDULED).when(c -> c.reachAgreement("赔偿", List.of(ZHANG.partyId(), ZHAO.partyId()), false, JUDGE, LATER))
                .thenRejected(Rule.NO_SESSION_HELD, "status");
        given(inMediation()).when(c -> c.reachAgreement("赔偿", List.of(ZHANG.partyId()), false, JUDGE, LATER))
                .thenRejected(Rule.ALL_PARTIES_MUST_SIGN, "signedBy");
        given(inMediation()).when(c -> c.reachAgreement("赔偿", List.of(ZHANG.partyId(), new PartyId(new java.util.UUID(9, 9))), false, JUDGE, LATER))
                .thenRejected(Rule.UNKNOWN_PARTY, "signedBy");
        MediationCase agreed = given(inMediation()).when(c -> c.reachAgreement("张某赔偿800元", List.of(ZHAO.partyId(), ZHANG.partyId()), true, JUDGE, LATER))
                .then(new AgreementReached(CASE, GRID.value(), "张某赔偿800元", List.of(ZHANG.partyId(), ZHAO.partyId()), true, JUDGE, LATER))
                .after();
        assertThat(agreed.outcome()).isEqualTo(Outcome.AGREEMENT);
    }

    @Test
    void the_first_mediator_leads_and_nobody_is_assigned_twice() {
        given(REGISTERED, ACCEPTED).when(c -> c.assignMediator(JUDGE, false, CHIEF, LATER))
                .then(new MediatorAssigned(CASE, GRID.value(), JUDGE, true, CHIEF, LATER));
        given(REGISTERED, ACCEPTED, JUDGE_ASSIGNED).when(c -> c.assignMediator(new StaffRef(JUDGE.staffId(), "x", "王建国"), true, CHIEF, LATER))
                .thenRejected(Rule.MEDIATOR_ALREADY_ASSIGNED, "staffId");
        MediationCase c = given(REGISTERED, ACCEPTED, JUDGE_ASSIGNED).when(x -> x.assignMediator(POLICE, true, CHIEF, LATER)).after();
        assertThat(c.mediators()).containsExactly(POLICE, JUDGE);
    }

    @Test
    void a_step_entered_from_a_ledger_cannot_predate_the_previous_step() {
        given(REGISTERED).when(c -> c.accept(CHIEF, T.minusSeconds(1))).thenRejected(Rule.BEFORE_PREVIOUS_STEP, "occurredAt");
    }

    @Test
    void performance_is_checked_after_an_agreement_and_followed_up_by_a_visit() {
        given(plus(inMediation(), FAILED)).when(c -> c.checkPerformance(true, "", JUDGE, LATER)).thenRejected(Rule.WRONG_STATUS, "status");
        given(plus(inMediation(), AGREED)).when(c -> c.followUp(true, "回访", JUDGE, LATER)).thenRejected(Rule.WRONG_STATUS, "status");
        assertThat(given(plus(inMediation(), AGREED, CHECKED)).when(c -> c.followUp(true, "双方满意", JUDGE, LATER)).after().status())
                .isEqualTo(CaseStatus.FOLLOWED_UP);
    }
}
