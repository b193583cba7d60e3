package cn.wanggezhili.registry.domain;

import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.ALREADY_ASSIGNED;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.ASSIGNMENT_NOT_ACTIVE;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.BELOW_LOWEST_LEVEL;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.CODE_ALREADY_ISSUED;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.KIND_DOES_NOT_FIT_LEVEL;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.MOVE_INTO_OWN_SUBTREE;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.NAME_REQUIRED;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.NOT_ONE_LEVEL_BELOW;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.NOT_SAME_LEVEL;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.PARENT_RETIRED;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.SAME_NAME;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.SAME_PARENT;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.SAME_UNIT;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.SEGMENT_OUT_OF_RANGE;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.UNIT_NOT_EMPTY;
import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.UNIT_RETIRED;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitCreated;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitMerged;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitMoved;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitRenamed;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitRetired;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitSplit;
import cn.wanggezhili.registry.domain.GridUnitEvent.StaffAssigned;
import cn.wanggezhili.registry.domain.GridUnitEvent.StaffUnassigned;

/**
 * A grid unit, rebuilt from its events. Methods named after commands check the rules and return new events; they
 * change nothing. {@link #evolve} applies an event to give the next state.
 */
public record GridUnit(UnitId id, GridCode code, String name, int level, UnitKind kind, UnitId parentId,
                       boolean retired, Map<AssignmentId, Assignment> assignments, int version) {

    public static final GridUnit NONE = new GridUnit(null, null, null, 0, null, null, false, Map.of(), 0);

    public static GridUnit replay(List<GridUnitEvent> events) {
        GridUnit unit = NONE;
        for (GridUnitEvent e : events) {
            unit = unit.evolve(e);
        }
        return unit;
    }

    public boolean exists() {
        return id != null;
    }

    /** The county itself: the root of a scheme, numbered by the statistics bureau. */
    /** A county (the root of a grid) takes its statistical code, which must be a county's and never issued before. */
    public static GridUnitCreated createCounty(UnitId id, GridCode code, String name, LevelScheme scheme, CodeBook book) {
        if (code == null) {
            throw new RegistryRuleViolation(NOT_ONE_LEVEL_BELOW, "code",
                    "a county is created with its statistical code; other units need a parentCode");
        }
        if (book.isIssued(code)) {
            throw new RegistryRuleViolation(CODE_ALREADY_ISSUED, "code", "code " + code + " was issued before");
        }
        if (!code.isCounty()) {
            throw new RegistryRuleViolation(NOT_ONE_LEVEL_BELOW, "code", "a root unit must be a county code");
        }
        requireName(name);
        return new GridUnitCreated(id, code.value(), name.strip(), 1, scheme.byNumber(1).map(Level::nameZh).orElse(null),
                UnitKind.COUNTY, null, null);
    }

    public GridUnitCreated createChild(UnitId childId, String childName, UnitKind childKind, GridCode requestedCode,
                                       LevelScheme scheme, CodeBook book) {
        requireName(childName);
        if (retired) {
            throw new RegistryRuleViolation(PARENT_RETIRED, "parentCode", "parent " + code + " is retired");
        }
        Level childLevel = scheme.byNumber(level + 1).orElseThrow(() -> new RegistryRuleViolation(BELOW_LOWEST_LEVEL,
                "parentCode", code + " is on the lowest level of the scheme and has no children"));
        UnitKind kind = childKind;
        if (kind == null && requestedCode != null) {
            kind = UnitKind.implied(childLevel, requestedCode.segment());
            if (kind == null) {
                throw new RegistryRuleViolation(SEGMENT_OUT_OF_RANGE, "code",
                        "no kind of " + childLevel.name() + " is numbered " + requestedCode.segment());
            }
        }
        if (kind == null) {
            kind = defaultKind(childLevel);
        }
        if (kind == null || !kind.fits(childLevel)) {
            throw new RegistryRuleViolation(KIND_DOES_NOT_FIT_LEVEL, "kind", kind == null
                    ? "say which kind of " + childLevel.name() + " this is (street, town, township; community, village)"
                    : "a unit on level " + childLevel.name() + " cannot be a " + kind);
        }
        GridCode childCode = CodeAllocation.codeFor(code, kind, requestedCode, book);
        return new GridUnitCreated(childId, childCode.value(), childName.strip(), childLevel.number(), childLevel.nameZh(), kind, id,
                code.value());
    }

    public GridUnitRenamed rename(String newName) {
        requireActive();
        requireName(newName);
        if (newName.strip().equals(name)) {
            throw new RegistryRuleViolation(SAME_NAME, "name", "the unit is already called so");
        }
        return new GridUnitRenamed(id, code.value(), name, newName.strip());
    }

    /** Moves this unit under {@code newParent} with {@code newCode}; its descendants follow with {@link #recode}. */
    public GridUnitMoved moveUnder(GridUnit newParent, GridCode newCode) {
        requireActive();
        if (newParent.retired) {
            throw new RegistryRuleViolation(PARENT_RETIRED, "newParentCode", "new parent " + newParent.code + " is retired");
        }
        if (newParent.level != level - 1) {
            throw new RegistryRuleViolation(NOT_ONE_LEVEL_BELOW, "newParentCode", "the new parent must be one level above the unit");
        }
        if (newParent.id.equals(parentId)) {
            throw new RegistryRuleViolation(SAME_PARENT, "newParentCode", "the unit is already under " + newParent.code);
        }
        if (code.contains(newParent.code)) {
            throw new RegistryRuleViolation(MOVE_INTO_OWN_SUBTREE, "newParentCode", "a unit cannot move into its own subtree");
        }
        return new GridUnitMoved(id, newCode.value(), code.value(), newParent.id, newParent.code.value());
    }

    /** A descendant of a moved unit takes the new code its ancestor's move gives it; its parent stays the same. */
    public GridUnitMoved recode(GridCode newCode, GridCode newParentCode) {
        return new GridUnitMoved(id, newCode.value(), code.value(), parentId, newParentCode.value());
    }

    public GridUnitSplit splitInto(List<GridCode> successors) {
        requireActive();
        return new GridUnitSplit(id, code.value(), successors.stream().map(GridCode::value).toList());
    }

    public GridUnitMerged mergeInto(GridUnit target) {
        requireActive();
        if (target.id.equals(id)) {
            throw new RegistryRuleViolation(SAME_UNIT, "targetCode", "a unit cannot merge into itself");
        }
        if (target.retired) {
            throw new RegistryRuleViolation(UNIT_RETIRED, "targetCode", "target " + target.code + " is retired");
        }
        if (target.level != level) {
            throw new RegistryRuleViolation(NOT_SAME_LEVEL, "sourceCodes", "units merge only with units of their level");
        }
        return new GridUnitMerged(id, code.value(), target.code.value());
    }

    /** Retiring needs an empty unit: no active children, no households. */
    public GridUnitRetired retire(String reason, boolean hasActiveChildren, boolean hasHouseholds) {
        requireActive();
        if (hasActiveChildren || hasHouseholds) {
            throw new RegistryRuleViolation(UNIT_NOT_EMPTY, "code",
                    "move or retire the unit's " + (hasActiveChildren ? "children" : "households") + " first");
        }
        return new GridUnitRetired(id, code.value(), reason == null ? "" : reason.strip());
    }

    public StaffAssigned assign(AssignmentId assignmentId, StaffId staffId, String staffName, String username,
                                StaffRole role, Instant since) {
        requireActive();
        requireName(staffName);
        boolean holds = assignments.values().stream().anyMatch(a -> a.staffId().equals(staffId) && a.role() == role);
        if (holds) {
            throw new RegistryRuleViolation(ALREADY_ASSIGNED, "staffId", "this person already holds that post here");
        }
        return new StaffAssigned(id, code.value(), assignmentId, staffId, staffName.strip(), username, role, since);
    }

    public StaffUnassigned unassign(AssignmentId assignmentId, Instant until) {
        Assignment assignment = assignments.get(assignmentId);
        if (assignment == null) {
            throw new RegistryRuleViolation(ASSIGNMENT_NOT_ACTIVE, "assignmentId", "no active assignment " + assignmentId + " here");
        }
        return new StaffUnassigned(id, code.value(), assignmentId, assignment.staffId(), assignment.role(), until);
    }

    public GridUnit evolve(GridUnitEvent event) {
        int next = version + 1;
        // an exhaustive switch over the sealed GridUnitEvent: a new event type fails compilation until it is handled here
        return switch (event) {
            case GridUnitCreated e ->
                    new GridUnit(e.unitId(), new GridCode(e.code()), e.name(), e.level(), e.kind(), e.parentId(), false, Map.of(), next);
            case GridUnitRenamed e -> new GridUnit(id, code, e.newName(), level, kind, parentId, retired, assignments, next);
            case GridUnitMoved e ->
                    new GridUnit(id, new GridCode(e.code()), name, level, kind, e.newParentId(), retired, assignments, next);
            case GridUnitSplit e -> retiredUnit(next);
            case GridUnitMerged e -> retiredUnit(next);
            case GridUnitRetired e -> retiredUnit(next);
            case StaffAssigned e -> new GridUnit(id, code, name, level, kind, parentId, retired, with(e), next);
            case StaffUnassigned e -> new GridUnit(id, code, name, level, kind, parentId, retired, without(e.assignmentId()), next);
        };
    }

    /** Split, merged or retired: the unit ends, and so do its assignments. */
    private GridUnit retiredUnit(int next) {
        return new GridUnit(id, code, name, level, kind, parentId, true, Map.of(), next);
    }

    private Map<AssignmentId, Assignment> with(StaffAssigned e) {
        Map<AssignmentId, Assignment> next = new LinkedHashMap<>(assignments);
        next.put(e.assignmentId(), new Assignment(e.assignmentId(), e.staffId(), e.staffName(), e.username(), e.role(), e.since()));
        return Map.copyOf(next);
    }

    private Map<AssignmentId, Assignment> without(AssignmentId assignmentId) {
        Map<AssignmentId, Assignment> next = new LinkedHashMap<>(assignments);
        next.remove(assignmentId);
        return Map.copyOf(next);
    }

    private void requireActive() {
        if (retired) {
            throw new RegistryRuleViolation(UNIT_RETIRED, "code", "grid unit " + code + " is retired");
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new RegistryRuleViolation(NAME_REQUIRED, "name", "a name of 1 to 100 characters is required");
        }
    }

    private static UnitKind defaultKind(Level level) {
        return level.number() >= 4 ? UnitKind.GRID_UNIT : null;
    }
}
