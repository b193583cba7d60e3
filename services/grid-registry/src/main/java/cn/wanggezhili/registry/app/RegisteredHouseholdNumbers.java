package cn.wanggezhili.registry.app;

import cn.wanggezhili.registry.domain.HouseholdNumbers;
import cn.wanggezhili.registry.domain.UnitId;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The household numbers on each unit, from household_view on the command's own connection. */
@ApplicationScoped
public class RegisteredHouseholdNumbers implements HouseholdNumbers {

    @Inject
    Database database;

    @Override
    public boolean isTaken(UnitId unit, String number) {
        return database.run(c -> Sql.count(c, "select count(*) from household_view where unit_id = ? and number = ?",
                unit.value(), number) > 0);
    }
}
