package org.gridsuite.dispatch.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import org.gridsuite.eventstore.JsonPayload;
import org.gridsuite.eventstore.ReceivedEvent;
import org.gridsuite.eventstore.Sql;
import org.gridsuite.eventstore.quarkus.Subscription;

/**
 * The grid as task dispatch needs it, from grid-registry.events: units (code, parent, level) and who holds which
 * post, so that routing never calls the registry. The platform applies each event once per stream version.
 */
@ApplicationScoped
public class GridRegistryEventsConsumer implements Subscription {

    static final String PREFIX = "grid-registry.";

    @Override
    public String consumerName() {
        return "task-dispatch.grid-registry";
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
                    """, p.uuid("unitId"), p.text("code"), p.text("parentCode"), p.integer("level"), p.text("name"));
            case "GridUnitRenamed.v1" -> Sql.update(c, "update unit_directory set name = ? where unit_id = ?",
                    p.text("newName"), p.uuid("unitId"));
            case "GridUnitMoved.v1" -> {
                Sql.update(c, "update unit_directory set code = ?, parent_code = ? where unit_id = ?",
                        p.text("code"), p.text("newParentCode"), p.uuid("unitId"));
                Sql.update(c, "update staff_post set unit_code = ? where unit_id = ?", p.text("code"), p.uuid("unitId"));
                // open tasks and plans follow in their own transactions (UnitRecodings): appending to a task here,
                // after this transaction's first write, could put its events on the topic out of order (ADR 0001)
                Sql.update(c, """
                        insert into unit_recoding (old_code, new_code, unit_id, recoded_at) values (?, ?, ?, ?)
                        on conflict (old_code) do nothing
                        """, p.text("oldCode"), p.text("code"), p.uuid("unitId"), event.occurredAt());
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
                // households and residents: task dispatch does not need them yet
            }
        }
    }
}
