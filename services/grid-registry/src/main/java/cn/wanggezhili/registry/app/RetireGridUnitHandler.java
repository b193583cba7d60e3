package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.registry.app.Commands.RetireGridUnit;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitRetired;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

@ApplicationScoped
public class RetireGridUnitHandler {

    @Inject
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    IssuedCodes codes;

    @Inject
    Subtree subtree;

    @Transactional
    public GridUnitRetired handle(RetireGridUnit cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        GridUnit unit = units.load(codes.unitOf(cmd.code()).value());
        requireCovers(caller, unit.code());
        GridUnitRetired retired = unit.retire(cmd.reason(), !subtree.activeChildren(unit.id()).isEmpty(),
                !subtree.households(unit.id()).isEmpty());
        units.append(unit, List.of(retired));
        return retired;
    }
}
