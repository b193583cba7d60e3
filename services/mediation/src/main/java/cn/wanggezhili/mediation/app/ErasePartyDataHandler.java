package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.mediation.app.Commands.ErasePartyData;
import cn.wanggezhili.mediation.domain.CaseEvent.PartyPersonalDataErased;
import cn.wanggezhili.security.Caller;

/** A party's personal data erased on their request (PIPL), once the case is closed: the encrypted values go for good. */
@ApplicationScoped
public class ErasePartyDataHandler {

    @Inject
    CaseSteps steps;

    @Inject
    PartyVault vault;

    /** The append first (this transaction's first write, ADR 0001), then the encrypted values go. */
    @Transactional
    public PartyPersonalDataErased handle(ErasePartyData cmd, Caller caller) {
        PartyPersonalDataErased erased = steps.take(cmd.caseId(), caller, CaseRoles.ERASERS, null,
                (c, by, at) -> c.erasePartyData(cmd.partyId(), vault.holds(cmd.partyId()), by, at));
        vault.erase(cmd.partyId());
        return erased;
    }
}
