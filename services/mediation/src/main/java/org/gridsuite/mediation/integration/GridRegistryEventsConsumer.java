package org.gridsuite.mediation.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import org.gridsuite.eventstore.JsonPayload;
import org.gridsuite.eventstore.ReceivedEvent;
import org.gridsuite.eventstore.Sql;
import org.gridsuite.eventstore.quarkus.Subscription;

/**
 * The grid as mediation needs it, from grid-registry.events: which units exist, and who holds which post (grid staff
 * who can be assigned as mediators). Households and residents are not read: parties give their data at the desk.
 */
@ApplicationScoped
public class GridRegistryEventsConsumer implements Subscription {

    static final String PREFIX = "grid-registry.";

    @Override
    public String consumerName() {
        return "mediation.grid-registry";
    }

    @Override
    public List<String> topics() {
        return List.of("grid-registry.events");
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) throws java.sql.SQLException {
        JsonPayload p = JsonPayload.of(event.payload());
        switch (event.eventType().replace(PREFIX, "")) {
            case "GridUnitCreated.v1" -> Sql.update(c, """
                    insert into unit_directory (unit_id, code, parent_code, level, name) values (?, ?, ?, ?, ?)
                    on conflict (unit_id) do nothing
                    """, p.uuid("unitId"), p.text("code"), p.text("parentCode"),
                    p.integer("level"), p.text("name"));
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
                    """, p.uuid("assignmentId"), p.uuid("unitId"), p.text("code"),
                    p.uuid("staffId"), p.text("username"), p.text("staffName"), p.text("role"));
            case "StaffUnassigned.v1" -> Sql.update(c, "delete from staff_post where assignment_id = ?", p.uuid("assignmentId"));
            default -> {
                // households and residents: not needed here
            }
        }
    }
}
