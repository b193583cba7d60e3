package cn.wanggezhili.command.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import cn.wanggezhili.command.app.SuiteReadModel;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;

/** One row per dispute case, from mediation.events: where it arose, when and how it ended. */
@ApplicationScoped
public class MediationCaseProjector implements SuiteReadModel {

    @Override
    public void apply(Connection c, StoredEvent event) {
        if ("mediation.CaseRegistered.v1".equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            Sql.update(c, """
                    insert into mediation_case (case_id, code, dispute_type, registered_at) values (?, ?, ?, ?)
                    on conflict (case_id) do nothing
                    """, p.uuid("caseId"), p.text("code"), p.text("disputeType"), at(p, event));
        } else if ("mediation.CaseClosed.v1".equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            Sql.update(c, """
                    insert into mediation_case (case_id, code, dispute_type, registered_at, closed_at, outcome, closed_at_level)
                    values (?, ?, ?, coalesce(?::timestamptz, ?::timestamptz), ?, ?, ?)
                    on conflict (case_id) do update set closed_at = excluded.closed_at, outcome = excluded.outcome,
                                                        closed_at_level = excluded.closed_at_level
                    """, p.uuid("caseId"), p.text("code"), p.text("disputeType"), p.instant("registeredAt"), at(p, event),
                    at(p, event), p.text("outcome"), p.text("closedAtLevel"));
        }
    }

    private static java.time.Instant at(JsonPayload p, StoredEvent event) {
        return p.has("at") ? p.instant("at") : event.occurredAt();
    }

    @Override
    public void clear(Connection c) {
        Sql.update(c, "truncate mediation_case");
    }
}
