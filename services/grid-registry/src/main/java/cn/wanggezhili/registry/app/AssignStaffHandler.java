package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;
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
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    IssuedCodes codes;

    @Inject
    Supplier<UUID> ids;

    @Inject
    Clock clock;

    @Transactional
    public StaffAssigned handle(AssignStaff cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF);
        GridUnit unit = units.load(codes.unitOf(cmd.code()).value());
        requireCovers(caller, unit.code());
        StaffId staffId = cmd.staffId() != null ? cmd.staffId() : new StaffId(ids.get());
        StaffAssigned assigned = unit.assign(new AssignmentId(ids.get()), staffId, cmd.staffName(),
                cmd.username(), cmd.role(), clock.instant());
        units.append(unit, List.of(assigned));
        return assigned;
    }
}
