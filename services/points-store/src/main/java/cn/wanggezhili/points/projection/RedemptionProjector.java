package cn.wanggezhili.points.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.points.app.RedemptionReadModel;
import cn.wanggezhili.points.domain.RedemptionEvent;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionCancelled;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionFulfilled;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionLapsed;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionReserved;

/** Keeps redemption_view; each write is guarded by the redemption's stream version. */
@ApplicationScoped
public class RedemptionProjector implements RedemptionReadModel {

    @Override
    public void apply(Connection c, RedemptionEvent event, int version) {
        switch (event) {
            case RedemptionReserved e -> Sql.update(c, """
                    insert into redemption_view (id, account_id, account_code, store_code, item_id, item_name, items, points,
                                                 tier, mode, status, reserved_at, expires_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'RESERVED', ?, ?, ?) on conflict (id) do nothing
                    """, e.redemptionId().value(), e.accountId().value(), e.accountCode(), e.code(), e.itemId().value(),
                    e.itemNameZh(), e.items(), e.points(), e.tier(), e.mode(), e.at(), e.expiresAt(), version);
            case RedemptionFulfilled e -> end(c, e, "FULFILLED", e.at(), version);
            case RedemptionCancelled e -> end(c, e, "CANCELLED", e.at(), version);
            case RedemptionLapsed e -> end(c, e, "LAPSED", e.at(), version);
        }
    }

    private static void end(Connection c, RedemptionEvent e, String status, java.time.Instant at, int version) {
        Sql.update(c, "update redemption_view set status = ?, closed_at = ?, version = ? where id = ? and version < ?",
                status, at, version, e.redemptionId().value(), version);
    }
}
