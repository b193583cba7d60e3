package cn.wanggezhili.dispatch.app;

import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.eventstore.AggregateType;
import cn.wanggezhili.eventstore.EventCodec;

/** Task dispatch's event types on its topic {@code task-dispatch.events}, as other services see them. */
public final class DispatchEvents {

    public static final String SERVICE = "task-dispatch";
    public static final String TASK = "Task";

    public static final EventCodec<TaskEvent> TASKS = new EventCodec<TaskEvent>()
            .register(type("TaskCreated"), TaskEvent.TaskCreated.class)
            .register(type("TaskAssigned"), TaskEvent.TaskAssigned.class)
            .register(type("TaskAccepted"), TaskEvent.TaskAccepted.class)
            .register(type("TaskStarted"), TaskEvent.TaskStarted.class)
            .register(type("TaskCompleted"), TaskEvent.TaskCompleted.class)
            .register(type("TaskReturned"), TaskEvent.TaskReturned.class)
            .register(type("TaskClosed"), TaskEvent.TaskClosed.class)
            .register(type("TaskCancelled"), TaskEvent.TaskCancelled.class)
            .register(type("TaskHandedOver"), TaskEvent.TaskHandedOver.class)
            .register(type("TaskEscalated"), TaskEvent.TaskEscalated.class)
            .register(type("TaskFlaggedAsDuplicate"), TaskEvent.TaskFlaggedAsDuplicate.class)
            .register(type("TaskMerged"), TaskEvent.TaskMerged.class)
            .register(type("TaskUnitRecoded"), TaskEvent.TaskUnitRecoded.class)
            .register(type("TaskReferredToMediation"), TaskEvent.TaskReferredToMediation.class)
            .register(type("TaskClosedByMediation"), TaskEvent.TaskClosedByMediation.class)
            .register(type("TaskReturnedFromMediation"), TaskEvent.TaskReturnedFromMediation.class);

    /** A task's stream: the unit it sits on on every event, for subtree filters downstream. */
    public static final AggregateType<Task, TaskEvent> TASK_STREAM = new AggregateType<>(TASK, TASKS, TaskEvent::code,
            e -> e.taskId().value(), Task::replay, Task::version);

    private DispatchEvents() {
    }

    static String type(String name) {
        return SERVICE + "." + name + ".v1";
    }
}
