package cn.wanggezhili.registry.app;

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
import cn.wanggezhili.web.ProblemException;

@ApplicationScoped
public class MoveHouseholdHandler {

    @Inject
    Registry registry;

    @Inject
    HouseholdMoves moves;

    @Transactional
    public HouseholdMoved handle(MoveHousehold cmd, Caller caller) {
        requireAnyRole(caller, RegisterHouseholdHandler.ROLES);
        Household household = registry.household(cmd.householdId());
        if (!household.exists()) {
            throw ProblemException.notFound("household " + cmd.householdId());
        }
        requireCovers(caller, new GridCode(household.code()));
        GridUnit target = registry.unit(cmd.unitCode());
        requireCovers(caller, target.code());
        return moves.move(household.id(), target);
    }
}
