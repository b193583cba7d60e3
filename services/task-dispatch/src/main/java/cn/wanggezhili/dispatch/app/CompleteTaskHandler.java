package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import cn.wanggezhili.dispatch.app.Commands.CompleteTask;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCompleted;
import cn.wanggezhili.security.Caller;

/** The owner reports the work done, with result, notes and evidence references. */
@ApplicationScoped
public class CompleteTaskHandler {

    @Inject
    TaskStep step;

    @Inject
    Clock clock;

    @Transactional
    public TaskCompleted handle(CompleteTask cmd, Caller caller) {
        return step.take(cmd.taskId(), caller, DispatchRoles.STAFF,
                (task, me) -> task.complete(me, cmd.result(), cmd.notes(), cmd.evidence(), clock.instant()));
    }
}
