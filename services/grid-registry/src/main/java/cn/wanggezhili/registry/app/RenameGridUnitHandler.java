package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.registry.app.Commands.RenameGridUnit;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitRenamed;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

@ApplicationScoped
public class RenameGridUnitHandler {

    @Inject
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    IssuedCodes codes;

    @Transactional
    public GridUnitRenamed handle(RenameGridUnit cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        GridUnit unit = units.load(codes.unitOf(cmd.code()).value());
        requireCovers(caller, unit.code());
        GridUnitRenamed renamed = unit.rename(cmd.name());
        units.append(unit, List.of(renamed));
        return renamed;
    }
}
