package cn.wanggezhili.dispatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.kernel.StaffRef;

/**
 * What happens to a task. Every event names the grid code of the unit the task sits on after it, so readers can
 * place it in the tree (and scope it, CloudEvents {@code gridcode}) without asking.
 */
public sealed interface TaskEvent {

    TaskId taskId();

    String code();

    /**
     * A task arises on the unit of origin. {@code reporter} is null when a resident raised it; {@code reporterNote}
     * may hold a resident's contact, so {@link #toString} leaves the free text out.
     */
    record TaskCreated(TaskId taskId, String code, String typeCode, String title, String description, TaskSource source,
                       Priority priority, StaffRef reporter, String reporterNote, Instant dueAt,
                       Map<String, String> attributes) implements TaskEvent {

        @Override
        public String toString() {
            return "TaskCreated[taskId=" + taskId + ", code=" + code + ", typeCode=" + typeCode + ", source=" + source
                    + ", priority=" + priority + ", dueAt=" + dueAt + "]";
        }
    }

    /** The assignee owns the task from now on (首问责任制) until it is handed over or escalated. */
    record TaskAssigned(TaskId taskId, String code, StaffRef assignee, Instant at) implements TaskEvent {
    }

    record TaskAccepted(TaskId taskId, String code, StaffRef by, Instant at) implements TaskEvent {
    }

    record TaskStarted(TaskId taskId, String code, StaffRef by, Instant at) implements TaskEvent {
    }

    /** Done by the owner, awaiting verification; {@code evidence} holds references (photo ids), never the files. */
    record TaskCompleted(TaskId taskId, String code, StaffRef by, String result, String notes, List<String> evidence,
                         Instant at) implements TaskEvent {
    }

    /** The verifier sends completed work back; the task is in progress again with the same owner. */
    record TaskReturned(TaskId taskId, String code, StaffRef by, String reason, Instant at) implements TaskEvent {
    }

    /**
     * Verified and closed on the unit {@code closedAtLevelCode}; {@code closedAtOrigin} when it never left its unit.
     * Who completed it and whether that was before the due time in force travel along, so that scoring can credit the
     * work from this one event.
     */
    record TaskClosed(TaskId taskId, String code, String typeCode, StaffRef completedBy, boolean completedOnTime,
                      StaffRef verifiedBy, String closedAtLevelCode, boolean closedAtOrigin, Instant at)
            implements TaskEvent {
    }

    record TaskCancelled(TaskId taskId, String code, StaffRef by, String reason, Instant at) implements TaskEvent {
    }

    record TaskHandedOver(TaskId taskId, String code, StaffRef from, StaffRef to, String note, Instant at)
            implements TaskEvent {
    }

    /** Moved one level up from {@code fromCode} to {@code code}; {@code newOwner} is null when nobody covers it. */
    record TaskEscalated(TaskId taskId, String code, String fromCode, StaffRef newOwner, Instant newDueAt, Instant at)
            implements TaskEvent {
    }

    record TaskFlaggedAsDuplicate(TaskId taskId, String code, TaskId likelyDuplicateOf, Instant at) implements TaskEvent {
    }

    /** Merged into another task: this one ends cancelled and points at {@code into}. */
    record TaskMerged(TaskId taskId, String code, TaskId into, StaffRef by, Instant at) implements TaskEvent {
    }

    /**
     * The registry gave a unit the task sits on, arose on or left by escalation a new code (the unit moved): every
     * {@code oldCode} in the task's history of units reads {@code newCode} from now on; {@code code} is the current unit.
     */
    record TaskUnitRecoded(TaskId taskId, String code, String oldCode, String newCode, Instant at) implements TaskEvent {
    }

    /**
     * The matter went to the mediation studio as case {@code caseId} (mediation registered a case from this task): the
     * task waits for the case and does not fall overdue or escalate meanwhile.
     */
    record TaskReferredToMediation(TaskId taskId, String code, UUID caseId, Instant at) implements TaskEvent {
    }

    /**
     * The case ended with {@code outcome} (mediation's word: AGREEMENT, FAILED, WITHDRAWN) and the task closes with it;
     * {@code closedAtOrigin} when it never left its unit. Not a {@link TaskClosed}: nobody completed or verified it.
     */
    record TaskClosedByMediation(TaskId taskId, String code, UUID caseId, String outcome, boolean closedAtOrigin,
                                 Instant at) implements TaskEvent {
    }

    /** The studio declined the case: the task goes back to {@code owner} (null: to be assigned) with its due time. */
    record TaskReturnedFromMediation(TaskId taskId, String code, UUID caseId, StaffRef owner, Instant at)
            implements TaskEvent {
    }
}
