package cn.wanggezhili.dispatch.domain;

import static cn.wanggezhili.dispatch.domain.PlanRuleViolation.Rule.PERIOD_ALREADY_RUN;
import static cn.wanggezhili.dispatch.domain.PlanRuleViolation.Rule.PLAN_NOT_ON_UNIT;
import static cn.wanggezhili.dispatch.domain.PlanRuleViolation.Rule.PLAN_NOT_STARTED;
import static cn.wanggezhili.dispatch.domain.PlanRuleViolation.Rule.PLAN_STOPPED;
import static cn.wanggezhili.dispatch.domain.PlanRuleViolation.Rule.PLAN_TITLE_REQUIRED;
import static cn.wanggezhili.dispatch.domain.PlanRuleViolation.Rule.TYPE_NOT_PLANNABLE;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanCreated;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanRunDone;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanStopped;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanUnitRecoded;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCreated;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;

/**
 * A work plan (工作计划): work of one type on every lowest-level unit under {@code code}, once per period of its
 * cadence (every micro-grid patrolled daily, every unit visited each quarter). Rebuilt from its events; a run is
 * recorded once per period, so the plan's stream version decides which of several instances creates the tasks.
 * {@code createdBy} (who set the plan) stands as the dispatcher of the tasks it creates.
 */
