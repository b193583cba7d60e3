package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import cn.wanggezhili.dispatch.app.Commands.FollowMediationCase;
import cn.wanggezhili.dispatch.domain.MediationFollowUp;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.eventstore.AggregateRepository;
import org.jboss.logging.Logger;

/**
 * A dispute task follows the case mediation opened from it (see {@link MediationFollowUp}). One task per
 * transaction, the append its transaction's first write (ADR 0001).
 */
@ApplicationScoped
public class FollowMediationCaseHandler {

    private static final Logger LOG = Logger.getLogger(FollowMediationCaseHandler.class);

    @Inject
    AggregateRepository<Task, TaskEvent> tasks;

    @Inject
    Clock clock;

    @Transactional
    public List<TaskEvent> handle(FollowMediationCase cmd) {
        Task task = Existing.task(tasks, cmd.taskId());
        List<TaskEvent> events = MediationFollowUp.follow(task, cmd.caseId(), cmd.outcome(), clock.instant());
        tasks.append(task, events);
        LOG.infof("task %s follows case %s (%s)", cmd.taskId(), cmd.caseId(), cmd.outcome() == null ? "referred" : cmd.outcome());
        return events;
    }
}
