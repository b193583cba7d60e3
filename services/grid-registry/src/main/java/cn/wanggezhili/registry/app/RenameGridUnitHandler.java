package cn.wanggezhili.registry.app;

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
