package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import cn.wanggezhili.dispatch.app.Commands.EscalateOverdueTask;
import cn.wanggezhili.dispatch.domain.Escalation;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskEscalated;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.eventstore.AggregateRepository;

/**
 * Escalates one overdue task up the grid (grid → community → township → county) to the nearest level with staff to
 * take it (levels with nobody are skipped, see {@link Escalation#nextStep}).
 * Several instances may try at once: the task's version lets one append, the others get a conflict; one that
 * loads the task afterwards finds it no longer overdue. So each level escalates once.
 */
@ApplicationScoped
public class EscalateOverdueTaskHandler {

    @Inject
    TaskTypes taskTypes;

    @Inject
    AggregateRepository<Task, TaskEvent> tasks;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Transactional
    public Optional<TaskEscalated> handle(EscalateOverdueTask cmd) {
        Task task = tasks.require(cmd.taskId().value(), "task");
        Instant now = clock.instant();
        Optional<Escalation.Step> step = Escalation.nextStep(task, now, staff::escalationTakerAt);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        TaskType type = taskTypes.byCode(task.typeCode()).orElseThrow();
        TaskEscalated escalated = task.escalate(step.get().target(), step.get().taker(),
                Escalation.nextDeadline(task.priority(), type.defaultDeadline()), now);
        tasks.append(task, List.of(escalated));
        return Optional.of(escalated);
    }
}
