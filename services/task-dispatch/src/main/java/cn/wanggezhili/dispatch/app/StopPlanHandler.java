package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.dispatch.app.Commands.StopPlan;
import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanStopped;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.security.Caller;

/** Stops a work plan: no further periods run; the scope is checked on the plan's own unit. */
@ApplicationScoped
public class StopPlanHandler {

    @Inject
    AggregateRepository<Plan, PlanEvent> plans;

    @Inject
    StaffDirectory staff;

    @Transactional
    public PlanStopped handle(StopPlan cmd, Caller caller) {
        requireAnyRole(caller, DispatchRoles.SUPERVISORS);
        Plan plan = plans.require(cmd.planId().value(), "plan");
        requireCovers(caller, plan.code());
        PlanStopped stopped = plan.stop(staff.asStaff(caller));
        plans.append(plan, List.of(stopped));
        return stopped;
    }
}
