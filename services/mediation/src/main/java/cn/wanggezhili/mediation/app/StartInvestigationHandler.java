package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.StartInvestigation;
import cn.wanggezhili.mediation.domain.CaseEvent.InvestigationStarted;
import cn.wanggezhili.security.Caller;

/** The facts of an accepted case investigated (调查核实). */
@ApplicationScoped
public class StartInvestigationHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public InvestigationStarted handle(StartInvestigation cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.CASE_STAFF, cmd.occurredAt(),
                (c, by, at) -> c.startInvestigation(cmd.notes(), by, at));
    }
}
