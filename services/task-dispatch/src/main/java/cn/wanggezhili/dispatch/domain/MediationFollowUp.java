package cn.wanggezhili.dispatch.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A dispute task follows the case mediation opened from it (爱家调解工作室): it waits in mediation while the case
 * runs, closes when the case ends in an agreement, a failure or a withdrawal, and goes back to its owner when the
 * studio declines the case.
 */
public final class MediationFollowUp {

    /** Mediation's outcome of a case the studio did not take on. */
    public static final String DECLINED = "DECLINED";

    /** Where a task may go to mediation from: not once its work is reported done. */
    private static final Set<TaskStatus> REFERABLE =
            EnumSet.of(TaskStatus.CREATED, TaskStatus.ASSIGNED, TaskStatus.ACCEPTED, TaskStatus.IN_PROGRESS);

    private MediationFollowUp() {
    }

    /**
     * What is left to do about case {@code caseId} for a task that went to mediation for case {@code referredTo}
     * before (null: never): a task is referred once, to a case opened from it while its work is not reported done,
     * and then waits for that case alone. So {@link #follow} when the task may still be referred, or waits in
     * mediation for this case and it has ended; nothing otherwise (already followed, reported done, final, or sent
     * to another case).
     */
    public static List<TaskEvent> stillToDo(Task task, UUID referredTo, UUID caseId, String outcome, Instant now) {
        boolean referable = referredTo == null && REFERABLE.contains(task.status());
        boolean ended = task.status() == TaskStatus.IN_MEDIATION && caseId.equals(referredTo) && outcome != null;
        return referable || ended ? follow(task, caseId, outcome, now) : List.of();
    }

    /**
     * What the task does about case {@code caseId}, whose outcome is {@code outcome} (null while it runs): referred
     * to it unless it waits in mediation already, then closed with it or given back once the case has ended.
     */
    public static List<TaskEvent> follow(Task task, UUID caseId, String outcome, Instant now) {
        List<TaskEvent> events = new ArrayList<>();
        if (task.status() != TaskStatus.IN_MEDIATION) {
            events.add(task.referToMediation(caseId, now));
        }
        if (outcome != null) {
            Task referred = events.isEmpty() ? task : task.evolve(events.get(0));
            events.add(DECLINED.equals(outcome)
                    ? referred.returnFromMediation(caseId, now)
                    : referred.closeByMediation(caseId, outcome, now));
        }
        return events;
    }
}
