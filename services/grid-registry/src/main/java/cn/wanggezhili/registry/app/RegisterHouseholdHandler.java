package cn.wanggezhili.registry.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.registry.app.Commands.RegisterHousehold;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdRegistered;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.RegistryRuleViolation;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

@ApplicationScoped
public class RegisterHouseholdHandler {

    static final String[] ROLES = {Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN, Role.GRID_CHIEF, Role.GRID_WORKER};

    @Inject
    Registry registry;

    @Inject
    RegistrySettings settings;

    @Transactional
    public HouseholdRegistered handle(RegisterHousehold cmd, Caller caller) {
        requireAnyRole(caller, ROLES);
        GridUnit unit = registry.unit(cmd.unitCode());
        requireCovers(caller, unit.code());
        HouseholdRegistered registered = Household.register(new HouseholdId(registry.newId()), unit, cmd.number(), settings.scheme());
        if (numberTaken(unit, registered.number())) {
            throw new RegistryRuleViolation(RegistryRuleViolation.Rule.HOUSEHOLD_NUMBER_TAKEN, "number",
                    "household number " + registered.number() + " is already registered on " + unit.code());
        }
        registry.append(Household.NONE, List.of(registered));
        return registered;
    }

    private boolean numberTaken(GridUnit unit, String number) {
        return registry.onConnection(c -> Sql.count(c, "select count(*) from household_view where unit_id = ? and number = ?", unit.id().value(), number) > 0);
    }
}
