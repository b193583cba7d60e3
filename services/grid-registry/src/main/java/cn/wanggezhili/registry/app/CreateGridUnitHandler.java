package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import java.util.UUID;
import java.util.function.Supplier;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.registry.app.Commands.CreateGridUnit;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitCreated;
import cn.wanggezhili.registry.domain.UnitId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

@ApplicationScoped
public class CreateGridUnitHandler {

    @Inject
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    Supplier<UUID> ids;

    @Inject
    IssuedCodes codes;

    @Inject
    RegistrySettings settings;

    @Transactional
    public GridUnitCreated handle(CreateGridUnit cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN);
        UnitId id = new UnitId(ids.get());
        GridUnitCreated created;
        if (cmd.parentCode() == null) {
            requireAnyRole(caller, Role.COUNTY_ADMIN);
            if (cmd.code() != null) {
                requireCovers(caller, cmd.code());
            }
            created = GridUnit.createCounty(id, cmd.code(), cmd.name(), settings.scheme(), codes);
        } else {
            GridUnit parent = units.load(codes.unitOf(cmd.parentCode()).value());
            requireCovers(caller, parent.code());
            created = parent.createChild(id, cmd.name(), cmd.kind(), cmd.code(), settings.scheme(), codes);
        }
        units.append(GridUnit.NONE, List.of(created));
        return created;
    }
}
