package cn.wanggezhili.points.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.util.List;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.points.app.AccountReadModel;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.AccountEvent.AccountHolderLinked;
import cn.wanggezhili.points.domain.AccountEvent.AccountOpened;
import cn.wanggezhili.points.domain.AccountEvent.PointsAdjusted;
import cn.wanggezhili.points.domain.AccountEvent.PointsCredited;
import cn.wanggezhili.points.domain.AccountEvent.PointsDebited;
import cn.wanggezhili.points.domain.AccountEvent.PointsExpired;
import cn.wanggezhili.points.domain.AccountEvent.PointsRefunded;

/** Keeps account_view, account_holder and ledger_entry; writes are guarded by the account's stream version. */
@ApplicationScoped
public class AccountProjector implements AccountReadModel {

    @Override
    public void apply(Connection c, Account after, List<? extends AccountEvent> events, List<StoredEvent> stored) {
        for (int i = 0; i < events.size(); i++) {
            AccountEvent event = events.get(i);
            int version = stored.get(i).version();
            switch (event) {
                case AccountOpened e -> Sql.update(c, """
                        insert into account_view (id, code, subject_type, subject_id, subject_name, balance, opened_at, version)
                        values (?, ?, ?, ?, ?, 0, ?, ?) on conflict (id) do nothing
                        """, e.accountId().value(), e.code(), e.subjectType(), e.subjectId(), e.subjectName(), e.at(), version);
                case AccountHolderLinked e -> Sql.update(c,
                        "insert into account_holder (account_id, username) values (?, ?) on conflict do nothing",
                        e.accountId().value(), e.username());
                case PointsCredited e -> entry(c, e, version, "CREDITED",
                        e.points(), e.balance(), e.settlementId(), e.quarter(), null, e.at());
                case PointsDebited e -> entry(c, e, version, "DEBITED",
                        -e.points(), e.balance(), e.redemptionId(), null, null, e.at());
                case PointsRefunded e -> entry(c, e, version, "REFUNDED",
                        e.points(), e.balance(), e.redemptionId(), e.reason(), null, e.at());
                case PointsExpired e -> entry(c, e, version, "EXPIRED",
                        -e.points(), e.balance(), e.lotId(), null, null, e.at());
                case PointsAdjusted e -> entry(c, e, version, "ADJUSTED",
                        e.points(), e.balance(), e.adjustmentId(), e.reason(), e.by(), e.at());
            }
        }
        Sql.update(c, "update account_view set balance = ?, next_expiry = ?, version = ? where id = ? and version < ?",
                after.balance(), after.nextExpiry(), after.version(), after.id().value(), after.version());
    }

    private static void entry(Connection c, AccountEvent e, int version, String kind, int points, int balance,
                              java.util.UUID reference, String reason, String by, java.time.Instant at) {
        Sql.update(c, """
                insert into ledger_entry (account_id, version, kind, points, balance, reference, reason, by_username, at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing
                """, e.accountId().value(), version, kind, points, balance, reference, reason, by, at);
    }
}
