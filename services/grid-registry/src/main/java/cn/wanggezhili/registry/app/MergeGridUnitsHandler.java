package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.app.Commands.MergeGridUnits;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitMerged;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.UnitId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

/** Merges units into a target of the same level: their children and households move to it, then they retire. */
@ApplicationScoped
public class MergeGridUnitsHandler {

    @Inject
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    IssuedCodes codes;

    @Inject
    Subtree subtree;

    @Inject
    MoveGridUnitHandler moves;

    @Inject
    HouseholdMoves householdMoves;

    @Transactional
    public List<GridUnitMerged> handle(MergeGridUnits cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        GridUnit target = units.load(codes.unitOf(cmd.targetCode()).value());
        requireCovers(caller, target.code());
        List<GridUnitMerged> merged = new ArrayList<>();
        for (GridCode sourceCode : cmd.sourceCodes()) {
            GridUnit source = units.load(codes.unitOf(sourceCode).value());
            requireCovers(caller, source.code());
            GridUnitMerged event = source.mergeInto(target); // checks the rules before anything moves
            for (UnitId child : subtree.activeChildren(source.id())) {
                moves.moveWithSubtree(units.load(child.value()), units.load(target.id().value()));
            }
            for (HouseholdId household : subtree.households(source.id())) {
                householdMoves.move(household, target);
            }
            units.append(units.load(source.id().value()), List.of(event));
            merged.add(event);
        }
        return merged;
    }
}
