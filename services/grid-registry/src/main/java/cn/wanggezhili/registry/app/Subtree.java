package cn.wanggezhili.registry.app;

import cn.wanggezhili.sql.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.UnitId;

/** What lies under a unit, read from the registry's views on the command's connection. */
@ApplicationScoped
public class Subtree {

    @Inject
    Database database;

    /** Every unit strictly below {@code code}, top down (parents before children). */
    public List<UnitId> descendants(GridCode code) {
        return ids("""
                select id from grid_unit_view where code like ? and code <> ? order by level, code
                """, code.subtreePrefix() + "%", code.value()).stream().map(UnitId::new).toList();
    }

    public List<UnitId> activeChildren(UnitId parent) {
        return ids("select id from grid_unit_view where parent_id = ? and not retired order by code", parent.value())
                .stream().map(UnitId::new).toList();
    }

    public List<HouseholdId> households(UnitId unit) {
        return ids("select id from household_view where unit_id = ? order by number", unit.value())
                .stream().map(HouseholdId::new).toList();
    }

    private List<UUID> ids(String sql, Object... params) {
        return database.run(c -> Sql.list(c, sql, rs -> rs.getObject(1, UUID.class), params));
    }
}
