package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.dispatch.app.Commands.RecodePlan;
import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanUnitRecoded;
import cn.wanggezhili.eventstore.AggregateRepository;

/** An active plan follows its unit to the code the registry gave it; the append is its transaction's first write. */
@ApplicationScoped
public class RecodePlanHandler {

    @Inject
    AggregateRepository<Plan, PlanEvent> plans;

    @Transactional
    public PlanUnitRecoded handle(RecodePlan cmd) {
        Plan plan = Existing.plan(plans, cmd.planId());
        PlanUnitRecoded recoded = plan.followRecodedUnit(cmd.oldCode(), cmd.newCode());
        plans.append(plan, List.of(recoded));
        return recoded;
    }
}
