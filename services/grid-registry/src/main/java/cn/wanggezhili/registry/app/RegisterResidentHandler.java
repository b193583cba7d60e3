package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.registry.domain.HouseholdEvent;
import java.util.UUID;
import java.util.function.Supplier;
import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.app.Commands.RegisterResident;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentRegistered;
import cn.wanggezhili.registry.domain.RegistryRuleViolation;
import cn.wanggezhili.registry.domain.ResidentId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Masking;

/**
 * Registers a resident: name, ID number and phone are encrypted into resident_personal_data; the event carries
 * their masked forms only. The same ID number cannot be registered twice (found by its blind index).
 */
@ApplicationScoped
public class RegisterResidentHandler {

    @Inject
    AggregateRepository<Household, HouseholdEvent> households;

    @Inject
    Supplier<UUID> ids;

    @Inject
    ResidentVault vault;

    @Transactional
    public ResidentRegistered handle(RegisterResident cmd, Caller caller) {
        requireAnyRole(caller, RegisterHouseholdHandler.ROLES);
        Household household = households.require(cmd.householdId().value(), "household");
        requireCovers(caller, new GridCode(household.code()));
        if (cmd.idNumber() != null && vault.isRegistered(cmd.idNumber())) {
            throw new RegistryRuleViolation(RegistryRuleViolation.Rule.ID_NUMBER_ALREADY_REGISTERED, "idNumber",
                    "a resident with this ID number is already registered");
        }
        ResidentId residentId = new ResidentId(ids.get());
        ResidentRegistered registered = household.registerResident(residentId, cmd.relation(), Masking.name(cmd.name()),
                Masking.idNumber(cmd.idNumber()), Masking.phone(cmd.phone()));
        vault.store(residentId, cmd.name(), cmd.idNumber(), cmd.phone());
        households.append(household, List.of(registered));
        return registered;
    }
}
