package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import cn.wanggezhili.dispatch.app.Commands.RecodeTask;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskUnitRecoded;
import cn.wanggezhili.eventstore.AggregateRepository;

/** An open task follows its unit to the code the registry gave it; the append is its transaction's first write. */
@ApplicationScoped
public class RecodeTaskHandler {

    @Inject
    AggregateRepository<Task, TaskEvent> tasks;

    @Inject
    Clock clock;

    @Transactional
    public TaskUnitRecoded handle(RecodeTask cmd) {
        Task task = Existing.task(tasks, cmd.taskId());
        TaskUnitRecoded recoded = task.followRecodedUnit(cmd.oldCode(), cmd.newCode(), clock.instant());
        tasks.append(task, List.of(recoded));
        return recoded;
    }
}
