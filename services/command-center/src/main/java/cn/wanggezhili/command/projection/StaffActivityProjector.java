package cn.wanggezhili.command.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.Map;
import cn.wanggezhili.command.app.SuiteReadModel;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.web.LocalPeriod;

/** Steps grid staff took on tasks, per person, local day and unit: who is active where. */
@ApplicationScoped
public class StaffActivityProjector implements SuiteReadModel {

    /** Task events and the field naming who acted. */
    static final Map<String, String> ACTOR = Map.of(
            "task-dispatch.TaskCreated.v1", "reporter",
            "task-dispatch.TaskAccepted.v1", "by",
            "task-dispatch.TaskStarted.v1", "by",
            "task-dispatch.TaskCompleted.v1", "by",
            "task-dispatch.TaskClosed.v1", "verifiedBy",
            "task-dispatch.TaskReturned.v1", "by",
            "task-dispatch.TaskHandedOver.v1", "from");

    @Override
    public void apply(Connection c, StoredEvent event) {
        String field = ACTOR.get(event.eventType());
        if (field == null) {
            return;
        }
        JsonPayload p = JsonPayload.of(event.payload());
        JsonPayload actor = p.at(field);
        if (actor.uuid("staffId") == null || event.gridCode() == null) {
            return; // a resident's report: no staff acted
        }
        LocalDate day = LocalPeriod.day(event.occurredAt());
        Sql.update(c, """
                insert into staff_activity (staff_id, day, code, name, actions) values (?, ?, ?, ?, 1)
                on conflict (staff_id, day, code) do update set actions = staff_activity.actions + 1, name = excluded.name
                """, actor.uuid("staffId"), day, event.gridCode(), actor.text("name"));
    }

    @Override
    public void clear(Connection c) {
        Sql.update(c, "truncate staff_activity");
    }
}
