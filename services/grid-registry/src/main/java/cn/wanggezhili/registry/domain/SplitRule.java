package cn.wanggezhili.registry.domain;

import static cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule.UNIT_NOT_EMPTY;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import cn.wanggezhili.gridcode.GridCode;

/**
 * A split gives every active child and every household of the unit to exactly one of at least two parts, so that
 * nothing is left under the unit when it retires.
 */
public final class SplitRule {

    /** One part as requested: its children by code (with the unit each code names, if any) and its households. */
    public record Part(List<Given> children, List<HouseholdId> households) {
    }

    public record Given(GridCode code, Optional<UnitId> unit) {
    }

    private SplitRule() {
    }

    public static void requireEverythingGivenOnce(GridCode unit, Set<UnitId> activeChildren, Set<HouseholdId> households,
                                                  List<Part> parts) {
        if (parts.size() < 2) {
            throw new RegistryRuleViolation(UNIT_NOT_EMPTY, "parts", "a split needs at least two parts");
        }
        Set<UnitId> childrenLeft = new HashSet<>(activeChildren);
        Set<HouseholdId> householdsLeft = new HashSet<>(households);
        for (Part part : parts) {
            for (Given child : part.children()) {
                if (child.unit().isEmpty() || !childrenLeft.remove(child.unit().get())) {
                    throw new RegistryRuleViolation(UNIT_NOT_EMPTY, "parts",
                            child.code() + " is not a child of " + unit + " or is given twice");
                }
            }
            for (HouseholdId household : part.households()) {
                if (!householdsLeft.remove(household)) {
                    throw new RegistryRuleViolation(UNIT_NOT_EMPTY, "parts",
                            "household " + household + " is not on " + unit + " or is given twice");
                }
            }
        }
        if (!childrenLeft.isEmpty() || !householdsLeft.isEmpty()) {
            throw new RegistryRuleViolation(UNIT_NOT_EMPTY, "parts",
                    childrenLeft.size() + " children and " + householdsLeft.size() + " households are not given to any part");
        }
    }
}
