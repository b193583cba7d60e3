package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import cn.wanggezhili.dispatch.app.Commands.ReturnTaskForRework;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReturned;
import cn.wanggezhili.security.Caller;

/** A supervisor sends completed work back for rework. */
@ApplicationScoped
public class ReturnTaskForReworkHandler {

    @Inject
    TaskStep step;

    @Inject
    Clock clock;

    @Transactional
    public TaskReturned handle(ReturnTaskForRework cmd, Caller caller) {
        return step.take(cmd.taskId(), caller, DispatchRoles.SUPERVISORS,
                (task, me) -> task.returnForRework(me, cmd.reason(), clock.instant()));
    }
}
