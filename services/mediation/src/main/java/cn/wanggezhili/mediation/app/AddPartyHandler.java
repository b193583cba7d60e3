package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.AddParty;
import cn.wanggezhili.mediation.domain.CaseEvent.PartyAdded;
import cn.wanggezhili.security.Caller;

/**
 * A party added to a case (e.g. one opened from a task, which named none): their personal data goes to the vault,
 * masked into the event.
 */
@ApplicationScoped
public class AddPartyHandler {

    @Inject
    CaseSteps steps;

    @Inject
    PartyVault vault;

    @Inject
    HouseholdDirectory households;

    @Transactional
    public PartyAdded handle(AddParty cmd, Caller caller) {
        households.requireInScope(cmd.party(), caller);
        return steps.take(cmd.caseId(), caller, CaseRoles.CASE_STAFF, cmd.occurredAt(),
                (c, by, at) -> c.addParty(vault.intake(cmd.caseId(), cmd.party()), by, at));
    }
}
