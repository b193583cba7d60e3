package org.gridsuite.dispatch.integration;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.gridsuite.eventstore.EventCodec;
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
        JsonNode p;
        try {
            p = EventCodec.json().readTree(event.payload());
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("unreadable payload", e);
        }
        switch (event.eventType().replace(PREFIX, "")) {
            case "GridUnitCreated.v1" -> Sql.update(c, """
                    insert into unit_directory (unit_id, code, parent_code, level, name) values (?, ?, ?, ?, ?)
                    on conflict (unit_id) do nothing
                    """, uuid(p, "unitId"), text(p, "code"), text(p, "parentCode"), p.path("level").asInt(), text(p, "name"));
            case "GridUnitRenamed.v1" -> Sql.update(c, "update unit_directory set name = ? where unit_id = ?",
                    text(p, "newName"), uuid(p, "unitId"));
            case "GridUnitMoved.v1" -> {
                Sql.update(c, "update unit_directory set code = ?, parent_code = ? where unit_id = ?",
                        text(p, "code"), text(p, "newParentCode"), uuid(p, "unitId"));
                Sql.update(c, "update staff_post set unit_code = ? where unit_id = ?", text(p, "code"), uuid(p, "unitId"));
                // open tasks and plans follow in their own transactions (UnitRecodings): appending to a task here,
                // after this transaction's first write, could put its events on the topic out of order (ADR 0001)
                Sql.update(c, """
                        insert into unit_recoding (old_code, new_code, unit_id, recoded_at) values (?, ?, ?, ?)
                        on conflict (old_code) do nothing
                        """, text(p, "oldCode"), text(p, "code"), uuid(p, "unitId"), event.occurredAt());
            }
            case "GridUnitSplit.v1", "GridUnitMerged.v1", "GridUnitRetired.v1" ->
                    Sql.update(c, "update unit_directory set retired = true where unit_id = ?", uuid(p, "unitId"));
            case "StaffAssigned.v1" -> Sql.update(c, """
                    insert into staff_post (assignment_id, unit_id, unit_code, staff_id, username, staff_name, role)
                    values (?, ?, ?, ?, ?, ?, ?) on conflict (assignment_id) do nothing
                    """, uuid(p, "assignmentId"), uuid(p, "unitId"), text(p, "code"), uuid(p, "staffId"),
                    text(p, "username"), text(p, "staffName"), text(p, "role"));
            case "StaffUnassigned.v1" -> Sql.update(c, "delete from staff_post where assignment_id = ?", uuid(p, "assignmentId"));
            default -> {
                // households and residents: task dispatch does not need them yet
            }
        }
    }

    private static String text(JsonNode payload, String field) {
        JsonNode node = payload.get(field);
        if (node != null && node.isObject()) {
            node = node.get("value"); // ids written before they travelled as plain values
        }
        return node == null || node.isNull() ? null : node.asText();
    }

    private static UUID uuid(JsonNode payload, String field) {
        String value = text(payload, field);
        return value == null ? null : UUID.fromString(value);
    }
}
