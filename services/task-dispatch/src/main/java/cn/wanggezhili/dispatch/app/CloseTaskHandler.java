package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import cn.wanggezhili.dispatch.app.Commands.CloseTask;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosed;
import cn.wanggezhili.security.Caller;

/** A supervisor verifies completed work and closes the task at the level it sits on now. */
@ApplicationScoped
public class CloseTaskHandler {

    @Inject
    TaskStep step;

    @Inject
    Clock clock;

    @Transactional
    public TaskClosed handle(CloseTask cmd, Caller caller) {
        return step.take(cmd.taskId(), caller, DispatchRoles.SUPERVISORS,
                (task, me) -> task.close(me, clock.instant()));
    }
}
