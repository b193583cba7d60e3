package cn.wanggezhili.dispatch.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.Cadence;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.dispatch.domain.Priority;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.gridcode.GridCode;

/** Task dispatch's commands, as the application layer receives them (already parsed, not yet checked). */
public final class Commands {

    private Commands() {
    }

    /**
     * A new task: a grid worker's report from the field, a resident's report, or a dispatch from above.
     * {@code assigneeUsername} lets a dispatcher choose the owner; otherwise routing does.
     */
    public record ReportTask(String typeCode, GridCode unitCode, String title, String description, Priority priority,
                             Map<String, String> attributes, String reporterNote, String assigneeUsername) {

        @Override
        public String toString() {
            // the free texts may hold a resident's contact: never in a log line
            return "ReportTask[typeCode=" + typeCode + ", unitCode=" + unitCode + "]";
        }
    }

    public record AcceptTask(TaskId taskId) {
    }

    public record StartTask(TaskId taskId) {
    }

    /** {@code evidence} holds references (photo ids), never the files. */
    public record CompleteTask(TaskId taskId, String result, String notes, List<String> evidence) {
    }

    public record ReturnTaskForRework(TaskId taskId, String reason) {
    }

    /** Verification closes the task at the level it sits on now (small matters close in the grid). */
    public record CloseTask(TaskId taskId) {
    }

    public record CancelTask(TaskId taskId, String reason) {
    }

    /** An explicit handover: the only way, besides escalation, that a task changes owner. */
    public record HandOverTask(TaskId taskId, String toUsername, String note) {
    }

    /** A duplicate report merged into the open task {@code into} that it repeats. */
    public record MergeTask(TaskId taskId, TaskId into) {
    }

    /** A county's own task type. */
    public record AddTaskType(TaskType type) {
    }

    /** A new work plan on the subtree of {@code code}; {@code startsOn} null means today (local). */
    public record CreatePlan(GridCode code, String typeCode, String titleZh, Cadence cadence, LocalDate startsOn) {
    }

    public record StopPlan(PlanId planId) {
    }

    /** The scheduler's: escalate the task one level if it is (still) overdue. */
    public record EscalateOverdueTask(TaskId taskId) {
    }

    /** The scheduler's: run the plan for the period {@code day} falls in, if that period still waits for its tasks. */
    public record RunPlan(PlanId planId, LocalDate day) {
    }

    /** The inbox's: the task follows case {@code caseId}, which mediation opened from it ({@code outcome} once ended). */
    public record FollowMediationCase(UUID caseId, TaskId taskId, String outcome) {
    }

    /** The inbox's: the task follows its unit, which the registry recoded {@code oldCode} → {@code newCode}. */
    public record RecodeTask(TaskId taskId, GridCode oldCode, GridCode newCode) {
    }

    /** The inbox's: the plan follows its unit, which the registry recoded {@code oldCode} → {@code newCode}. */
    public record RecodePlan(PlanId planId, GridCode oldCode, GridCode newCode) {
    }
}
