package org.gridsuite.registry.app;

import static org.gridsuite.security.GridScopeGuard.requireAnyRole;
import static org.gridsuite.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.gridsuite.gridcode.GridCode;
import org.gridsuite.registry.app.Commands.MoveHousehold;
import org.gridsuite.registry.domain.GridUnit;
import org.gridsuite.registry.domain.Household;
import org.gridsuite.registry.domain.HouseholdEvent.HouseholdMoved;
import org.gridsuite.security.Caller;
import org.gridsuite.web.ProblemException;

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
