package cn.wanggezhili.mediation.domain;

import java.util.ArrayList;
import java.util.List;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseEvent.AgreementReached;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseAccepted;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseClosed;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseDeclined;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseEscalated;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseReferred;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseRegistered;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseWithdrawn;
import cn.wanggezhili.mediation.domain.CaseEvent.FollowUpVisited;
import cn.wanggezhili.mediation.domain.CaseEvent.InvestigationStarted;
import cn.wanggezhili.mediation.domain.CaseEvent.MediationFailed;
import cn.wanggezhili.mediation.domain.CaseEvent.MediatorAssigned;
import cn.wanggezhili.mediation.domain.CaseEvent.PartyAdded;
import cn.wanggezhili.mediation.domain.CaseEvent.PartyPersonalDataErased;
import cn.wanggezhili.mediation.domain.CaseEvent.PerformanceChecked;
import cn.wanggezhili.mediation.domain.CaseEvent.SessionHeld;
import cn.wanggezhili.mediation.domain.CaseEvent.SessionScheduled;

/** A case's state after each kind of event (state only: the rules were checked when the event was decided). */
final class CaseEvolution {

    private CaseEvolution() {
    }

    static MediationCase apply(MediationCase c, CaseEvent event) {
        // Java 17: no pattern switch yet; this chain covers every permitted event type
        if (event instanceof CaseRegistered e) {
            GridCode unit = new GridCode(e.code());
            return new MediationCase(e.caseId(), unit, unit, e.disputeType(), e.source(), CaseStatus.REGISTERED, e.level(),
                    null, e.parties(), List.of(), List.of(), e.at(), e.at(), 1);
        }
        if (event instanceof PartyAdded e) {
            List<Party> parties = new ArrayList<>(c.parties());
            parties.add(e.party());
            return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), c.status(), c.level(),
                    c.outcome(), parties, c.mediators(), c.sessions(), c.registeredAt(), e.at(), c.version() + 1);
        }
        if (event instanceof PartyPersonalDataErased e) {
            List<Party> parties = c.parties().stream().map(p -> p.partyId().equals(e.partyId())
                    ? new Party(p.partyId(), p.kind(), null, null, null, p.householdId()) : p).toList();
            return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), c.status(), c.level(),
                    c.outcome(), parties, c.mediators(), c.sessions(), c.registeredAt(), e.at(), c.version() + 1);
        }
        if (event instanceof MediatorAssigned e) {
            List<StaffRef> mediators = new ArrayList<>(c.mediators());
            if (e.lead()) {
                mediators.add(0, e.mediator());
            } else {
                mediators.add(e.mediator());
            }
            return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), c.status(), c.level(),
                    c.outcome(), c.parties(), mediators, c.sessions(), c.registeredAt(), e.at(), c.version() + 1);
        }
        if (event instanceof SessionScheduled e) {
            return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), CaseStatus.IN_MEDIATION,
                    c.level(), c.outcome(), c.parties(), c.mediators(), c.withSession(new Session(e.sessionNo(), e.scheduledFor(), false)),
                    c.registeredAt(), e.at(), c.version() + 1);
        }
        if (event instanceof SessionHeld e) {
            Session scheduled = c.sessions().stream().filter(s -> s.sessionNo() == e.sessionNo()).findFirst().orElseThrow();
            return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), c.status(), c.level(),
                    c.outcome(), c.parties(), c.mediators(), c.withSession(new Session(e.sessionNo(), scheduled.scheduledFor(), true)),
                    c.registeredAt(), e.at(), c.version() + 1);
        }
        if (event instanceof CaseEscalated e) {
            return moved(c, new GridCode(e.code()), e.toLevel(), e);
        }
        if (event instanceof CaseReferred e) {
            return moved(c, c.code(), e.toLevel(), e);
        }
        return progressed(c, event);
    }

    /** Events that move the status on, and may set the outcome. */
    private static MediationCase progressed(MediationCase c, CaseEvent event) {
        if (event instanceof CaseAccepted) {
            return next(c, CaseStatus.ACCEPTED, c.outcome(), event);
        }
        if (event instanceof InvestigationStarted) {
            return next(c, CaseStatus.INVESTIGATING, c.outcome(), event);
        }
        if (event instanceof AgreementReached) {
            return next(c, CaseStatus.AGREED, Outcome.AGREEMENT, event);
        }
        if (event instanceof MediationFailed) {
            return next(c, CaseStatus.FAILED, Outcome.FAILED, event);
        }
        if (event instanceof PerformanceChecked) {
            return next(c, CaseStatus.PERFORMANCE_CHECKED, c.outcome(), event);
        }
        if (event instanceof FollowUpVisited) {
            return next(c, CaseStatus.FOLLOWED_UP, c.outcome(), event);
        }
        if (event instanceof CaseDeclined || event instanceof CaseWithdrawn) {
            return next(c, c.status(), c.outcome(), event); // the CaseClosed that follows ends it
        }
        if (event instanceof CaseClosed e) {
            return next(c, CaseStatus.CLOSED, e.outcome(), event);
        }
        throw new IllegalArgumentException("unknown event " + event.getClass().getSimpleName());
    }

    private static MediationCase moved(MediationCase c, GridCode unit, Level level, CaseEvent e) {
        return new MediationCase(c.id(), unit, c.originCode(), c.disputeType(), c.source(), CaseStatus.ACCEPTED, level, null,
                c.parties(), c.mediators(), c.sessions(), c.registeredAt(), e.at(), c.version() + 1);
    }

    private static MediationCase next(MediationCase c, CaseStatus status, Outcome outcome, CaseEvent e) {
        return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), status, c.level(), outcome,
                c.parties(), c.mediators(), c.sessions(), c.registeredAt(), e.at(), c.version() + 1);
    }
}
