package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.Party;
import cn.wanggezhili.mediation.domain.PartyId;
import cn.wanggezhili.mediation.domain.PartyKind;
import cn.wanggezhili.security.Masking;
import cn.wanggezhili.security.PersonalDataCipher;

/**
 * Parties' personal data (PIPL), encrypted at rest with the service's own key; events and most readers get the
 * masked {@link Party}. The clear values are read back only for roles that talk to the parties.
 */
@ApplicationScoped
public class PartyVault {

    public record PersonalData(String name, String idNumber, String phone) {

        @Override
        public String toString() {
            return "PersonalData[redacted]";
        }
    }

    @Inject
    Database database;

    @Inject
    Supplier<UUID> ids;

    private final PersonalDataCipher cipher;

    @Inject
    public PartyVault(MediationSettings settings) {
        this.cipher = new PersonalDataCipher(settings.personalDataKey());
    }

    /** Keeps the clear data and gives the party as events carry it; an organisation's name is not personal data. */
    public Party intake(CaseId caseId, NewParty given) {
        PartyId id = new PartyId(ids.get());
        database.run(c -> Sql.update(c, """
                insert into party_personal_data (party_id, case_id, name, id_number, phone, id_number_index)
                values (?, ?, ?, ?, ?, ?)
                """, id.value(), caseId.value(), cipher.encrypt(given.name()), cipher.encrypt(given.idNumber()),
                cipher.encrypt(given.phone()), given.idNumber() == null ? null : cipher.blindIndex(given.idNumber())));
        boolean organisation = given.kind() == PartyKind.ORGANISATION;
        return new Party(id, given.kind(), organisation ? given.name() : Masking.name(given.name()),
                Masking.idNumber(given.idNumber()), Masking.phone(given.phone()), given.householdId());
    }

    /** Whether the party's data is still kept (not erased). */
    public boolean holds(PartyId partyId) {
        return database.run(c -> Sql.count(c, "select count(*) from party_personal_data where party_id = ?", partyId.value())) > 0;
    }

    /** Deletes the party's encrypted values and blind index for good. */
    public void erase(PartyId partyId) {
        database.run(c -> Sql.update(c, "delete from party_personal_data where party_id = ?", partyId.value()));
    }

    public Map<UUID, PersonalData> read(CaseId caseId) {
        Map<UUID, PersonalData> found = new HashMap<>();
        database.run(c -> Sql.list(c, "select party_id, name, id_number, phone from party_personal_data where case_id = ?",
                rs -> found.put(rs.getObject(1, UUID.class), new PersonalData(cipher.decrypt(rs.getBytes(2)),
                        cipher.decrypt(rs.getBytes(3)), cipher.decrypt(rs.getBytes(4)))), caseId.value()));
        return found;
    }
}
