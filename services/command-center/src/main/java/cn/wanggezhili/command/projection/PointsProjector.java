package cn.wanggezhili.command.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import cn.wanggezhili.command.app.SuiteReadModel;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;

/** Points credited by scoring's quarterly settlements and redeemed at the points store's counters. */
@ApplicationScoped
public class PointsProjector implements SuiteReadModel {

    @Override
    public void apply(Connection c, StoredEvent event) {
        if ("scoring.PointsCredited.v1".equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            Sql.update(c, """
                    insert into points_credit (settlement_id, code, subject_type, points, at) values (?, ?, ?, ?, ?)
                    on conflict (settlement_id) do nothing
                    """, p.uuid("settlementId"), p.text("code"), p.text("subjectType"), p.integer("points"), at(p, event));
        } else if ("points-store.RedemptionFulfilled.v1".equals(event.eventType())) {
            JsonPayload p = JsonPayload.of(event.payload());
            Sql.update(c, """
                    insert into points_redemption (redemption_id, code, points, items, at) values (?, ?, ?, ?, ?)
                    on conflict (redemption_id) do nothing
                    """, p.uuid("redemptionId"), p.text("code"), p.integer("points"), p.integer("items"), at(p, event));
        }
    }

    private static java.time.Instant at(JsonPayload p, StoredEvent event) {
        return p.has("at") ? p.instant("at") : event.occurredAt();
    }

    @Override
    public void clear(Connection c) {
        Sql.update(c, "truncate points_credit, points_redemption");
    }
}
