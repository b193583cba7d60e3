package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.CheckPerformance;
import cn.wanggezhili.mediation.domain.CaseEvent.PerformanceChecked;
import cn.wanggezhili.security.Caller;

/** Whether the agreement was carried out (履行情况). */
@ApplicationScoped
public class CheckPerformanceHandler {

    @Inject
    CaseSteps steps;

    @Transactional
    public PerformanceChecked handle(CheckPerformance cmd, Caller caller) {
        return steps.take(cmd.caseId(), caller, CaseRoles.CASE_STAFF, cmd.occurredAt(),
                (c, by, at) -> c.checkPerformance(cmd.performed(), cmd.notes(), by, at));
    }
}
