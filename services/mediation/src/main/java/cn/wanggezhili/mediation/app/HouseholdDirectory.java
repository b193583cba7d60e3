package cn.wanggezhili.mediation.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * Which unit each household is on, as the registry's events tell (integration {@code HouseholdDirectoryConsumer}):
 * a party's household must be one the caller's scope covers. One of another township, or none at all, is refused
 * alike, so the answer tells nothing about other townships' households.
 */
@ApplicationScoped
public class HouseholdDirectory {

    @Inject
    Database database;

    public void requireInScope(NewParty party, Caller caller) {
        if (party.householdId() == null) {
            return;
        }
        boolean covered = unitOf(party.householdId()).map(code -> caller.covers(new GridCode(code))).orElse(false);
        if (!covered) {
            throw new InvalidInput(party.householdField(), "no household with this id in your grid scope");
        }
    }

    private Optional<String> unitOf(UUID householdId) {
        return database.run(c -> Sql.one(c, """
                select u.code from household_directory h join unit_directory u on u.unit_id = h.unit_id
                 where h.household_id = ?
                """, rs -> rs.getString(1), householdId));
    }
}
