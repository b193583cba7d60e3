package cn.wanggezhili.registry.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.registry.domain.HouseholdEvent;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdMoved;
import cn.wanggezhili.registry.domain.HouseholdEvent.HouseholdRegistered;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentLeft;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentPersonalDataErased;
import cn.wanggezhili.registry.domain.HouseholdEvent.ResidentRegistered;

/** Keeps household_view and resident_view from household events, guarded by the household's stream version. */
@ApplicationScoped
public class HouseholdProjector {

    public void apply(Connection c, HouseholdEvent event, int version, Instant at) {
        // exhaustive over the sealed HouseholdEvent: a new event type fails compilation until it is projected here
        switch (event) {
            case HouseholdRegistered e -> registered(c, e, version, at);
            case HouseholdMoved e -> moved(c, e, version);
            case ResidentRegistered e -> residentRegistered(c, e, version);
            case ResidentLeft e -> {
                if (advance(c, e, version, "resident_count = resident_count - 1")) {
                    Sql.update(c, "update resident_view set left_at = ? where id = ?", at, e.residentId().value());
                    populationOfHousehold(c, e.householdId().value(), -1);
                }
            }
            case ResidentPersonalDataErased e -> {
                if (advance(c, e, version, "resident_count = resident_count")) {
                    Sql.update(c, """
                            update resident_view set masked_name = null, masked_id_number = null, masked_phone = null,
                                   personal_data_erased_at = ? where id = ?
                            """, at, e.residentId().value());
                }
            }
        }
    }

    private static void registered(Connection c, HouseholdRegistered e, int version, Instant at) {
        if (Sql.update(c, """
                insert into household_view (id, unit_id, unit_code, number, resident_count, version, registered_at)
                values (?, ?, ?, ?, 0, ?, ?) on conflict (id) do nothing
                """, e.householdId().value(), e.unitId().value(), e.code(), e.number(), version, at) == 1) {
            population(c, e.unitId().value(), e.code(), 1, 0);
        }
    }

    private static void moved(Connection c, HouseholdMoved e, int version) {
        var before = Sql.one(c, "select unit_id, resident_count from household_view where id = ?",
                rs -> new Object[] {rs.getObject(1, java.util.UUID.class), rs.getInt(2)}, e.householdId().value());
        if (advance(c, e, version, "unit_id = ?, unit_code = ?", e.unitId().value(), e.code())) {
            Sql.update(c, "update resident_view set unit_code = ? where household_id = ?", e.code(), e.householdId().value());
            int residents = (Integer) before.orElseThrow()[1];
            population(c, (java.util.UUID) before.orElseThrow()[0], e.oldCode(), -1, -residents);
            population(c, e.unitId().value(), e.code(), 1, residents);
        }
    }

    private static void residentRegistered(Connection c, ResidentRegistered e, int version) {
        if (advance(c, e, version, "resident_count = resident_count + 1")) {
            Sql.update(c, """
                    insert into resident_view (id, household_id, unit_code, relation, masked_name, masked_id_number, masked_phone)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing
                    """, e.residentId().value(), e.householdId().value(), e.code(), e.relation(), e.maskedName(),
                    e.maskedIdNumber(), e.maskedPhone());
            populationOfHousehold(c, e.householdId().value(), 1);
        }
    }

    private static void population(Connection c, java.util.UUID unitId, String unitCode, int households, int residents) {
        Sql.update(c, """
                insert into unit_population (unit_id, unit_code, households, residents) values (?, ?, ?, ?)
                on conflict (unit_id) do update set households = unit_population.households + excluded.households,
                                                    residents = unit_population.residents + excluded.residents
                """, unitId, unitCode, households, residents);
    }

    private static void populationOfHousehold(Connection c, java.util.UUID householdId, int residents) {
        Sql.update(c, """
                update unit_population p set residents = p.residents + ?
                  from household_view h where h.id = ? and p.unit_id = h.unit_id
                """, residents, householdId);
    }

    /** Applies the change only if this event is newer than the row: true when it did. */
    private static boolean advance(Connection c, HouseholdEvent e, int version, String assignments, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = version;
        params[values.length + 1] = e.householdId().value();
        params[values.length + 2] = version;
        return Sql.update(c, "update household_view set " + assignments + ", version = ? where id = ? and version < ?", params) == 1;
    }
}
