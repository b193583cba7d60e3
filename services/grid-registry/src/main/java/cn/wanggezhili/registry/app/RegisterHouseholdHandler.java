package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import cn.wanggezhili.registry.domain.HouseholdEvent;
import java.util.UUID;
import java.util.function.Supplier;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.registry.app.Commands.RegisterHousehold;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdRegistered;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

@ApplicationScoped
public class RegisterHouseholdHandler {

    static final String[] ROLES = {Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF, Role.GRID_WORKER};

    @Inject
    AggregateRepository<GridUnit, GridUnitEvent> units;

    @Inject
    AggregateRepository<Household, HouseholdEvent> households;

    @Inject
    IssuedCodes codes;

    @Inject
    RegisteredHouseholdNumbers numbers;

    @Inject
    Supplier<UUID> ids;

    @Inject
    RegistrySettings settings;

    @Transactional
    public HouseholdRegistered handle(RegisterHousehold cmd, Caller caller) {
        requireAnyRole(caller, ROLES);
        GridUnit unit = units.load(codes.unitOf(cmd.unitCode()).value());
        requireCovers(caller, unit.code());
        HouseholdRegistered registered = Household.register(new HouseholdId(ids.get()), unit, cmd.number(), settings.scheme(),
                numbers);
        households.append(Household.NONE, List.of(registered));
        return registered;
    }
}
