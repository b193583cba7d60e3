package cn.wanggezhili.registry.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.registry.app.Commands.AssignStaff;
import cn.wanggezhili.registry.domain.AssignmentId;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.StaffAssigned;
import cn.wanggezhili.registry.domain.StaffId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

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
