package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.app.Commands.FollowMediationCase;
import cn.wanggezhili.dispatch.domain.MediationFollowUp;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import org.jboss.logging.Logger;

/**
 * A dispute task follows the case mediation opened from it (see {@link MediationFollowUp}). One task per
 * transaction, the append its transaction's first write (ADR 0001); called by {@link MediationReferralWork} in the
 * inbox runner's transaction, which this joins. A task with nothing left to do about the case (already followed,
 * reported done, final, sent to another case, or unknown here) appends nothing and returns no events.
 */
@ApplicationScoped
public class FollowMediationCaseHandler {

    private static final Logger LOG = Logger.getLogger(FollowMediationCaseHandler.class);

    @Inject
    AggregateRepository<Task, TaskEvent> tasks;

    @Inject
    Database database;

    @Inject
    Clock clock;

    @Transactional
    public List<TaskEvent> handle(FollowMediationCase cmd) {
        Task task = tasks.load(cmd.taskId().value());
        if (!task.exists()) {
            LOG.debugf("case %s names task %s, which is not known here", cmd.caseId(), cmd.taskId());
            return List.of();
        }
        List<TaskEvent> events = MediationFollowUp.stillToDo(task, referredTo(task), cmd.caseId(), cmd.outcome(), clock.instant());
        tasks.append(task, events);
        if (!events.isEmpty()) {
            LOG.infof("task %s follows case %s (%s)", cmd.taskId(), cmd.caseId(), cmd.outcome() == null ? "referred" : cmd.outcome());
        }
        return events;
    }

    /** The case the task went to mediation for, if it ever did (kept on its row when the case gave it back). */
    private UUID referredTo(Task task) {
        // read, not written, before the append: the task's version guards it, a referral meanwhile makes the append conflict
        return database.run(c -> Sql.one(c, "select mediation_case_id from task_view where id = ?",
                rs -> rs.getObject(1, UUID.class), task.id().value())).orElse(null);
    }
}