public record Plan(PlanId id, GridCode code, String typeCode, String titleZh, Cadence cadence, LocalDate startsOn,
                   StaffRef createdBy, boolean stopped, String lastPeriodKey, int version) {

    public static final Plan NONE = new Plan(null, null, null, null, null, null, null, false, null, 0);

    /** Planned work (定期摸排、街面巡查、入户走访、信息采集); incidents and residents' reports arise, nobody schedules them. */
    public static final Set<String> PLANNABLE_TYPES = Set.of("patrol", "household-visit", "survey", "information-collection");

    public static final int TITLE_MAX = 100;

    public static Plan replay(List<PlanEvent> events) {
        Plan plan = NONE;
        for (PlanEvent e : events) {
            plan = plan.evolve(e);
        }
        return plan;
    }

    public boolean exists() {
        return id != null;
    }

    public static PlanCreated create(PlanId id, GridCode code, TaskType type, String titleZh, Cadence cadence,
                                     LocalDate startsOn, StaffRef createdBy) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(cadence, "cadence");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(createdBy, "createdBy");
        if (!PLANNABLE_TYPES.contains(type.code())) {
            throw new PlanRuleViolation(TYPE_NOT_PLANNABLE, "typeCode", "plans schedule " + String.join(", ",
                    PLANNABLE_TYPES.stream().sorted().toList()) + " only, not " + type.code());
        }
        if (titleZh == null || titleZh.isBlank() || titleZh.strip().length() > TITLE_MAX) {
            throw new PlanRuleViolation(PLAN_TITLE_REQUIRED, "titleZh", "a title of 1 to " + TITLE_MAX + " characters is required");
        }
        return new PlanCreated(id, code.value(), type.code(), titleZh.strip(), cadence, startsOn, createdBy);
    }

    /** Whether the period {@code day} falls in still waits for its tasks. */
    public boolean isDueOn(LocalDate day) {
        return exists() && !stopped && !day.isBefore(startsOn) && isLaterThanLastRun(cadence.periodKey(day));
    }

    /** Records the run for the period {@code day} falls in, which creates {@code tasksCreated} tasks; once per period. */
    public PlanRunDone run(LocalDate day, int tasksCreated) {
        if (tasksCreated < 0) {
            throw new IllegalArgumentException("tasksCreated must not be negative");
        }
        requireActive();
        if (day.isBefore(startsOn)) {
            throw new PlanRuleViolation(PLAN_NOT_STARTED, "startsOn", "plan " + id + " starts on " + startsOn);
        }
        String periodKey = cadence.periodKey(day);
        if (!isLaterThanLastRun(periodKey)) {
            // a second instance, or a retry from a stale view, asks again: the tasks exist already
            throw new PlanRuleViolation(PERIOD_ALREADY_RUN, "periodKey", "plan " + id + " has run for " + lastPeriodKey);
        }
        return new PlanRunDone(id, code.value(), periodKey, tasksCreated);
    }

    public PlanStopped stop(StaffRef by) {
        requireActive();
        return new PlanStopped(id, code.value(), Objects.requireNonNull(by, "by"));
    }

    /** Whether the registry's move of the unit {@code oldCode} still concerns this plan: active and on that unit. */
    public boolean followsMoveOf(GridCode oldCode) {
        return exists() && !stopped && code.equals(oldCode);
    }

    /** Follows its unit to the code the registry gave it; a stopped plan keeps the code it stopped under. */
    public PlanUnitRecoded followRecodedUnit(GridCode oldCode, GridCode newCode) {
        requireActive();
        if (!code.equals(oldCode)) {
            throw new PlanRuleViolation(PLAN_NOT_ON_UNIT, "oldCode", "plan " + id + " covers " + code.value());
        }
        return new PlanUnitRecoded(id, newCode.value(), oldCode.value());
    }

    /** The title a task of the period gets: the plan's, with the period, so each day's patrol reads apart. */
    public String taskTitle(String periodKey) {
        return titleZh + "（" + periodKey + "）";
    }

    /**
     * A planned task is due when its period ends, but never sooner than its type's own deadline: a run late in the
     * day still leaves a patrol its day, and a quarterly visit gets the quarter rather than a week.
     */
    public static Duration taskDeadline(Duration typeDeadline, Instant now, Instant periodEnd) {
        Duration left = Duration.between(now, periodEnd);
        return left.compareTo(typeDeadline) > 0 ? left : typeDeadline;
    }

    /**
     * The period's task on {@code unit}: the plan's title with the period, dispatched by whoever set the plan, at
     * normal priority, due when the period ends ({@code periodEnd}) but never sooner than the type's own deadline.
     */
    public TaskCreated plannedTask(TaskId taskId, GridCode unit, TaskType type, String periodKey, Instant now, Instant periodEnd) {
        // Task.create takes the deadline from the type, so the task gets a copy whose deadline ends with the period
        TaskType ofPeriod = new TaskType(type.code(), type.nameZh(), type.nameEn(),
                taskDeadline(type.defaultDeadline(), now, periodEnd), Priority.NORMAL, type.attributes());
        return Task.create(taskId, unit, ofPeriod, taskTitle(periodKey), "由工作计划 " + id + " 生成", TaskSource.PLAN,
                Priority.NORMAL, createdBy, null, Map.of(), now);
    }

    public Plan evolve(PlanEvent event) {
        // an exhaustive switch over the sealed PlanEvent: a new event type fails compilation until it is handled here
        return switch (event) {
            case PlanCreated e -> new Plan(e.planId(), new GridCode(e.code()), e.typeCode(), e.titleZh(), e.cadence(),
                    e.startsOn(), e.createdBy(), false, null, 1);
            case PlanRunDone e -> new Plan(id, code, typeCode, titleZh, cadence, startsOn, createdBy, stopped, e.periodKey(),
                    version + 1);
            case PlanUnitRecoded e -> new Plan(id, new GridCode(e.code()), typeCode, titleZh, cadence, startsOn, createdBy,
                    stopped, lastPeriodKey, version + 1);
            case PlanStopped e -> new Plan(id, code, typeCode, titleZh, cadence, startsOn, createdBy, true, lastPeriodKey,
                    version + 1);
        };
    }

    private boolean isLaterThanLastRun(String periodKey) {
        // keys of one cadence sort in time order (see Cadence), so an earlier period never runs after a later one
        return lastPeriodKey == null || periodKey.compareTo(lastPeriodKey) > 0;
    }

    private void requireActive() {
        if (stopped) {
            throw new PlanRuleViolation(PLAN_STOPPED, "status", "plan " + id + " is stopped");
        }
    }
}
