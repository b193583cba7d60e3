package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import cn.wanggezhili.dispatch.app.Commands.AcceptTask;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAccepted;
import cn.wanggezhili.security.Caller;

/** The owner accepts the task. */
@ApplicationScoped
public class AcceptTaskHandler {

    @Inject
    TaskStep step;

    @Inject
    Clock clock;

    @Transactional
    public TaskAccepted handle(AcceptTask cmd, Caller caller) {
        return step.take(cmd.taskId(), caller, DispatchRoles.STAFF, (task, me) -> task.accept(me, clock.instant()));
    }
}
