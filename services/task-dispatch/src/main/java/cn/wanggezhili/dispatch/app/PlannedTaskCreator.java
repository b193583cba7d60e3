package cn.wanggezhili.dispatch.app;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanRunDone;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.dispatch.domain.Priority;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskSource;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.web.LocalPeriod;
import org.jboss.logging.Logger;

/**
 * Runs one plan for the period a day falls in: one task per lowest-level unit under the plan's unit, routed like
 * any task to the staff covering it. The run and its tasks commit in one transaction, the run appended first at
 * the plan's version: a second instance running the same plan waits on that version, gets a conflict and rolls
 * back without creating anything, so each period's tasks exist once.
 */
@ApplicationScoped
public class PlannedTaskCreator {

    @Inject
    TaskTypes taskTypes;

    private static final Logger LOG = Logger.getLogger(PlannedTaskCreator.class);

    @Inject
    Plans plans;

    @Inject
    Tasks tasks;

    @Inject
    StaffDirectory staff;

    @Inject
    LowestLevelUnits units;

    /**
     * The run recorded, or empty when the plan has nothing due on {@code day} (stopped, not started, already run).
     * A street office has a thousand micro-grids: the transaction gets more than the default minute.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public Optional<PlanRunDone> runIfDue(PlanId id, LocalDate day) {
        Plan plan = plans.plan(id);
        if (!plan.isDueOn(day)) {
            return Optional.empty();
        }
        List<GridCode> targets = units.under(plan.code());
        PlanRunDone run = plan.run(day, targets.size());
        plans.append(plan, List.of(run));
        Instant now = tasks.now();
        TaskType type = periodType(plan, day, now);
        for (GridCode unit : targets) {
            create(plan, type, unit, run.periodKey(), now);
        }
        LOG.infof("plan %s ran for %s on %s: %d tasks", plan.id(), run.periodKey(), plan.code(), run.tasksCreated());
        return Optional.of(run);
    }

    private void create(Plan plan, TaskType type, GridCode unit, String periodKey, Instant now) {
        List<TaskEvent> events = new ArrayList<>();
        events.add(Task.create(tasks.newId(), unit, type, plan.taskTitle(periodKey), "由工作计划 " + plan.id() + " 生成",
                TaskSource.PLAN, Priority.NORMAL, plan.createdBy(), null, Map.of(), now));
        Optional<StaffRef> owner = staff.handlerFor(unit);
        if (owner.isPresent()) {
            events.add(Task.replay(events).assign(owner.get(), now));
        }
        tasks.append(Task.NONE, events);
    }

    /**
     * The plan's type with the deadline of this period (see {@link Plan#taskDeadline}): Task.create takes the
     * deadline from the type, so a planned task gets a copy whose default deadline ends with the period.
     */
    private TaskType periodType(Plan plan, LocalDate day, Instant now) {
        TaskType type = taskTypes.byCode(plan.typeCode()).orElseThrow();
        Instant periodEnd = plan.cadence().nextPeriodStart(day).atStartOfDay(LocalPeriod.ZONE).toInstant();
        Duration deadline = Plan.taskDeadline(type.defaultDeadline(), now, periodEnd);
        return new TaskType(type.code(), type.nameZh(), type.nameEn(), deadline, Priority.NORMAL, type.attributes());
    }
}
