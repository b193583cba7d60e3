package cn.wanggezhili.staffscope;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.consumer.Subscription;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.eventstore.quarkus.EventStoreSettings;
import cn.wanggezhili.sql.Sql;

/**
 * Keeps {@code staff_scope_post} from grid-registry.events: a post with a login name is added when assigned and
 * deleted when it ends; a moved or recoded unit's posts take its new code (the registry sends a move for every unit
 * of a moved subtree). A consumer of its own, reading the topic from the beginning.
 */
@ApplicationScoped
public class StaffPostsConsumer implements Subscription {

    private static final String PREFIX = "grid-registry.";

    @Inject
    EventStoreSettings settings;

    @Override
    public String consumerName() {
        return settings.service() + ".staff-scope";
    }

    @Override
    public List<String> topics() {
        return List.of("grid-registry.events");
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        JsonPayload p = JsonPayload.of(event.payload());
        switch (event.eventType().replace(PREFIX, "")) {
            case "StaffAssigned.v1" -> {
                if (p.text("username") != null && !p.text("username").isBlank()) {
                    Sql.update(c, """
                            insert into staff_scope_post (assignment_id, username, unit_id, unit_code) values (?, ?, ?, ?)
                            on conflict (assignment_id) do nothing
                            """, p.uuid("assignmentId"), p.text("username"), p.uuid("unitId"), p.text("code"));
                }
            }
            case "StaffUnassigned.v1" -> Sql.update(c, "delete from staff_scope_post where assignment_id = ?", p.uuid("assignmentId"));
            case "GridUnitMoved.v1" -> Sql.update(c, "update staff_scope_post set unit_code = ? where unit_id = ?",
                    p.text("code"), p.uuid("unitId"));
            default -> {
                // units created, renamed, split, merged, retired; households and residents: no post changes
            }
        }
    }
}
