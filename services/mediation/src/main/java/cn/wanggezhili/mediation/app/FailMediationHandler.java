package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.FailMediation;
import cn.wanggezhili.mediation.domain.CaseEvent.MediationFailed;
import cn.wanggezhili.security.Caller;

/** Mediation failed; the case may then be escalated, referred or closed. */
@ApplicationScoped
public class FailMediationHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public MediationFailed handle(FailMediation cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.CASE_STAFF, cmd.occurredAt(),
                (c, by, at) -> c.fail(cmd.reason(), by, at));
    }
}
