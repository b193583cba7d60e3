package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.CloseCase;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseClosed;
import cn.wanggezhili.security.Caller;

/** A case closed after its follow-up visit (AGREEMENT) or a failure taken no further (FAILED). */
@ApplicationScoped
public class CloseCaseHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public CaseClosed handle(CloseCase cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.SUPERVISORS, cmd.occurredAt(), (c, by, at) -> c.close(by, at));
    }
}
