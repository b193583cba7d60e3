package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.mediation.app.Commands.DeclineCase;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.security.Caller;

/** A registered case declined with a reason (e.g. already before a court); it closes DECLINED. */
@ApplicationScoped
public class DeclineCaseHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public List<CaseEvent> handle(DeclineCase cmd, Caller caller) {
        return steps.takeAll(cmd.caseId(), caller, CaseRoles.SUPERVISORS, cmd.occurredAt(),
                (c, by, at) -> c.decline(cmd.reason(), by, at));
    }
}
