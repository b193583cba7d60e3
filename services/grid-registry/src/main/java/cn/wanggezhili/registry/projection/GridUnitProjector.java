package cn.wanggezhili.registry.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitCreated;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitMerged;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitMoved;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitRenamed;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitRetired;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitSplit;
import cn.wanggezhili.registry.domain.GridUnitEvent.StaffAssigned;
import cn.wanggezhili.registry.domain.GridUnitEvent.StaffUnassigned;

/**
 * Keeps grid_unit_view, issued_code and staff_assignment_view from grid unit events. Every write is guarded by
 * the unit's stream version or keyed by an id, so applying an event twice, or replaying all, gives the same rows.
 */
@ApplicationScoped
public class GridUnitProjector {

    private static final String UPSERT_UNIT = """
            insert into grid_unit_view (id, code, name, level, kind, parent_id, parent_code, retired, version, updated_at)
            values (?, ?, ?, ?, ?, ?, ?, false, ?, ?)
            on conflict (id) do nothing
            """;
    private static final String ISSUE_CODE = "insert into issued_code (code, unit_id, issued_at) values (?, ?, ?) on conflict do nothing";

    public void apply(Connection c, GridUnitEvent event, int version, Instant at) {
        // exhaustive over the sealed GridUnitEvent: a new event type fails compilation until it is projected here
        switch (event) {
            case GridUnitCreated e -> {
                Sql.update(c, UPSERT_UNIT, e.unitId().value(), e.code(), e.name(), e.level(), e.kind(),
                        e.parentId() == null ? null : e.parentId().value(), e.parentCode(), version, at);
                Sql.update(c, ISSUE_CODE, e.code(), e.unitId().value(), at);
            }
            case GridUnitRenamed e -> set(c, e, version, at, "name = ?", e.newName());
            case GridUnitMoved e -> {
                set(c, e, version, at, "code = ?, parent_id = ?, parent_code = ?", e.code(), e.newParentId().value(), e.newParentCode());
                Sql.update(c, ISSUE_CODE, e.code(), e.unitId().value(), at);
                recodeDependents(c, e);
            }
            case GridUnitSplit e ->
                    set(c, e, version, at, "retired = true, successor_codes = ?", (Object) e.successorCodes().toArray(String[]::new));
            case GridUnitMerged e ->
                    set(c, e, version, at, "retired = true, successor_codes = ?", (Object) new String[] {e.successorCode()});
            case GridUnitRetired e -> set(c, e, version, at, "retired = true");
            case StaffAssigned e -> assigned(c, e, version, at);
            case StaffUnassigned e -> {
                Sql.update(c, "update staff_assignment_view set until = ? where assignment_id = ?", e.until(), e.assignmentId().value());
                set(c, e, version, at, null);
            }
        }
    }

    private static void assigned(Connection c, StaffAssigned e, int version, Instant at) {
        Sql.update(c, """
                insert into staff_assignment_view (assignment_id, unit_id, unit_code, staff_id, staff_name, username, role, since)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (assignment_id) do nothing
                """, e.assignmentId().value(), e.unitId().value(), e.code(), e.staffId().value(), e.staffName(),
                e.username(), e.role(), e.since());
        set(c, e, version, at, null);
    }

    /** A unit's new code is copied onto the rows that carry it for subtree queries. */
    private static void recodeDependents(Connection c, GridUnitMoved e) {
        Sql.update(c, "update staff_assignment_view set unit_code = ? where unit_id = ?", e.code(), e.unitId().value());
        Sql.update(c, "update household_view set unit_code = ? where unit_id = ?", e.code(), e.unitId().value());
        Sql.update(c, "update unit_population set unit_code = ? where unit_id = ?", e.code(), e.unitId().value());
        Sql.update(c, """
                update resident_view set unit_code = ?
                 where household_id in (select id from household_view where unit_id = ?)
                """, e.code(), e.unitId().value());
    }

    private static void set(Connection c, GridUnitEvent e, int version, Instant at, String assignments, Object... values) {
        String sql = "update grid_unit_view set " + (assignments == null ? "" : assignments + ", ")
                + "version = ?, updated_at = ? where id = ? and version < ?";
        Object[] params = new Object[values.length + 4];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = version;
        params[values.length + 1] = at;
        params[values.length + 2] = e.unitId().value();
        params[values.length + 3] = version;
        Sql.update(c, sql, params);
    }
}
