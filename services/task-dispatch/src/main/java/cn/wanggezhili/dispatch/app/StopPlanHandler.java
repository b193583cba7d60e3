package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.security.Caller;

/** Stops a work plan: no further periods run; the scope is checked on the plan's own unit. */
@ApplicationScoped
public class StopPlanHandler {

    @Inject
    Plans plans;

    @Inject
    StaffDirectory staff;

    @Transactional
    public void handle(PlanId id, Caller caller) {
        requireAnyRole(caller, TaskLifecycleHandler.SUPERVISORS);
        Plan plan = plans.plan(id);
        requireCovers(caller, plan.code());
        plans.append(plan, List.of(plan.stop(staff.asStaff(caller))));
    }
}
