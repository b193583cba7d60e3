package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import cn.wanggezhili.dispatch.app.Commands.RecodeTask;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskUnitRecoded;
import cn.wanggezhili.eventstore.AggregateRepository;

/**
 * An open task follows its unit to the code the registry gave it; the append is its transaction's first write (the
 * inbox runner's, see {@link UnitRecodingWork}). A task that followed already, or closed, changes nothing.
 */
@ApplicationScoped
public class RecodeTaskHandler {

    @Inject
    AggregateRepository<Task, TaskEvent> tasks;

    @Inject
    Clock clock;

    @Transactional
    public Optional<TaskUnitRecoded> handle(RecodeTask cmd) {
        Task task = tasks.load(cmd.taskId().value());
        if (!task.followsMoveOf(cmd.oldCode())) {
            return Optional.empty();
        }
        TaskUnitRecoded recoded = task.followRecodedUnit(cmd.oldCode(), cmd.newCode(), clock.instant());
        tasks.append(task, List.of(recoded));
        return Optional.of(recoded);
    }
}
