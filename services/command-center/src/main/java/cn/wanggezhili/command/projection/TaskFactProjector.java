package cn.wanggezhili.command.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import cn.wanggezhili.command.app.SuiteReadModel;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.gridcode.GridCode;

/** One row per task and one per escalation, from task-dispatch.events. */
@ApplicationScoped
public class TaskFactProjector implements SuiteReadModel {

    static final String PREFIX = "task-dispatch.Task";

    @Override
    public void apply(Connection c, StoredEvent event) {
        if (!event.eventType().startsWith(PREFIX)) {
            return;
        }
        JsonPayload p = JsonPayload.of(event.payload());
        Object task = p.uuid("taskId");
        switch (event.eventType().substring(PREFIX.length())) {
            case "Created.v1" -> Sql.update(c, """
                    insert into task_fact (task_id, origin_code, code, type_code, title, status, created_at, due_at)
                    values (?, ?, ?, ?, ?, 'CREATED', ?, ?) on conflict (task_id) do nothing
                    """, task, p.text("code"), p.text("code"), p.text("typeCode"), p.text("title"), event.occurredAt(),
                    p.instant("dueAt"));
            case "Assigned.v1" -> Sql.update(c, "update task_fact set status = 'ASSIGNED', owner_name = ? where task_id = ?",
                    p.at("assignee").text("name"), task);
            case "HandedOver.v1" -> Sql.update(c, "update task_fact set owner_name = ? where task_id = ?", p.at("to").text("name"), task);
            case "Accepted.v1" -> status(c, task, "ACCEPTED");
            case "Started.v1", "Returned.v1" -> status(c, task, "IN_PROGRESS");
            case "Completed.v1" -> status(c, task, "COMPLETED");
            case "Cancelled.v1", "Merged.v1" -> Sql.update(c,
                    "update task_fact set status = 'CANCELLED', closed_at = ? where task_id = ?", p.instant("at"), task);
            case "Closed.v1", "ClosedByMediation.v1" -> Sql.update(c, """
                    update task_fact set status = 'CLOSED', closed_at = ?, closed_at_origin = ? where task_id = ?
                    """, p.instant("at"), p.bool("closedAtOrigin"), task);
            case "ReferredToMediation.v1" -> status(c, task, "IN_MEDIATION");
            case "ReturnedFromMediation.v1" -> Sql.update(c, """
                    update task_fact set status = case when ? then 'ASSIGNED' else 'CREATED' end, owner_name = ? where task_id = ?
                    """, p.has("owner"), p.at("owner").text("name"), task);
            case "Escalated.v1" -> {
                Sql.update(c, """
                        update task_fact set code = ?, due_at = ?, escalations = escalations + 1,
                               status = case when ? then 'ASSIGNED' else 'CREATED' end, owner_name = ?
                         where task_id = ?
                        """, p.text("code"), p.instant("newDueAt"), p.has("newOwner"), p.at("newOwner").text("name"), task);
                Sql.update(c, """
                        insert into task_escalation (task_id, from_code, to_code, to_depth, at) values (?, ?, ?, ?, ?)
                        on conflict do nothing
                        """, task, p.text("fromCode"), p.text("code"), new GridCode(p.text("code")).depth(), p.instant("at"));
            }
            case "UnitRecoded.v1" -> Sql.update(c, """
                    update task_fact set code = ?, origin_code = case when origin_code = ? then ? else origin_code end
                     where task_id = ?
                    """, p.text("code"), p.text("oldCode"), p.text("newCode"), task);
            default -> {
                // flagged duplicates change no figure
            }
        }
    }

    private static void status(Connection c, Object task, String status) {
        Sql.update(c, "update task_fact set status = ? where task_id = ?", status, task);
    }

    @Override
    public void clear(Connection c) {
        Sql.update(c, "truncate task_fact, task_escalation");
    }
}
