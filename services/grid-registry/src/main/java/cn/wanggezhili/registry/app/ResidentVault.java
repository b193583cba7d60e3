package cn.wanggezhili.registry.app;

import cn.wanggezhili.sql.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.registry.domain.ResidentId;
import cn.wanggezhili.security.PersonalDataCipher;

/** Residents' personal data, encrypted at rest; read back in full only for callers entitled to it. */
@ApplicationScoped
public class ResidentVault {

    public record PersonalData(String name, String idNumber, String phone) {

        @Override
        public String toString() {
            return "PersonalData[redacted]";
        }
    }

    @Inject
    Database database;

    private final PersonalDataCipher cipher;

    @Inject
    public ResidentVault(RegistrySettings settings) {
        this.cipher = new PersonalDataCipher(settings.personalDataKey());
    }

    public boolean isRegistered(String idNumber) {
        return database.run(c -> Sql.count(c, "select count(*) from resident_personal_data where id_number_index = ?", cipher.blindIndex(idNumber)) > 0);
    }

    public void store(ResidentId id, String name, String idNumber, String phone) {
        database.run(c -> Sql.update(c, """
                insert into resident_personal_data (resident_id, name, id_number, phone, id_number_index)
                values (?, ?, ?, ?, ?)
                """, id.value(), cipher.encrypt(name), cipher.encrypt(idNumber), cipher.encrypt(phone),
                idNumber == null ? null : cipher.blindIndex(idNumber)));
    }

    /** Deletes the encrypted values and the blind index for good: the same ID number may be registered again. */
    public void erase(ResidentId id) {
        database.run(c -> Sql.update(c, "delete from resident_personal_data where resident_id = ?", id.value()));
    }

    public Optional<PersonalData> read(ResidentId id) {
        return database.run(c -> Sql.one(c, "select name, id_number, phone from resident_personal_data where resident_id = ?",
                    rs -> new PersonalData(cipher.decrypt(rs.getBytes(1)), cipher.decrypt(rs.getBytes(2)), cipher.decrypt(rs.getBytes(3))),
                    id.value()));
    }
}
