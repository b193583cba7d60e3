package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.ReferCase;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseReferred;
import cn.wanggezhili.mediation.domain.Linkage;
import cn.wanggezhili.security.Caller;

/** A case referred across to administrative or judicial mediation (三调联动), naming the receiving body. */
@ApplicationScoped
public class ReferCaseHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public CaseReferred handle(ReferCase cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.SUPERVISORS, cmd.occurredAt(),
                (c, by, at) -> Linkage.refer(c, cmd.toLevel(), cmd.receivingBody(), cmd.reason(), by, at));
    }
}
