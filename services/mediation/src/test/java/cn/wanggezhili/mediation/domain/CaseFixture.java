package cn.wanggezhili.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseEvent.AgreementReached;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseAccepted;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseRegistered;
import cn.wanggezhili.mediation.domain.CaseEvent.FollowUpVisited;
import cn.wanggezhili.mediation.domain.CaseEvent.MediationFailed;
import cn.wanggezhili.mediation.domain.CaseEvent.MediatorAssigned;
import cn.wanggezhili.mediation.domain.CaseEvent.PerformanceChecked;
import cn.wanggezhili.mediation.domain.CaseEvent.SessionHeld;
import cn.wanggezhili.mediation.domain.CaseEvent.SessionScheduled;
import cn.wanggezhili.mediation.domain.CaseRuleViolation.Rule;

/**
 * A neighbours' dispute over a leaking pipe on the first grid of 秦村北社区, mediated by the studio's retired judge:
 * its events through the case's life, and given(past events) / when(command) / then(new events, a named rejection or
 * a value refused as invalid input).
 */
final class CaseFixture {

    static final CaseId CASE = new CaseId(new UUID(0, 1));
    static final Instant T = Instant.parse("2026-03-02T01:00:00Z");

    static final GridCode TOWNSHIP = new GridCode("141081001000");          // 路西街道
    static final GridCode COMMUNITY = new GridCode("141081001001");         // 秦村北社区
    static final GridCode GRID = new GridCode("141081001001001");           // 第一网格

    static final StaffRef JUDGE = new StaffRef(new UUID(1, 1), "mediator", "王建国");   // 爱家调解工作室, retired judge
    static final StaffRef POLICE = new StaffRef(new UUID(1, 2), null, "李卫东");         // retired police officer
    static final StaffRef CHIEF = new StaffRef(new UUID(1, 3), "grid-chief", "刘红梅");

    static final Party ZHANG = new Party(new PartyId(new UUID(2, 1)), PartyKind.RESIDENT, "张*", "1410**********1234", "138****5678", null);
    static final Party ZHAO = new Party(new PartyId(new UUID(2, 2)), PartyKind.RESIDENT, "赵**", "1410**********4321", "139****0000", null);

    static final CaseRegistered REGISTERED = new CaseRegistered(CASE, GRID.value(), DisputeType.NEIGHBOUR, CaseSource.WALK_IN,
            null, null, "楼上漏水致楼下墙面受损", "6号楼张某家卫生间漏水，楼下赵某家天花板受损，双方多次争吵", List.of(ZHANG, ZHAO),
            List.of("photo-17"), Level.GRID, CHIEF, T);
    static final CaseAccepted ACCEPTED = new CaseAccepted(CASE, GRID.value(), CHIEF, T.plusSeconds(3600));
    static final MediatorAssigned JUDGE_ASSIGNED = new MediatorAssigned(CASE, GRID.value(), JUDGE, true, CHIEF, T.plusSeconds(3700));
    static final SessionScheduled SCHEDULED = new SessionScheduled(CASE, GRID.value(), 1, T.plusSeconds(86_400), "社区调解室",
            JUDGE, T.plusSeconds(7200));
    static final SessionHeld HELD = new SessionHeld(CASE, GRID.value(), 1, "双方陈述，初步同意维修", JUDGE, T.plusSeconds(90_000));
    static final AgreementReached AGREED = new AgreementReached(CASE, GRID.value(), "张某负责维修并赔偿800元",
            List.of(ZHANG.partyId(), ZHAO.partyId()), false, JUDGE, T.plusSeconds(93_600));
    static final MediationFailed FAILED = new MediationFailed(CASE, GRID.value(), "双方对赔偿金额分歧较大", JUDGE, T.plusSeconds(93_600));
    static final PerformanceChecked CHECKED = new PerformanceChecked(CASE, GRID.value(), true, "已维修，赔偿已付", JUDGE,
            T.plusSeconds(700_000));
    static final FollowUpVisited VISITED = new FollowUpVisited(CASE, GRID.value(), true, "双方关系缓和", JUDGE, T.plusSeconds(2_000_000));

    private CaseFixture() {
    }

    static CaseEvent[] inMediation() {
        return new CaseEvent[] {REGISTERED, ACCEPTED, JUDGE_ASSIGNED, SCHEDULED, HELD};
    }

    static CaseEvent[] followedUp() {
        return new CaseEvent[] {REGISTERED, ACCEPTED, JUDGE_ASSIGNED, SCHEDULED, HELD, AGREED, CHECKED, VISITED};
    }

    static CaseEvent[] plus(CaseEvent[] past, CaseEvent... more) {
        CaseEvent[] all = Arrays.copyOf(past, past.length + more.length);
        System.arraycopy(more, 0, all, past.length, more.length);
        return all;
    }

    static Scenario given(CaseEvent... past) {
        return new Scenario(MediationCase.replay(List.of(past)));
    }

    record Scenario(MediationCase mediationCase) {
        Outcome when(Function<MediationCase, Object> command) {
            try {
                Object result = command.apply(mediationCase);
                @SuppressWarnings("unchecked")
                List<CaseEvent> events = result instanceof List<?> ? (List<CaseEvent>) result : List.of((CaseEvent) result);
                return new Outcome(mediationCase, events, null, null);
            } catch (CaseRuleViolation e) {
                return new Outcome(mediationCase, null, e, null);
            } catch (InvalidInput e) {
                return new Outcome(mediationCase, null, null, e);
            }
        }
    }

    record Outcome(MediationCase before, List<CaseEvent> events, CaseRuleViolation rejection, InvalidInput invalid) {
        Outcome then(CaseEvent... expected) {
            assertThat(rejection).as("rejection").isNull();
            assertThat(invalid).as("invalid input").isNull();
            assertThat(events).containsExactly(expected);
            return this;
        }

        void thenRejected(Rule rule, String field) {
            assertThat(rejection).as("expected rejection " + rule + " but got " + events).isNotNull();
            assertThat(rejection.rule()).isEqualTo(rule);
            assertThat(rejection.field()).isEqualTo(field);
        }

        /** Refused as a value that can never be right (400 invalid-input), whatever the case's state. */
        void thenInvalid(String field) {
            assertThat(invalid).as("expected invalid " + field + " but got " + (rejection != null ? rejection.rule() : events)).isNotNull();
            assertThat(invalid.field()).isEqualTo(field);
        }

        MediationCase after() {
            assertThat(rejection).as("rejection").isNull();
            assertThat(invalid).as("invalid input").isNull();
            MediationCase c = before;
            for (CaseEvent e : events) {
                c = c.evolve(e);
            }
            return c;
        }
    }
}
