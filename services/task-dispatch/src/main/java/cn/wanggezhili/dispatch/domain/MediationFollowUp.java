package cn.wanggezhili.dispatch.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A dispute task follows the case mediation opened from it (爱家调解工作室): it waits in mediation while the case
 * runs, closes when the case ends in an agreement, a failure or a withdrawal, and goes back to its owner when the
 * studio declines the case.
 */
public final class MediationFollowUp {

    /** Mediation's outcome of a case the studio did not take on. */
    public static final String DECLINED = "DECLINED";

    private MediationFollowUp() {
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
