package cn.wanggezhili.griddirectory;

import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.sql.Sql;

/**
 * The grid as a service that routes work to grid staff needs it, projected from grid-registry.events (never asked
 * synchronously): which units exist ({@code unit_directory}: code, parent, level, name, retired) and who holds which
 * post on which unit ({@code staff_post}, active posts only). The service creates both tables in its own migrations,
 * with the columns written here and the indexes its queries want. Households and residents are not read.
 */
public final class GridDirectory {

    public static final List<String> TOPICS = List.of("grid-registry.events");

    private static final String PREFIX = "grid-registry.";

    private GridDirectory() {
    }

    /** Applies one registry event; events about households and residents change nothing. */
    public static void apply(Connection c, ReceivedEvent event) {
        JsonPayload p = JsonPayload.of(event.payload());
        switch (event.eventType().replace(PREFIX, "")) {
            case "GridUnitCreated.v1" -> Sql.update(c, """
                    insert into unit_directory (unit_id, code, parent_code, level, name) values (?, ?, ?, ?, ?)
                    on conflict (unit_id) do nothing
                    """, p.uuid("unitId"), p.text("code"), p.text("parentCode"), p.integer("level"), p.text("name"));
            case "GridUnitRenamed.v1" -> Sql.update(c, "update unit_directory set name = ? where unit_id = ?",
                    p.text("newName"), p.uuid("unitId"));
            case "GridUnitMoved.v1" -> {
                Sql.update(c, "update unit_directory set code = ?, parent_code = ? where unit_id = ?",
                        p.text("code"), p.text("newParentCode"), p.uuid("unitId"));
                Sql.update(c, "update staff_post set unit_code = ? where unit_id = ?", p.text("code"), p.uuid("unitId"));
            }
            case "GridUnitSplit.v1", "GridUnitMerged.v1", "GridUnitRetired.v1" ->
                    Sql.update(c, "update unit_directory set retired = true where unit_id = ?", p.uuid("unitId"));
            case "StaffAssigned.v1" -> Sql.update(c, """
                    insert into staff_post (assignment_id, unit_id, unit_code, staff_id, username, staff_name, role)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (assignment_id) do nothing
                    """, p.uuid("assignmentId"), p.uuid("unitId"), p.text("code"), p.uuid("staffId"),
                    p.text("username"), p.text("staffName"), p.text("role"));
            case "StaffUnassigned.v1" -> Sql.update(c, "delete from staff_post where assignment_id = ?", p.uuid("assignmentId"));
            default -> {
                // households and residents
            }
        }
    }
}
