package cn.wanggezhili.dispatch.domain;

import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.ALREADY_ESCALATED_FROM_LEVEL;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.NOT_AN_ANCESTOR;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.NOT_OVERDUE;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.TOP_LEVEL_REACHED;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;

/**
 * "Small matters stay in the grid cell, big matters stay in the network" (小事不出格，大事不出网): an open task the
 * level it sits on did not finish in time moves one level up, once per level, and stops at the county, whose
 * operations centre is the top of the network.
 */
public final class Escalation {

    /** No level gets less than this to act on an escalated task, however short the type's deadline. */
    public static final Duration SHORTEST_DEADLINE = Duration.ofHours(1);

    /** Where an overdue task goes: the unit {@code target}, to {@code taker} (null when nobody there takes it). */
    public record Step(GridCode target, StaffRef taker) {
    }

    private Escalation() {
    }

    /**
     * Where an overdue open task goes now: the nearest level above it with someone to take it (levels with nobody are
     * skipped); with nobody anywhere up to the county, the level just above, without an owner. Empty when the task is
     * not to move: final, not overdue, or at the county already.
     */
    public static Optional<Step> nextStep(Task task, Instant now, EscalationTakers takers) {
        Optional<GridCode> parent = task.code().parent();
        if (!task.isOpen() || !task.isOverdue(now) || parent.isEmpty() || task.code().depth() <= GridCode.COUNTY_DEPTH) {
            return Optional.empty();
        }
        for (Optional<GridCode> level = parent; level.isPresent() && level.get().depth() >= GridCode.COUNTY_DEPTH;
             level = level.get().parent()) {
            Optional<StaffRef> taker = takers.at(level.get());
            if (taker.isPresent()) {
                return Optional.of(new Step(level.get(), taker.get()));
            }
        }
        return Optional.of(new Step(parent.get(), null));
    }

    /** The level above gets half the time the priority gave the level below, at least an hour. */
    public static Duration nextDeadline(Priority priority, Duration typeDefault) {
        Duration half = priority.deadlineFor(typeDefault).dividedBy(2);
        return half.compareTo(SHORTEST_DEADLINE) < 0 ? SHORTEST_DEADLINE : half;
    }

    /** Refuses moving {@code task} (open, not completed) to {@code parentUnit} at {@code now} unless the rules allow it. */
    static void check(Task task, GridCode parentUnit, Instant now) {
        if (alreadyEscalatedTo(task, parentUnit)) {
            // a scheduler working from a stale view asks again for a move already made: refuse, do not move twice
            throw new TaskRuleViolation(ALREADY_ESCALATED_FROM_LEVEL, "parentCode",
                    "task " + task.id() + " has already been escalated from the level below " + parentUnit);
        }
        if (task.code().depth() <= GridCode.COUNTY_DEPTH) { // nothing escalates above the county
            throw new TaskRuleViolation(TOP_LEVEL_REACHED, "code", "task " + task.id() + " is at the county, the top level");
        }
        if (parentUnit.equals(task.code()) || !parentUnit.contains(task.code())) {
            // usually the level just above; the caller may skip levels where nobody could take the task
            throw new TaskRuleViolation(NOT_AN_ANCESTOR, "parentCode",
                    "a task on " + task.code() + " escalates to a unit above it, not to " + parentUnit);
        }
        if (!task.isOverdue(now)) {
            throw new TaskRuleViolation(NOT_OVERDUE, "dueAt", "task " + task.id() + " is due at " + task.dueAt());
        }
    }

    private static boolean alreadyEscalatedTo(Task task, GridCode parentUnit) {
        return task.escalatedFrom().contains(task.code().value()) || task.escalatedFrom().stream()
                .anyMatch(from -> new GridCode(from).parent().map(p -> p.equals(parentUnit)).orElse(false));
    }
}
