package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import cn.wanggezhili.dispatch.app.Commands.CancelTask;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCancelled;
import cn.wanggezhili.security.Caller;

/** A supervisor cancels an open task, saying why. */
@ApplicationScoped
public class CancelTaskHandler {

    @Inject
    TaskStep step;

    @Inject
    Clock clock;

    @Transactional
    public TaskCancelled handle(CancelTask cmd, Caller caller) {
        return step.take(cmd.taskId(), caller, DispatchRoles.SUPERVISORS,
                (task, me) -> task.cancel(me, cmd.reason(), clock.instant()));
    }
}
