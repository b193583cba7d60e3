package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.EscalateCase;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseEscalated;
import cn.wanggezhili.mediation.domain.Linkage;
import cn.wanggezhili.security.Caller;

/** A case handed up the people's-mediation ladder to the unit above at the chosen level. */
@ApplicationScoped
public class EscalateCaseHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public CaseEscalated handle(EscalateCase cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.SUPERVISORS, cmd.occurredAt(),
                (c, by, at) -> Linkage.escalate(c, cmd.toLevel(), cmd.reason(), by, at));
    }
}
