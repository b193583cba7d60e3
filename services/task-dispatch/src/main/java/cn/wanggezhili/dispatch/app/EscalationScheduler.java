package cn.wanggezhili.dispatch.app;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.app.Commands.EscalateOverdueTask;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.eventstore.ConcurrencyConflict;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.kernel.RuleViolation;
import org.jboss.logging.Logger;

/** Looks for overdue open tasks and escalates each one level; safe to run in every instance at once. */
@ApplicationScoped
public class EscalationScheduler {

    private static final Logger LOG = Logger.getLogger(EscalationScheduler.class);

    @Inject
    Database database;

    @Inject
    Clock clock;

    @Inject
    EscalateOverdueTaskHandler escalation;

    @Scheduled(every = "{dispatch.escalation-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "{dispatch.escalation-interval}")
    void escalateOverdueTasks() {
        escalateOverdue();
    }

    /** Returns how many tasks this run escalated. */
    public int escalateOverdue() {
        int escalated = 0;
        for (TaskId id : overdue()) {
            try {
                if (escalation.handle(new EscalateOverdueTask(id)).isPresent()) {
                    escalated++;
                }
            } catch (ConcurrencyConflict | RuleViolation e) {
                // another instance escalated it first, or it changed meanwhile: nothing to do
                LOG.debugf("task %s not escalated here: %s", id, e.getMessage());
            }
        }
        return escalated;
    }

    private List<TaskId> overdue() {
        return database.run(c -> Sql.list(c, """
                select id from task_view
                 where due_at < ? and status in ('CREATED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS')
                 order by due_at limit 500
                """, rs -> new TaskId(rs.getObject(1, UUID.class)), clock.instant()));
    }
}
