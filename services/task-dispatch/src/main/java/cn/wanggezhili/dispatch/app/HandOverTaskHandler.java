package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import cn.wanggezhili.dispatch.app.Commands.HandOverTask;
import cn.wanggezhili.dispatch.domain.Routing;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskHandedOver;
import cn.wanggezhili.security.Caller;

/** The owner hands the task over to other staff covering its unit: the only way, besides escalation, to change owner. */
@ApplicationScoped
public class HandOverTaskHandler {

    @Inject
    TaskStep step;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Transactional
    public TaskHandedOver handle(HandOverTask cmd, Caller caller) {
        return step.take(cmd.taskId(), caller, DispatchRoles.STAFF, (task, me) ->
                task.handOver(me, Routing.handoverTarget(task.code(), cmd.toUsername(), staff), cmd.note(), clock.instant()));
    }
}
