package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import cn.wanggezhili.registry.domain.HouseholdEvent;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.app.Commands.MoveHousehold;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdMoved;
import cn.wanggezhili.security.Caller;

@ApplicationScoped
public class MoveHouseholdHandler {

    @Inject
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    AggregateRepository<Household, HouseholdEvent> households;

    @Inject
    IssuedCodes codes;

    @Inject
    HouseholdMoves moves;

    @Transactional
    public HouseholdMoved handle(MoveHousehold cmd, Caller caller) {
        requireAnyRole(caller, RegisterHouseholdHandler.ROLES);
        Household household = households.require(cmd.householdId().value(), "household");
        requireCovers(caller, new GridCode(household.code()));
        GridUnit target = units.load(codes.unitOf(cmd.unitCode()).value());
        requireCovers(caller, target.code());
        return moves.move(household.id(), target);
    }
}
