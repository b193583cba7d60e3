package cn.wanggezhili.registry.app;

import cn.wanggezhili.readpolicy.suite.RegistryReadPolicy;

import cn.wanggezhili.sql.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.web.Page;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.app.Views.HouseholdView;
import cn.wanggezhili.registry.app.Views.ResidentView;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.ResidentId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.kernel.NotFound;

/** Reads of households and residents, masked; the scope check is on the household's unit. */
@ApplicationScoped
public class HouseholdQueries {

    @Inject
    Database database;

    public HouseholdView household(HouseholdId id, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, RegistryReadPolicy.HOUSEHOLD_READERS);
        HouseholdView household = database.run(c -> Sql.one(c, "select * from household_view where id = ?",
                HouseholdQueries::household, id.value())).orElseThrow(() -> new NotFound("household", id));
        GridScopeGuard.requireCovers(caller, new GridCode(household.unitCode()));
        return household;
    }

    public Page<HouseholdView> list(GridCode under, int limit, String after, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, RegistryReadPolicy.HOUSEHOLD_READERS);
        GridScopeGuard.requireCovers(caller, under);
        // cursor: "<unit code>/<number>", the sort key of the list
        String[] cursor = after == null ? new String[] {"", ""} : after.split("/", 2);
        List<HouseholdView> rows = database.run(c -> Sql.list(c, """
                select * from household_view
                 where unit_code like ? and (unit_code, number) > (?, ?)
                 order by unit_code, number limit ?
                """, HouseholdQueries::household, under.subtreePrefix() + "%", cursor[0], cursor.length > 1 ? cursor[1] : "", limit + 1));
        return Page.of(rows, limit, h -> h.unitCode() + "/" + h.number());
    }

    public List<ResidentView> residents(HouseholdId id, Caller caller) {
        household(id, caller);
        return database.run(c -> Sql.list(c, "select * from resident_view where household_id = ? order by id",
                HouseholdQueries::resident, id.value()));
    }

    public ResidentView resident(ResidentId id, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, RegistryReadPolicy.HOUSEHOLD_READERS);
        ResidentView resident = database.run(c -> Sql.one(c, "select * from resident_view where id = ?",
                HouseholdQueries::resident, id.value())).orElseThrow(() -> new NotFound("resident", id));
        GridScopeGuard.requireCovers(caller, new GridCode(resident.unitCode()));
        return resident;
    }

    private static HouseholdView household(ResultSet rs) throws SQLException {
        return new HouseholdView(rs.getObject("id", UUID.class), rs.getString("unit_code"), rs.getString("number"),
                rs.getInt("resident_count"), Sql.instant(rs, "registered_at"));
    }

    private static ResidentView resident(ResultSet rs) throws SQLException {
        return new ResidentView(rs.getObject("id", UUID.class), rs.getObject("household_id", UUID.class),
                rs.getString("unit_code"), rs.getString("relation"), rs.getString("masked_name"),
                rs.getString("masked_id_number"), rs.getString("masked_phone"), Sql.instant(rs, "left_at"),
                Sql.instant(rs, "personal_data_erased_at"));
    }
}
