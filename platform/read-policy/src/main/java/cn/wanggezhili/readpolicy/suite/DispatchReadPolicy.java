package cn.wanggezhili.readpolicy.suite;

import static cn.wanggezhili.readpolicy.EventAccess.anyone;

import cn.wanggezhili.readpolicy.EventReadPolicy;

/**
 * Who reads task dispatch: tasks and plans, anyone whose scope covers their unit (the village sees its own matters
 * being handled). Reporters' contacts never travel in events: Open311 submissions keep them masked in the text.
 */
public final class DispatchReadPolicy {

    private static final String PREFIX = "task-dispatch.";

    private DispatchReadPolicy() {
    }

    public static EventReadPolicy events() {
        return EventReadPolicy.builder()
                .allow(anyone(), SuiteTypes.of(PREFIX, "TaskCreated", "TaskAssigned", "TaskAccepted", "TaskStarted",
                        "TaskCompleted", "TaskReturned", "TaskClosed", "TaskCancelled", "TaskHandedOver", "TaskEscalated",
                        "TaskFlaggedAsDuplicate", "TaskMerged", "TaskUnitRecoded", "TaskReferredToMediation",
                        "TaskClosedByMediation", "TaskReturnedFromMediation",
                        "PlanCreated", "PlanRunDone", "PlanStopped", "PlanUnitRecoded"))
                .build();
    }
}
