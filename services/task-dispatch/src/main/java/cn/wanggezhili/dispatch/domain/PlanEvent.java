package cn.wanggezhili.dispatch.domain;

import java.time.LocalDate;
import cn.wanggezhili.kernel.StaffRef;

/** What happens to a work plan; every event names the grid code of the subtree the plan covers. */
public sealed interface PlanEvent {

    PlanId planId();

    String code();

    /** Work of {@code typeCode} on every lowest-level unit under {@code code}, each period from {@code startsOn}. */
    record PlanCreated(PlanId planId, String code, String typeCode, String titleZh, Cadence cadence, LocalDate startsOn,
                       StaffRef createdBy) implements PlanEvent {
    }

    /** The plan's tasks for the period {@code periodKey} were created, {@code tasksCreated} of them, once. */
    record PlanRunDone(PlanId planId, String code, String periodKey, int tasksCreated) implements PlanEvent {
    }

    /** No further periods run; tasks already created carry on. */
    record PlanStopped(PlanId planId, String code, StaffRef stoppedBy) implements PlanEvent {
    }

    /** The registry gave the plan's unit a new code (the unit moved): the plan covers {@code code} from now on. */
    record PlanUnitRecoded(PlanId planId, String code, String oldCode) implements PlanEvent {
    }
}
