package cn.wanggezhili.mediation.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.MediationCase;
import cn.wanggezhili.mediation.domain.StepTime;
import cn.wanggezhili.security.Caller;

/**
 * The path every step of a case takes, shared by the step handlers (each runs it in its own transaction): the
 * caller's role, the case loaded (404 when there is none), the caller's scope on the unit handling it now, the step's
 * time, the case's decision, and the append at the version loaded.
 */
@ApplicationScoped
public class CaseSteps {

    /** What the case decides for this step, by whom and when. */
    @FunctionalInterface
    public interface Decision<R> {
        R decide(MediationCase mediationCase, StaffRef by, Instant at);
    }

    @Inject
    AggregateRepository<MediationCase, CaseEvent> cases;

    @Inject
    MediatorRoster roster;

    @Inject
    Clock clock;

    /** A step that decides one event. */
    <E extends CaseEvent> E take(CaseId id, Caller caller, String[] roles, Instant occurredAt, Decision<E> decision) {
        return take(id, caller, roles, occurredAt, decision, List::of);
    }

    /** A step that decides several events (a decline or a withdrawal closes the case as well). */
    List<CaseEvent> takeAll(CaseId id, Caller caller, String[] roles, Instant occurredAt, Decision<List<CaseEvent>> decision) {
        return take(id, caller, roles, occurredAt, decision, events -> events);
    }

    private <R> R take(CaseId id, Caller caller, String[] roles, Instant occurredAt, Decision<R> decision,
                       Function<R, List<? extends CaseEvent>> events) {
        requireAnyRole(caller, roles);
        MediationCase current = cases.require(id.value(), "case");
        requireCovers(caller, current.code());
        Instant at = StepTime.of(occurredAt, clock.instant());
        R decided = decision.decide(current, roster.asStaff(caller), at);
        // stored at the step's business time, not now: a ledger entered afterwards keeps its dates
        cases.append(current, events.apply(decided), at);
        return decided;
    }
}
