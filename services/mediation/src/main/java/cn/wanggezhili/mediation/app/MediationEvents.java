package cn.wanggezhili.mediation.app;

import cn.wanggezhili.eventstore.AggregateType;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.mediation.domain.MediationCase;
import cn.wanggezhili.mediation.domain.MediatorEvent;
import cn.wanggezhili.mediation.domain.PoolMediator;

/** Mediation's event types on its topic {@code mediation.events}, as other services see them. */
public final class MediationEvents {

    public static final String SERVICE = "mediation";
    public static final String CASE = "MediationCase";
    public static final String MEDIATOR = "Mediator";

    public static final EventCodec<CaseEvent> CASES = new EventCodec<CaseEvent>()
            .register(type("CaseRegistered"), CaseEvent.CaseRegistered.class)
            .register(type("PartyAdded"), CaseEvent.PartyAdded.class)
            .register(type("CaseAccepted"), CaseEvent.CaseAccepted.class)
            .register(type("CaseDeclined"), CaseEvent.CaseDeclined.class)
            .register(type("MediatorAssigned"), CaseEvent.MediatorAssigned.class)
            .register(type("InvestigationStarted"), CaseEvent.InvestigationStarted.class)
            .register(type("SessionScheduled"), CaseEvent.SessionScheduled.class)
            .register(type("SessionHeld"), CaseEvent.SessionHeld.class)
            .register(type("AgreementReached"), CaseEvent.AgreementReached.class)
            .register(type("MediationFailed"), CaseEvent.MediationFailed.class)
            .register(type("PerformanceChecked"), CaseEvent.PerformanceChecked.class)
            .register(type("FollowUpVisited"), CaseEvent.FollowUpVisited.class)
            .register(type("CaseEscalated"), CaseEvent.CaseEscalated.class)
            .register(type("CaseReferred"), CaseEvent.CaseReferred.class)
            .register(type("CaseWithdrawn"), CaseEvent.CaseWithdrawn.class)
            .register(type("CaseClosed"), CaseEvent.CaseClosed.class)
            .register(type("PartyPersonalDataErased"), CaseEvent.PartyPersonalDataErased.class);

    public static final EventCodec<MediatorEvent> MEDIATORS = new EventCodec<MediatorEvent>()
            .register(type("MediatorEnrolled"), MediatorEvent.MediatorEnrolled.class);

    /**
     * A case's stream, keyed by the case id (a task's case by the id derived from the task's); every event carries
     * the unit handling the case after it, for subtree filters downstream.
     */
    public static final AggregateType<MediationCase, CaseEvent> CASE_STREAM = new AggregateType<>(CASE, CASES,
            CaseEvent::code, e -> e.caseId().value(), MediationCase::replay, MediationCase::version);

    /** A pool mediator's stream, keyed by the staff id they get on enrolment. */
    public static final AggregateType<PoolMediator, MediatorEvent> MEDIATOR_STREAM = new AggregateType<>(MEDIATOR, MEDIATORS,
            MediatorEvent::code, MediatorEvent::staffId, PoolMediator::replay, PoolMediator::version);

    private MediationEvents() {
    }

    static String type(String name) {
        return SERVICE + "." + name + ".v1";
    }
}
