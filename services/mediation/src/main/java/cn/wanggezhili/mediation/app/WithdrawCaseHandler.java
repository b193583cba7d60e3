package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.mediation.app.Commands.WithdrawCase;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.security.Caller;

/** The parties withdraw, at any point before closure; the case closes WITHDRAWN. */
@ApplicationScoped
public class WithdrawCaseHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public List<CaseEvent> handle(WithdrawCase cmd, Caller caller) {
        return steps.takeAll(cmd.caseId(), caller, CaseRoles.CASE_STAFF, cmd.occurredAt(),
                (c, by, at) -> c.withdraw(cmd.reason(), by, at));
    }
}
