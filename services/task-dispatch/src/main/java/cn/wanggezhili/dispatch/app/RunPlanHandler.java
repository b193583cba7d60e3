package cn.wanggezhili.dispatch.app;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.dispatch.app.Commands.RunPlan;
import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanRunDone;
import cn.wanggezhili.dispatch.domain.Routing;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.dispatch.domain.TaskSource;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.web.LocalPeriod;
import org.jboss.logging.Logger;

/**
 * Runs one plan for the period a day falls in: one task per lowest-level unit under the plan's unit, routed like
 * any task to the staff covering it. The run and its tasks commit in one transaction, the run appended first at
 * the plan's version: a second instance running the same plan waits on that version, gets a conflict and rolls
 * back without creating anything, so each period's tasks exist once.
 */
@ApplicationScoped
public class RunPlanHandler {

    private static final Logger LOG = Logger.getLogger(RunPlanHandler.class);

    @Inject
    TaskTypes taskTypes;

    @Inject
    AggregateRepository<Plan, PlanEvent> plans;

    @Inject
    AggregateRepository<Task, TaskEvent> tasks;

    @Inject
    StaffDirectory staff;

    @Inject
    LowestLevelUnits units;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    /**
     * The run recorded, or empty when the plan has nothing due on the day (stopped, not started, already run).
     * A street office has a thousand micro-grids: the transaction gets more than the default minute.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public Optional<PlanRunDone> handle(RunPlan cmd) {
        Plan plan = plans.require(cmd.planId().value(), "plan");
        if (!plan.isDueOn(cmd.day())) {
            return Optional.empty();
        }
        List<GridCode> targets = units.under(plan.code());
        PlanRunDone run = plan.run(cmd.day(), targets.size());
        plans.append(plan, List.of(run));
        Instant now = clock.instant();
        TaskType type = taskTypes.byCode(plan.typeCode()).orElseThrow();
        Instant periodEnd = plan.cadence().nextPeriodStart(cmd.day()).atStartOfDay(LocalPeriod.ZONE).toInstant();
        for (GridCode unit : targets) {
            create(plan, type, unit, run.periodKey(), now, periodEnd);
        }
        LOG.infof("plan %s ran for %s on %s: %d tasks", plan.id(), run.periodKey(), plan.code(), run.tasksCreated());
        return Optional.of(run);
    }

    private void create(Plan plan, TaskType type, GridCode unit, String periodKey, Instant now, Instant periodEnd) {
        List<TaskEvent> events = new ArrayList<>();
        events.add(plan.plannedTask(new TaskId(ids.get()), unit, type, periodKey, now, periodEnd));
        Optional<StaffRef> owner = Routing.firstOwner(unit, TaskSource.PLAN, plan.createdBy(), null, staff);
        if (owner.isPresent()) {
            events.add(Task.replay(events).assign(owner.get(), now));
        }
        tasks.append(Task.NONE, events);
    }
}
