package org.gridsuite.registry.app;

import static org.gridsuite.security.GridScopeGuard.requireAnyRole;
import static org.gridsuite.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.gridsuite.eventstore.Sql;
import org.gridsuite.registry.app.Commands.RegisterHousehold;
import org.gridsuite.registry.domain.GridUnit;
import org.gridsuite.registry.domain.Household;
import org.gridsuite.registry.domain.HouseholdEvent.HouseholdRegistered;
import org.gridsuite.registry.domain.HouseholdId;
import org.gridsuite.registry.domain.RegistryRuleViolation;
import org.gridsuite.security.Caller;
import org.gridsuite.security.Role;

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
