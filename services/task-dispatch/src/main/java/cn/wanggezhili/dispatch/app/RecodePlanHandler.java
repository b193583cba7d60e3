package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import cn.wanggezhili.dispatch.app.Commands.RecodePlan;
import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanUnitRecoded;
import cn.wanggezhili.eventstore.AggregateRepository;

/**
 * An active plan follows its unit to the code the registry gave it; the append is its transaction's first write (the
 * inbox runner's, see {@link UnitRecodingWork}). A plan that followed already, or stopped, changes nothing.
 */
@ApplicationScoped
public class RecodePlanHandler {

    @Inject
    AggregateRepository<Plan, PlanEvent> plans;

    @Transactional
    public Optional<PlanUnitRecoded> handle(RecodePlan cmd) {
        Plan plan = plans.load(cmd.planId().value());
        if (!plan.followsMoveOf(cmd.oldCode())) {
            return Optional.empty();
        }
        PlanUnitRecoded recoded = plan.followRecodedUnit(cmd.oldCode(), cmd.newCode());
        plans.append(plan, List.of(recoded));
        return Optional.of(recoded);
    }
}
