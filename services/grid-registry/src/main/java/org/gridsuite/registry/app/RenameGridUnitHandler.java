package org.gridsuite.registry.app;

import static org.gridsuite.security.GridScopeGuard.requireAnyRole;
import static org.gridsuite.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gridsuite.registry.app.Commands.RenameGridUnit;
import org.gridsuite.registry.domain.GridUnit;
import org.gridsuite.registry.domain.GridUnitEvent.GridUnitRenamed;
import org.gridsuite.security.Caller;
import org.gridsuite.security.Role;

@ApplicationScoped
public class RenameGridUnitHandler {

    @Inject
    Registry registry;

    @Transactional
    public GridUnitRenamed handle(RenameGridUnit cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        GridUnit unit = registry.unit(cmd.code());
        requireCovers(caller, unit.code());
        GridUnitRenamed renamed = unit.rename(cmd.name());
        registry.append(unit, List.of(renamed));
        return renamed;
    }
}
