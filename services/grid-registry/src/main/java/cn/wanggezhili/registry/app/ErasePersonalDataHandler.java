package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.HouseholdEvent;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.registry.app.Views.ResidentView;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.ResidentId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

/**
 * Erases a resident's personal data on their request (PIPL right to deletion): the encrypted name, ID number and
 * phone and the ID number's blind index are deleted, the resident's row keeps no masked forms, and the household's
 * history records that it happened. Only the county's and the township's administrators may, within their scope.
 */
@ApplicationScoped
public class ErasePersonalDataHandler {

    static final String[] ROLES = {Role.COUNTY_ADMIN, Role.TOWNSHIP_ADMIN};

    @Inject
    AggregateRepository<Household, HouseholdEvent> households;

    @Inject
    HouseholdQueries queries;

    @Inject
    ResidentVault vault;

    @Transactional
    public void handle(ResidentId residentId, Caller caller) {
        requireAnyRole(caller, ROLES);
        ResidentView resident = queries.resident(residentId, caller);
        Household household = households.load(resident.householdId());
        // the append first: it is this transaction's first write (ADR 0001)
        households.append(household, List.of(household.erasePersonalData(residentId)));
        vault.erase(residentId);
    }
}
