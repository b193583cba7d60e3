package cn.wanggezhili.dispatch.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.app.Commands.FollowMediationCase;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.eventstore.ConcurrencyConflict;
import cn.wanggezhili.kernel.RuleViolation;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import org.jboss.logging.Logger;

/**
 * Dispute tasks follow the cases mediation opened from them (noted in mediation_link by the consumer): the task waits
 * in mediation while its case runs, closes when the case ends in an agreement, a failure or a withdrawal, and goes
 * back to its owner when the studio declines it. Each task in a transaction of its own
 * ({@link FollowMediationCaseHandler}); safe to run in every instance at once.
 */
@ApplicationScoped
public class MediationReferrals {

    private static final Logger LOG = Logger.getLogger(MediationReferrals.class);

    @Inject
    Database database;

    @Inject
    FollowMediationCaseHandler follow;

    @Scheduled(every = "{dispatch.mediation-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "{dispatch.mediation-interval}")
    void followOnSchedule() {
        followCases();
    }

    /** Returns how many tasks this run changed. */
    public int followCases() {
        int changed = 0;
        for (FollowMediationCase link : pending()) {
            try {
                follow.handle(link);
                changed++;
            } catch (ConcurrencyConflict | RuleViolation e) {
                // somebody changed the task meanwhile (the next run looks again), or it is no longer open
                LOG.debugf("task %s not moved along with case %s here: %s", link.taskId(), link.caseId(), e.getMessage());
            }
        }
        return changed;
    }

    /**
     * Links whose task has something to do: still with its owner and never referred to this case, or waiting in
     * mediation for a case that has ended. Work reported done, and final tasks, stay as they are.
     */
    private List<FollowMediationCase> pending() {
        return database.run(c -> Sql.list(c, """
                select l.case_id, l.task_id, l.outcome from mediation_link l
                  join task_view t on t.id = l.task_id
                 where (t.status in ('CREATED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS') and t.mediation_case_id is null)
                    or (t.status = 'IN_MEDIATION' and l.outcome is not null)
                 order by l.noted_at limit 500
                """, MediationReferrals::link));
    }

    /** What the consumer noted: the case, the task it was opened from, and its outcome once it ended. */
    private static FollowMediationCase link(ResultSet rs) throws SQLException {
        return new FollowMediationCase(rs.getObject(1, UUID.class), new TaskId(rs.getObject(2, UUID.class)), rs.getString(3));
    }
}
