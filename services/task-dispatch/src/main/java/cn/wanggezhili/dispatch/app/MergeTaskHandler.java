package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import cn.wanggezhili.dispatch.app.Commands.MergeTask;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskMerged;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.security.Caller;

/** A supervisor merges a duplicate report into the open task it repeats; both tasks must lie in their scope. */
@ApplicationScoped
public class MergeTaskHandler {

    @Inject
    AggregateRepository<Task, TaskEvent> tasks;

    @Inject
    TaskStep step;

    @Inject
    Clock clock;

    @Transactional
    public TaskMerged handle(MergeTask cmd, Caller caller) {
        // the task it merges into is checked first (404, then scope): the order this endpoint has always answered in
        Task target = tasks.require(cmd.into().value(), "task");
        requireCovers(caller, target.code());
        return step.take(cmd.taskId(), caller, DispatchRoles.SUPERVISORS,
                (task, me) -> task.mergeInto(target.id(), me, clock.instant()));
    }
}
