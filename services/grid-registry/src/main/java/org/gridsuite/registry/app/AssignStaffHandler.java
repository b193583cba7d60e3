package org.gridsuite.registry.app;

import static org.gridsuite.security.GridScopeGuard.requireAnyRole;
import static org.gridsuite.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.gridsuite.registry.app.Commands.AssignStaff;
import org.gridsuite.registry.domain.AssignmentId;
import org.gridsuite.registry.domain.GridUnit;
import org.gridsuite.registry.domain.GridUnitEvent.StaffAssigned;
import org.gridsuite.registry.domain.StaffId;
import org.gridsuite.security.Caller;
import org.gridsuite.security.Role;

@ApplicationScoped
public class AssignStaffHandler {

    @Inject
    Registry registry;

    @Transactional
    public StaffAssigned handle(AssignStaff cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF);
        GridUnit unit = registry.unit(cmd.code());
        requireCovers(caller, unit.code());
        StaffId staffId = cmd.staffId() != null ? cmd.staffId() : new StaffId(registry.newId());
        StaffAssigned assigned = unit.assign(new AssignmentId(registry.newId()), staffId, cmd.staffName(),
                cmd.username(), cmd.role(), registry.now());
        registry.append(unit, List.of(assigned));
        return assigned;
    }
}
