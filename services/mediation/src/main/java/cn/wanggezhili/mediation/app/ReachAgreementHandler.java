package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.ReachAgreement;
import cn.wanggezhili.mediation.domain.CaseEvent.AgreementReached;
import cn.wanggezhili.security.Caller;

/** The agreement (人民调解协议书): its terms and every party's signature. */
@ApplicationScoped
public class ReachAgreementHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public AgreementReached handle(ReachAgreement cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.CASE_STAFF, cmd.occurredAt(),
                (c, by, at) -> c.reachAgreement(cmd.terms(), cmd.signedBy(), cmd.courtConfirmation(), by, at));
    }
}
