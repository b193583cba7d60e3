package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import cn.wanggezhili.dispatch.app.Commands.StartTask;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskStarted;
import cn.wanggezhili.security.Caller;

/** The owner starts work. */
@ApplicationScoped
public class StartTaskHandler {

    @Inject
    TaskStep step;

    @Inject
    Clock clock;

    @Transactional
    public TaskStarted handle(StartTask cmd, Caller caller) {
        return step.take(cmd.taskId(), caller, DispatchRoles.STAFF, (task, me) -> task.start(me, clock.instant()));
    }
}
