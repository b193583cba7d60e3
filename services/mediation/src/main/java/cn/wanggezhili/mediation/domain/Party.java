package cn.wanggezhili.mediation.domain;

import java.util.Objects;
import java.util.UUID;

/**
 * A party to a dispute as events and unprivileged readers see it: a resident's name, ID number and phone masked
 * (the clear values are kept encrypted by the service, never in events); an organisation's name in full.
 */
public record Party(PartyId partyId, PartyKind kind, String maskedName, String maskedIdNumber, String maskedPhone,
                    UUID householdId) {

    public Party {
        Objects.requireNonNull(partyId, "partyId");
        Objects.requireNonNull(kind, "kind");
    }
}
