package cn.wanggezhili.registry.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.app.Commands.SplitGridUnit;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitCreated;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitSplit;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.RegistryRuleViolation;
import cn.wanggezhili.registry.domain.UnitId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

/**
 * Splits a unit into new units under the same parent. Every child and household of the unit must be given to
 * exactly one part, so that nothing is left under a retired unit.
 */
@ApplicationScoped
public class SplitGridUnitHandler {

    @Inject
    Registry registry;

    @Inject
    IssuedCodes codes;

    @Inject
    RegistrySettings settings;

    @Inject
    Subtree subtree;

    @Inject
    MoveGridUnitHandler moves;

    @Inject
    HouseholdMoves householdMoves;

    @Transactional
    public GridUnitSplit handle(SplitGridUnit cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        GridUnit unit = registry.unit(cmd.code());
        requireCovers(caller, unit.code());
        GridUnit parent = registry.unit(unit.parentId());
        requireEverythingGivenOnce(unit, cmd);

        List<GridCode> successors = new ArrayList<>();
        for (SplitGridUnit.Part part : cmd.parts()) {
            GridUnitCreated created = registry.unit(parent.id())
                    .createChild(new UnitId(registry.newId()), part.name(), unit.kind(), null, settings.scheme(), codes);
            registry.append(GridUnit.NONE, List.of(created));
            GridUnit successor = registry.unit(created.unitId());
            for (GridCode child : part.children()) {
                moves.moveWithSubtree(registry.unit(child), successor);
            }
            for (HouseholdId household : part.households()) {
                householdMoves.move(household, successor);
            }
            successors.add(successor.code());
        }
        GridUnitSplit split = registry.unit(unit.id()).splitInto(successors);
        registry.append(registry.unit(unit.id()), List.of(split));
        return split;
    }

    private void requireEverythingGivenOnce(GridUnit unit, SplitGridUnit cmd) {
        if (cmd.parts().size() < 2) {
            throw new RegistryRuleViolation(RegistryRuleViolation.Rule.UNIT_NOT_EMPTY, "parts", "a split needs at least two parts");
        }
        Set<UnitId> children = new HashSet<>(subtree.activeChildren(unit.id()));
        Set<HouseholdId> households = new HashSet<>(subtree.households(unit.id()));
        for (SplitGridUnit.Part part : cmd.parts()) {
            for (GridCode child : part.children()) {
                UnitId id = registry.unitId(child).orElse(null);
                if (id == null || !children.remove(id)) {
                    throw new RegistryRuleViolation(RegistryRuleViolation.Rule.UNIT_NOT_EMPTY, "parts",
                            child + " is not a child of " + unit.code() + " or is given twice");
                }
            }
            for (HouseholdId household : part.households()) {
                if (!households.remove(household)) {
                    throw new RegistryRuleViolation(RegistryRuleViolation.Rule.UNIT_NOT_EMPTY, "parts",
                            "household " + household + " is not on " + unit.code() + " or is given twice");
                }
            }
        }
        if (!children.isEmpty() || !households.isEmpty()) {
            throw new RegistryRuleViolation(RegistryRuleViolation.Rule.UNIT_NOT_EMPTY, "parts",
                    children.size() + " children and " + households.size() + " households are not given to any part");
        }
    }
}
