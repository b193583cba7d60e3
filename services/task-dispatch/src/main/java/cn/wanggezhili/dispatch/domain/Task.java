package cn.wanggezhili.dispatch.domain;

import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.MERGE_INTO_SELF;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.NOT_A_DUPLICATE_CANDIDATE;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.NOT_ON_UNIT;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.NOT_THE_OWNER;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.REASON_REQUIRED;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.RESULT_REQUIRED;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.SAME_OWNER;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.TASK_CANCELLED;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.TASK_CLOSED;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.TITLE_REQUIRED;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.VERIFIER_IS_OWNER;
import static cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule.WRONG_STATUS;
import static cn.wanggezhili.dispatch.domain.TaskStatus.ACCEPTED;
import static cn.wanggezhili.dispatch.domain.TaskStatus.ASSIGNED;
import static cn.wanggezhili.dispatch.domain.TaskStatus.CANCELLED;
import static cn.wanggezhili.dispatch.domain.TaskStatus.CLOSED;
import static cn.wanggezhili.dispatch.domain.TaskStatus.COMPLETED;
import static cn.wanggezhili.dispatch.domain.TaskStatus.CREATED;
import static cn.wanggezhili.dispatch.domain.TaskStatus.IN_MEDIATION;
import static cn.wanggezhili.dispatch.domain.TaskStatus.IN_PROGRESS;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAccepted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAssigned;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCancelled;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosed;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosedByMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCompleted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCreated;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskEscalated;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskFlaggedAsDuplicate;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskHandedOver;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskMerged;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReferredToMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReturned;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReturnedFromMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskStarted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskUnitRecoded;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;

/**
 * A task, rebuilt from its events. Methods named after commands check the rules and return the new event; they
 * change nothing. {@link #evolve} applies an event to give the next state. {@code code} is the unit the task sits
 * on now, {@code originCode} the one it arose on; {@code escalatedFrom} the codes it has left by escalation.
 */
