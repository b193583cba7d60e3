package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.BiFunction;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.security.Caller;

/**
 * A step of a task's way from owner to closure, as every lifecycle handler takes it: the caller's role first, then
 * the task (404), the caller's scope on the task's own unit, the task's decision (it knows who owns it and what may
 * follow what) with the caller as staff, and the one new event appended at the version loaded.
 */
@ApplicationScoped
public class TaskStep {

    @Inject
    AggregateRepository<Task, TaskEvent> tasks;

    @Inject
    StaffDirectory staff;

    /** Runs in the calling handler's transaction. */
    <E extends TaskEvent> E take(TaskId id, Caller caller, String[] roles, BiFunction<Task, StaffRef, E> decision) {
        requireAnyRole(caller, roles);
        Task task = tasks.require(id.value(), "task");
        requireCovers(caller, task.code());
        E event = decision.apply(task, staff.asStaff(caller));
        tasks.append(task, List.of(event));
        return event;
    }
}
