package cn.wanggezhili.dispatch.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.dispatch.domain.TaskStatus;
import cn.wanggezhili.eventstore.ConcurrencyConflict;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.kernel.RuleViolation;
import org.jboss.logging.Logger;

/**
 * Dispute tasks follow the cases mediation opened from them (noted in mediation_link by the consumer): the task waits
 * in mediation while its case runs, closes when the case ends in an agreement, a failure or a withdrawal, and goes
 * back to its owner when the studio declines it. One task per transaction, each append its transaction's first
 * write; safe to run in every instance at once.
 */
@ApplicationScoped
public class MediationReferrals {

    static final String DECLINED = "DECLINED";

    private static final Logger LOG = Logger.getLogger(MediationReferrals.class);

    @Inject
    Tasks tasks;

    @Inject
    MediationReferrals self;

    @Scheduled(every = "{dispatch.mediation-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "{dispatch.mediation-interval}")
    void followOnSchedule() {
        followCases();
    }

    /** Returns how many tasks this run changed. */
    public int followCases() {
        int changed = 0;
        for (Link link : pending()) {
            try {
                self.follow(link);
                changed++;
            } catch (ConcurrencyConflict | RuleViolation e) {
                // somebody changed the task meanwhile (the next run looks again), or it is no longer open
                LOG.debugf("task %s not moved along with case %s here: %s", link.taskId(), link.caseId(), e.getMessage());
            }
        }
        return changed;
    }

    @Transactional
    public void follow(Link link) {
        Task task = tasks.task(new TaskId(link.taskId()));
        List<TaskEvent> events = new ArrayList<>();
        if (task.status() != TaskStatus.IN_MEDIATION) {
            events.add(task.referToMediation(link.caseId(), tasks.now()));
        }
        if (link.outcome() != null) {
            Task referred = events.isEmpty() ? task : task.evolve(events.get(0));
            events.add(DECLINED.equals(link.outcome())
                    ? referred.returnFromMediation(link.caseId(), tasks.now())
                    : referred.closeByMediation(link.caseId(), link.outcome(), tasks.now()));
        }
        tasks.append(task, events);
        LOG.infof("task %s follows case %s (%s)", link.taskId(), link.caseId(), link.outcome() == null ? "referred" : link.outcome());
    }

    /**
     * Links whose task has something to do: still with its owner and never referred to this case, or waiting in
     * mediation for a case that has ended. Work reported done, and final tasks, stay as they are.
     */
    private List<Link> pending() {
        return tasks.onConnection(c -> Sql.list(c, """
                select l.case_id, l.task_id, l.outcome from mediation_link l
                  join task_view t on t.id = l.task_id
                 where (t.status in ('CREATED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS') and t.mediation_case_id is null)
                    or (t.status = 'IN_MEDIATION' and l.outcome is not null)
                 order by l.noted_at limit 500
                """, Link::read));
    }

    /** What the consumer noted: case {@code caseId} from task {@code taskId}, {@code outcome} once it ended. */
    public record Link(UUID caseId, UUID taskId, String outcome) {
        static Link read(ResultSet rs) throws SQLException {
            return new Link(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3));
        }
    }
}
