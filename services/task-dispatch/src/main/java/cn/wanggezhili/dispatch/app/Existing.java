package cn.wanggezhili.dispatch.app;

import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.kernel.NotFound;

/**
 * Loads of a task or plan a command acts on: an id that names none (never written, or another kind of stream)
 * answers 404, never a 500 that would tell the id exists.
 */
final class Existing {

    private Existing() {
    }

    static Task task(AggregateRepository<Task, TaskEvent> tasks, TaskId id) {
        Task task = tasks.load(id.value());
        if (!task.exists()) {
            throw new NotFound("task", id);
        }
        return task;
    }

    static Plan plan(AggregateRepository<Plan, PlanEvent> plans, PlanId id) {
        Plan plan = plans.load(id.value());
        if (!plan.exists()) {
            throw new NotFound("plan", id);
        }
        return plan;
    }
}
