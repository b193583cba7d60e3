package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import java.time.Clock;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.registry.app.Commands.UnassignStaff;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.StaffUnassigned;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

@ApplicationScoped
public class UnassignStaffHandler {

    @Inject
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    IssuedCodes codes;

    @Inject
    Clock clock;

    @Transactional
    public StaffUnassigned handle(UnassignStaff cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF);
        GridUnit unit = units.load(codes.unitOf(cmd.code()).value());
        requireCovers(caller, unit.code());
        StaffUnassigned unassigned = unit.unassign(cmd.assignmentId(), clock.instant());
        units.append(unit, List.of(unassigned));
        return unassigned;
    }
}
