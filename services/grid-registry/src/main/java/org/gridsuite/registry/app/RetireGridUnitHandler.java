package org.gridsuite.registry.app;

import static org.gridsuite.security.GridScopeGuard.requireAnyRole;
import static org.gridsuite.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gridsuite.registry.app.Commands.RetireGridUnit;
import org.gridsuite.registry.domain.GridUnit;
import org.gridsuite.registry.domain.GridUnitEvent.GridUnitRetired;
import org.gridsuite.security.Caller;
import org.gridsuite.security.Role;

@ApplicationScoped
public class RetireGridUnitHandler {

    @Inject
    Registry registry;

    @Inject
    Subtree subtree;

    @Transactional
    public GridUnitRetired handle(RetireGridUnit cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        GridUnit unit = registry.unit(cmd.code());
        requireCovers(caller, unit.code());
        GridUnitRetired retired = unit.retire(cmd.reason(), !subtree.activeChildren(unit.id()).isEmpty(),
                !subtree.households(unit.id()).isEmpty());
        registry.append(unit, List.of(retired));
        return retired;
    }
}
