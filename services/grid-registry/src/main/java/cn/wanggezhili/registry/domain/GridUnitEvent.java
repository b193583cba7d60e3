package cn.wanggezhili.registry.domain;

import java.time.Instant;
import java.util.List;

/**
 * What happens to a grid unit. Every event names the unit's code at the time, so that readers can place it in
 * the tree without asking; codes are never reused, so a code names one unit forever.
 */
public sealed interface GridUnitEvent {

    UnitId unitId();

    String code();

    record GridUnitCreated(UnitId unitId, String code, String name, int level, String levelName, UnitKind kind,
                           UnitId parentId, String parentCode) implements GridUnitEvent {
    }

    record GridUnitRenamed(UnitId unitId, String code, String oldName, String newName) implements GridUnitEvent {
    }

    /** Moved under another parent; the unit gets a new code there (the old one stays issued, never reused). */
    record GridUnitMoved(UnitId unitId, String code, String oldCode, UnitId newParentId, String newParentCode)
            implements GridUnitEvent {
    }

    /** Divided into the successor units listed; the unit is retired by this event. */
    record GridUnitSplit(UnitId unitId, String code, List<String> successorCodes) implements GridUnitEvent {
    }

    /** Merged into the successor unit; the unit is retired by this event. */
    record GridUnitMerged(UnitId unitId, String code, String successorCode) implements GridUnitEvent {
    }

    record GridUnitRetired(UnitId unitId, String code, String reason) implements GridUnitEvent {
    }

    record StaffAssigned(UnitId unitId, String code, AssignmentId assignmentId, StaffId staffId, String staffName,
                         String username, StaffRole role, Instant since) implements GridUnitEvent {
    }

    record StaffUnassigned(UnitId unitId, String code, AssignmentId assignmentId, StaffId staffId, StaffRole role,
                           Instant until) implements GridUnitEvent {
    }
}