public record Task(TaskId id, GridCode code, GridCode originCode, String typeCode, TaskStatus status, Priority priority,
                   StaffRef owner, StaffRef completedBy, Instant completedAt, Instant dueAt, Set<String> escalatedFrom,
                   TaskId duplicateOf, int version) {

    public static final Task NONE = new Task(null, null, null, null, null, null, null, null, null, null, Set.of(), null, 0);

    public Task {
        escalatedFrom = escalatedFrom == null ? Set.of() : Set.copyOf(escalatedFrom);
    }

    public static Task replay(List<TaskEvent> events) {
        Task task = NONE;
        for (TaskEvent e : events) {
            task = task.evolve(e);
        }
        return task;
    }

    public boolean exists() {
        return id != null;
    }

    /** A new task on {@code unit}, due after the type's deadline scaled by the priority (the type's when null). */
    public static TaskCreated create(TaskId id, GridCode unit, TaskType type, String title, String description,
                                     TaskSource source, Priority priority, StaffRef reporter, String reporterNote,
                                     Map<String, String> attributes, Instant now) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            throw new TaskRuleViolation(TITLE_REQUIRED, "title", "a title of 1 to 200 characters is required");
        }
        Map<String, String> recorded = type.checkAttributes(attributes);
        Priority p = priority == null ? type.defaultPriority() : priority;
        String note = reporterNote == null || reporterNote.isBlank() ? null : reporterNote.strip();
        return new TaskCreated(id, unit.value(), type.code(), title.strip(), orEmpty(description), source, p, reporter,
                note, now.plus(p.deadlineFor(type.defaultDeadline())), recorded);
    }

    /** The first owner; afterwards the owner changes only by {@link #handOver} or {@link #escalate}. */
    public TaskAssigned assign(StaffRef owner, Instant now) {
        requireStatus("assign", CREATED);
        return new TaskAssigned(id, code.value(), Objects.requireNonNull(owner, "owner"), now);
    }

    public TaskAccepted accept(StaffRef by, Instant now) {
        requireStatus("accept", ASSIGNED);
        requireOwner(by, "by");
        return new TaskAccepted(id, code.value(), by, now);
    }

    public TaskStarted start(StaffRef by, Instant now) {
        requireStatus("start", ACCEPTED);
        requireOwner(by, "by");
        return new TaskStarted(id, code.value(), by, now);
    }

    public TaskCompleted complete(StaffRef by, String result, String notes, List<String> evidence, Instant now) {
        requireStatus("complete", IN_PROGRESS);
        requireOwner(by, "by");
        String r = requireText(result, RESULT_REQUIRED, "result", "say what was done");
        return new TaskCompleted(id, code.value(), by, r, orEmpty(notes), evidence == null ? List.of() : List.copyOf(evidence), now);
    }

    /** Sending work back is a verifier's judgement, so whoever completed it may not do it either. */
    public TaskReturned returnForRework(StaffRef by, String reason, Instant now) {
        requireStatus("return", COMPLETED);
        requireVerifier(by, "by");
        return new TaskReturned(id, code.value(), by, requireText(reason, REASON_REQUIRED, "reason", "say what to redo"), now);
    }

    public TaskClosed close(StaffRef verifier, Instant now) {
        requireStatus("close", COMPLETED);
        requireVerifier(verifier, "verifier");
        return new TaskClosed(id, code.value(), typeCode, completedBy, !completedAt.isAfter(dueAt), verifier, code.value(),
                code.equals(originCode), now);
    }

    public TaskCancelled cancel(StaffRef by, String reason, Instant now) {
        requireNotFinal();
        return new TaskCancelled(id, code.value(), by, requireText(reason, REASON_REQUIRED, "reason", "say why"), now);
    }

    /** First-inquiry responsibility (首问责任制): only the owner lets go of a task, and only to somebody else. */
    public TaskHandedOver handOver(StaffRef from, StaffRef to, String note, Instant now) {
        requireStatus("hand over", ASSIGNED, ACCEPTED, IN_PROGRESS);
        requireOwner(from, "from");
        if (from.isSamePersonAs(to)) {
            throw new TaskRuleViolation(SAME_OWNER, "to", "the task is already theirs");
        }
        return new TaskHandedOver(id, code.value(), from, Objects.requireNonNull(to, "to"), orEmpty(note), now);
    }

    /** Moves an overdue task one level up, see {@link Escalation}; {@code newOwner} is null when nobody covers it. */
    public TaskEscalated escalate(GridCode parentUnit, StaffRef newOwner, Duration nextDeadline, Instant now) {
        requireStatus("escalate", CREATED, ASSIGNED, ACCEPTED, IN_PROGRESS);
        Escalation.check(this, parentUnit, now);
        if (nextDeadline.isNegative() || nextDeadline.isZero()) {
            throw new IllegalArgumentException("the level above needs a positive deadline, see Escalation.nextDeadline");
        }
        return new TaskEscalated(id, parentUnit.value(), code.value(), newOwner, now.plus(nextDeadline), now);
    }

    public TaskFlaggedAsDuplicate flagAsDuplicateOf(TaskId other, Instant now) {
        requireNotFinal();
        if (id.equals(other)) {
            throw new TaskRuleViolation(NOT_A_DUPLICATE_CANDIDATE, "likelyDuplicateOf", "a task is no duplicate of itself");
        }
        return new TaskFlaggedAsDuplicate(id, code.value(), Objects.requireNonNull(other, "other"), now);
    }

    /** The task ends cancelled, pointing at the one that carries on the matter. */
    public TaskMerged mergeInto(TaskId other, StaffRef by, Instant now) {
        requireNotFinal();
        if (id.equals(other)) {
            throw new TaskRuleViolation(MERGE_INTO_SELF, "into", "a task cannot merge into itself");
        }
        return new TaskMerged(id, code.value(), Objects.requireNonNull(other, "other"), by, now);
    }

    /**
     * Mediation registered case {@code caseId} from this task: the studio carries the matter on. Work already reported
     * done stays with its verifier.
     */
    public TaskReferredToMediation referToMediation(UUID caseId, Instant now) {
        requireStatus("refer to mediation", CREATED, ASSIGNED, ACCEPTED, IN_PROGRESS);
        return new TaskReferredToMediation(id, code.value(), Objects.requireNonNull(caseId, "caseId"), now);
    }

    /** The case the task was referred to ended with {@code outcome} (agreement, failure, withdrawal): the task closes. */
    public TaskClosedByMediation closeByMediation(UUID caseId, String outcome, Instant now) {
        requireStatus("close by mediation", IN_MEDIATION);
        return new TaskClosedByMediation(id, code.value(), Objects.requireNonNull(caseId, "caseId"),
                Objects.requireNonNull(outcome, "outcome"), code.equals(originCode), now);
    }

    /** The studio declined the case: the owner has the task again, due when it was. */
    public TaskReturnedFromMediation returnFromMediation(UUID caseId, Instant now) {
        requireStatus("return from mediation", IN_MEDIATION);
        return new TaskReturnedFromMediation(id, code.value(), Objects.requireNonNull(caseId, "caseId"), owner, now);
    }

    /**
     * Past due and nobody has reported it done; completed work awaiting verification is not overdue, nor is a matter
     * the mediation studio has.
     */
    public boolean isOverdue(Instant now) {
        return exists() && status.runsAgainstDeadline() && now.isAfter(dueAt);
    }

    /**
     * Whether the registry's move of the unit {@code oldCode} still concerns this task: it is open and sits on that
     * unit, arose on it or escalated from it (once followed, the old code is nowhere on the task).
     */
    public boolean followsMoveOf(GridCode oldCode) {
        return isOpen() && (code.equals(oldCode) || originCode.equals(oldCode) || escalatedFrom.contains(oldCode.value()));
    }

    /**
     * Follows a unit of the task's that the registry recoded ({@code oldCode} → {@code newCode}); only open tasks
     * follow, closed ones keep the codes they closed under.
     */
    public TaskUnitRecoded followRecodedUnit(GridCode oldCode, GridCode newCode, Instant now) {
        requireNotFinal();
        if (!code.equals(oldCode) && !originCode.equals(oldCode) && !escalatedFrom.contains(oldCode.value())) {
            throw new TaskRuleViolation(NOT_ON_UNIT, "oldCode", "task " + id + " never sat on " + oldCode.value());
        }
        GridCode current = code.equals(oldCode) ? newCode : code;
        return new TaskUnitRecoded(id, current.value(), oldCode.value(), newCode.value(), now);
    }

    public boolean isOpen() {
        return exists() && !status.isFinal();
    }

    public Task evolve(TaskEvent event) {
        // an exhaustive switch over the sealed TaskEvent: a new event type fails compilation until it is handled here
        return switch (event) {
            case TaskCreated e -> created(e);
            case TaskEscalated e -> escalated(e);
            case TaskUnitRecoded e -> unitRecoded(e);
            case TaskFlaggedAsDuplicate e -> new Task(id, code, originCode, typeCode, status, priority, owner, completedBy,
                    completedAt, dueAt, escalatedFrom, e.likelyDuplicateOf(), version + 1);
            case TaskMerged e -> new Task(id, code, originCode, typeCode, CANCELLED, priority, owner, completedBy,
                    completedAt, dueAt, escalatedFrom, e.into(), version + 1);
            // events that move the status on and may change who owns or completed the task
            case TaskAssigned e -> next(ASSIGNED, e.assignee(), null, null);
            case TaskHandedOver e -> next(status, e.to(), completedBy, completedAt);
            case TaskAccepted e -> next(ACCEPTED, owner, null, null);
            case TaskStarted e -> next(IN_PROGRESS, owner, null, null);
            case TaskReturned e -> next(IN_PROGRESS, owner, null, null);
            case TaskCompleted e -> next(COMPLETED, owner, e.by(), e.at());
            case TaskClosed e -> next(CLOSED, owner, completedBy, completedAt);
            case TaskCancelled e -> next(CANCELLED, owner, completedBy, completedAt);
            case TaskReferredToMediation e -> next(IN_MEDIATION, owner, null, null);
            case TaskClosedByMediation e -> next(CLOSED, owner, null, null);
            case TaskReturnedFromMediation e -> next(e.owner() == null ? CREATED : ASSIGNED, e.owner(), null, null);
        };
    }

    private static Task created(TaskCreated e) {
        GridCode origin = new GridCode(e.code());
        return new Task(e.taskId(), origin, origin, e.typeCode(), CREATED, e.priority(), null, null, null, e.dueAt(), Set.of(),
                null, 1);
    }

    private Task escalated(TaskEscalated e) {
        Set<String> left = new HashSet<>(escalatedFrom);
        left.add(e.fromCode());
        return new Task(id, new GridCode(e.code()), originCode, typeCode, e.newOwner() == null ? CREATED : ASSIGNED,
                priority, e.newOwner(), null, null, e.newDueAt(), left, duplicateOf, version + 1);
    }

    private Task unitRecoded(TaskUnitRecoded e) {
        Set<String> left = new HashSet<>(escalatedFrom);
        if (left.remove(e.oldCode())) {
            left.add(e.newCode());
        }
        return new Task(id, new GridCode(e.code()), originCode.value().equals(e.oldCode()) ? new GridCode(e.newCode()) : originCode,
                typeCode, status, priority, owner, completedBy, completedAt, dueAt, left, duplicateOf, version + 1);
    }

    private Task next(TaskStatus nextStatus, StaffRef nextOwner, StaffRef nextCompletedBy, Instant nextCompletedAt) {
        return new Task(id, code, originCode, typeCode, nextStatus, priority, nextOwner, nextCompletedBy, nextCompletedAt,
                dueAt, escalatedFrom, duplicateOf, version + 1);
    }

    private void requireStatus(String action, TaskStatus... allowed) {
        requireNotFinal();
        if (!List.of(allowed).contains(status)) {
            throw new TaskRuleViolation(WRONG_STATUS, "status", "cannot " + action + " task " + id + " while it is " + status);
        }
    }

    private void requireNotFinal() {
        if (status == CLOSED) {
            throw new TaskRuleViolation(TASK_CLOSED, "status", "task " + id + " is closed");
        }
        if (status == CANCELLED) {
            throw new TaskRuleViolation(TASK_CANCELLED, "status", "task " + id + " is cancelled");
        }
    }

    private void requireOwner(StaffRef staff, String field) {
        if (owner == null || !owner.isSamePersonAs(staff)) {
            throw new TaskRuleViolation(NOT_THE_OWNER, field, "only the task's owner may do this");
        }
    }

    private void requireVerifier(StaffRef verifier, String field) {
        if (Objects.requireNonNull(verifier, field).isSamePersonAs(completedBy)) {
            throw new TaskRuleViolation(VERIFIER_IS_OWNER, field, "whoever completed the task may not verify it");
        }
    }

    private static String requireText(String text, TaskRuleViolation.Rule rule, String field, String message) {
        if (text == null || text.isBlank()) {
            throw new TaskRuleViolation(rule, field, message);
        }
        return text.strip();
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }
}
