package cn.wanggezhili.scoring.integration;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.consumer.Subscription;

/**
 * The scored people the registry knows, from grid-registry.events: grid staff become grid-worker subjects while they
 * hold a post (named and placed by their latest post), households become household subjects on their micro-grid.
 * The platform applies each event once per stream version.
 */
@ApplicationScoped
public class GridRegistryEventsConsumer implements Subscription {

    static final String PREFIX = "grid-registry.";

    @Override
    public String consumerName() {
        return "scoring.grid-registry";
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
                Sql.update(c, "insert into staff_post (assignment_id, staff_id, code) values (?, ?, ?) on conflict do nothing",
                        p.uuid("assignmentId"), p.uuid("staffId"), p.text("code"));
                Sql.update(c, """
                        insert into subject (subject_id, subject_type, name, code, username, active) values (?, 'GRID_WORKER', ?, ?, ?, true)
                        on conflict (subject_id) do update set name = excluded.name, code = excluded.code,
                            username = coalesce(excluded.username, subject.username), active = true
                        """, p.uuid("staffId"), p.text("staffName"), p.text("code"), p.text("username"));
            }
            case "StaffUnassigned.v1" -> {
                UUID staff = p.uuid("staffId");
                Sql.update(c, "delete from staff_post where assignment_id = ?", p.uuid("assignmentId"));
                Sql.update(c, """
                        update subject set active = exists (select 1 from staff_post where staff_id = ?),
                            code = coalesce((select code from staff_post where staff_id = ? limit 1), code)
                         where subject_id = ?
                        """, staff, staff, staff);
            }
            case "HouseholdRegistered.v1" -> Sql.update(c, """
                    insert into subject (subject_id, subject_type, name, code, active) values (?, 'HOUSEHOLD', ?, ?, true)
                    on conflict (subject_id) do nothing
                    """, p.uuid("householdId"), householdName(p.text("number")), p.text("code"));
            case "HouseholdMoved.v1" -> Sql.update(c, "update subject set code = ? where subject_id = ?",
                    p.text("code"), p.uuid("householdId"));
            default -> {
                // units and residents: scoring needs neither (residents' personal data stays in the registry)
            }
        }
    }

    /** Households show on notice boards by their door number, never by a resident's name. */
    private static String householdName(String number) {
        return number == null ? "农户" : number + "户";
    }
}
