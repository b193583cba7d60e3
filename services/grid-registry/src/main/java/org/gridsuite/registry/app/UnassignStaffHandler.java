package org.gridsuite.registry.app;

import static org.gridsuite.security.GridScopeGuard.requireAnyRole;
import static org.gridsuite.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gridsuite.registry.app.Commands.UnassignStaff;
import org.gridsuite.registry.domain.GridUnit;
import org.gridsuite.registry.domain.GridUnitEvent.StaffUnassigned;
import org.gridsuite.security.Caller;
import org.gridsuite.security.Role;

@ApplicationScoped
public class UnassignStaffHandler {

    @Inject
    Registry registry;

    @Transactional
    public StaffUnassigned handle(UnassignStaff cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF);
        GridUnit unit = registry.unit(cmd.code());
        requireCovers(caller, unit.code());
        StaffUnassigned unassigned = unit.unassign(cmd.assignmentId(), registry.now());
        registry.append(unit, List.of(unassigned));
        return unassigned;
    }
}
