package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.BiFunction;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.ProblemException;

/**
 * A task's way from owner to closure. Each step loads the task, checks the caller's scope on the task's unit,
 * lets the task decide (it knows who owns it and what may follow what) and appends the one new event.
 */
@ApplicationScoped
public class TaskLifecycleHandler {

    static final String[] STAFF = {Role.GRID_WORKER, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};
    static final String[] SUPERVISORS = {Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    @Inject
    Tasks tasks;

    @Inject
    StaffDirectory staff;

    @Transactional
    public TaskEvent accept(TaskId id, Caller caller) {
        return act(id, caller, STAFF, (task, me) -> task.accept(me, tasks.now()));
    }

    @Transactional
    public TaskEvent start(TaskId id, Caller caller) {
        return act(id, caller, STAFF, (task, me) -> task.start(me, tasks.now()));
    }

    @Transactional
    public TaskEvent complete(TaskId id, String result, String notes, List<String> evidence, Caller caller) {
        return act(id, caller, STAFF, (task, me) -> task.complete(me, result, notes, evidence, tasks.now()));
    }

    @Transactional
    public TaskEvent returnForRework(TaskId id, String reason, Caller caller) {
        return act(id, caller, SUPERVISORS, (task, me) -> task.returnForRework(me, reason, tasks.now()));
    }

    /** Verification closes the task at the level it sits on now (small matters close in the grid). */
    @Transactional
    public TaskEvent close(TaskId id, Caller caller) {
        return act(id, caller, SUPERVISORS, (task, me) -> task.close(me, tasks.now()));
    }

    @Transactional
    public TaskEvent cancel(TaskId id, String reason, Caller caller) {
        return act(id, caller, SUPERVISORS, (task, me) -> task.cancel(me, reason, tasks.now()));
    }

    /** An explicit handover: the only way, besides escalation, that a task changes owner. */
    @Transactional
    public TaskEvent handOver(TaskId id, String toUsername, String note, Caller caller) {
        return act(id, caller, STAFF, (task, me) -> {
            StaffRef to = staff.byUsername(toUsername).filter(s -> staff.covers(s, task.code()))
                    .orElseThrow(() -> ProblemException.badField("toUsername", "no staff of that name covers " + task.code()));
            return task.handOver(me, to, note, tasks.now());
        });
    }

    @Transactional
    public TaskEvent merge(TaskId id, TaskId into, Caller caller) {
        Task target = tasks.task(into);
        requireCovers(caller, target.code());
        return act(id, caller, SUPERVISORS, (task, me) -> task.mergeInto(target.id(), me, tasks.now()));
    }

    private TaskEvent act(TaskId id, Caller caller, String[] roles, BiFunction<Task, StaffRef, TaskEvent> decision) {
        requireAnyRole(caller, roles);
        Task task = tasks.task(id);
        requireCovers(caller, task.code());
        TaskEvent event = decision.apply(task, staff.asStaff(caller));
        tasks.append(task, List.of(event));
        return event;
    }
}
