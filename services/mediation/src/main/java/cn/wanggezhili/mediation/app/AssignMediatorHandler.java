package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.AssignMediator;
import cn.wanggezhili.mediation.domain.CaseEvent.MediatorAssigned;
import cn.wanggezhili.mediation.domain.MediatorAssignment;
import cn.wanggezhili.security.Caller;

/** A mediator (grid staff or the pool) assigned to a case; who may mediate it is the domain's rule. */
@ApplicationScoped
public class AssignMediatorHandler {

    @Inject
    CaseSteps steps;

    @Inject
    MediatorRoster roster;

    @Transactional
    public MediatorAssigned handle(AssignMediator cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.SUPERVISORS, cmd.occurredAt(),
                (c, by, at) -> MediatorAssignment.assign(c, cmd.staffId(), cmd.lead(), roster, by, at));
    }
}
