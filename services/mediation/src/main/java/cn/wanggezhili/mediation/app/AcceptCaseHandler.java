package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.AcceptCase;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseAccepted;
import cn.wanggezhili.security.Caller;

/** A registered case taken on for mediation. */
@ApplicationScoped
public class AcceptCaseHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public CaseAccepted handle(AcceptCase cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.SUPERVISORS, cmd.occurredAt(), (c, by, at) -> c.accept(by, at));
    }
}
