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

    /** The switch names every permitted event type: a new one fails compilation here until it is handled. */
    static MediationCase apply(MediationCase c, CaseEvent event) {
        return switch (event) {
            case CaseRegistered e -> registered(e);
            case PartyAdded e -> partyAdded(c, e);
            case PartyPersonalDataErased e -> partyErased(c, e);
            case MediatorAssigned e -> mediatorAssigned(c, e);
            case SessionScheduled e -> sessionScheduled(c, e);
            case SessionHeld e -> sessionHeld(c, e);
            case CaseEscalated e -> moved(c, new GridCode(e.code()), e.toLevel(), e);
            case CaseReferred e -> moved(c, c.code(), e.toLevel(), e);
            // events that move the status on, and may set the outcome
            case CaseAccepted e -> next(c, CaseStatus.ACCEPTED, c.outcome(), e);
            case InvestigationStarted e -> next(c, CaseStatus.INVESTIGATING, c.outcome(), e);
            case AgreementReached e -> next(c, CaseStatus.AGREED, Outcome.AGREEMENT, e);
            case MediationFailed e -> next(c, CaseStatus.FAILED, Outcome.FAILED, e);
            case PerformanceChecked e -> next(c, CaseStatus.PERFORMANCE_CHECKED, c.outcome(), e);
            case FollowUpVisited e -> next(c, CaseStatus.FOLLOWED_UP, c.outcome(), e);
            case CaseDeclined e -> next(c, c.status(), c.outcome(), e); // the CaseClosed that follows ends it
            case CaseWithdrawn e -> next(c, c.status(), c.outcome(), e); // the CaseClosed that follows ends it
            case CaseClosed e -> next(c, CaseStatus.CLOSED, e.outcome(), e);
        };
    }

    private static MediationCase registered(CaseRegistered e) {
        GridCode unit = new GridCode(e.code());
        return new MediationCase(e.caseId(), unit, unit, e.disputeType(), e.source(), CaseStatus.REGISTERED, e.level(),
                null, e.parties(), List.of(), List.of(), e.at(), e.at(), 1);
    }

    private static MediationCase partyAdded(MediationCase c, PartyAdded e) {
        List<Party> parties = new ArrayList<>(c.parties());
        parties.add(e.party());
        return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), c.status(), c.level(),
                c.outcome(), parties, c.mediators(), c.sessions(), c.registeredAt(), e.at(), c.version() + 1);
    }

    private static MediationCase partyErased(MediationCase c, PartyPersonalDataErased e) {
        List<Party> parties = c.parties().stream().map(p -> p.partyId().equals(e.partyId())
                ? new Party(p.partyId(), p.kind(), null, null, null, p.householdId()) : p).toList();
        return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), c.status(), c.level(),
                c.outcome(), parties, c.mediators(), c.sessions(), c.registeredAt(), e.at(), c.version() + 1);
    }

    private static MediationCase mediatorAssigned(MediationCase c, MediatorAssigned e) {
        List<StaffRef> mediators = new ArrayList<>(c.mediators());
        if (e.lead()) {
            mediators.add(0, e.mediator());
        } else {
            mediators.add(e.mediator());
        }
        return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), c.status(), c.level(),
                c.outcome(), c.parties(), mediators, c.sessions(), c.registeredAt(), e.at(), c.version() + 1);
    }

    private static MediationCase sessionScheduled(MediationCase c, SessionScheduled e) {
        return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), CaseStatus.IN_MEDIATION,
                c.level(), c.outcome(), c.parties(), c.mediators(), c.withSession(new Session(e.sessionNo(), e.scheduledFor(), false)),
                c.registeredAt(), e.at(), c.version() + 1);
    }

    private static MediationCase sessionHeld(MediationCase c, SessionHeld e) {
        Session scheduled = c.sessions().stream().filter(s -> s.sessionNo() == e.sessionNo()).findFirst().orElseThrow();
        return new MediationCase(c.id(), c.code(), c.originCode(), c.disputeType(), c.source(), c.status(), c.level(),
                c.outcome(), c.parties(), c.mediators(), c.withSession(new Session(e.sessionNo(), scheduled.scheduledFor(), true)),
                c.registeredAt(), e.at(), c.version() + 1);
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
