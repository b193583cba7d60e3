package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import java.util.UUID;
import java.util.function.Supplier;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.app.Commands.SplitGridUnit;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitCreated;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitSplit;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.SplitRule;
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
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    Supplier<UUID> ids;

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
        GridUnit unit = units.load(codes.unitOf(cmd.code()).value());
        requireCovers(caller, unit.code());
        GridUnit parent = units.load(unit.parentId().value());
        requireEverythingGivenOnce(unit, cmd);

        List<GridCode> successors = new ArrayList<>();
        for (SplitGridUnit.Part part : cmd.parts()) {
            GridUnitCreated created = units.load(parent.id().value())
                    .createChild(new UnitId(ids.get()), part.name(), unit.kind(), null, settings.scheme(), codes);
            units.append(GridUnit.NONE, List.of(created));
            GridUnit successor = units.load(created.unitId().value());
            for (GridCode child : part.children()) {
                moves.moveWithSubtree(units.load(codes.unitOf(child).value()), successor);
            }
            for (HouseholdId household : part.households()) {
                householdMoves.move(household, successor);
            }
            successors.add(successor.code());
        }
        GridUnitSplit split = units.load(unit.id().value()).splitInto(successors);
        units.append(units.load(unit.id().value()), List.of(split));
        return split;
    }

    /** The parts as the domain's rule sees them: each child code with the unit it names, if any. */
    private void requireEverythingGivenOnce(GridUnit unit, SplitGridUnit cmd) {
        List<SplitRule.Part> parts = cmd.parts().stream().map(part -> new SplitRule.Part(
                part.children().stream().map(code -> new SplitRule.Given(code, codes.unitIdOf(code))).toList(),
                part.households())).toList();
        SplitRule.requireEverythingGivenOnce(unit.code(), Set.copyOf(subtree.activeChildren(unit.id())),
                Set.copyOf(subtree.households(unit.id())), parts);
    }
}
