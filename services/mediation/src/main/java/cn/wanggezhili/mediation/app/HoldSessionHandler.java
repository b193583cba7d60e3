package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.HoldSession;
import cn.wanggezhili.mediation.domain.CaseEvent.SessionHeld;
import cn.wanggezhili.security.Caller;

/** A scheduled session held, with its minutes. */
@ApplicationScoped
public class HoldSessionHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public SessionHeld handle(HoldSession cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.CASE_STAFF, cmd.occurredAt(),
                (c, by, at) -> c.holdSession(cmd.sessionNo(), cmd.minutes(), by, at));
    }
}
