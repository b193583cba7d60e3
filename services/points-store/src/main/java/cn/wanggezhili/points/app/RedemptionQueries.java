package cn.wanggezhili.points.app;

import cn.wanggezhili.readpolicy.suite.PointsReadPolicy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.points.domain.AccountId;
import cn.wanggezhili.points.domain.RedemptionId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.Page;

/** Redemptions as their account's holders and the store's staff see them. */
@ApplicationScoped
public class RedemptionQueries {

    public record RedemptionView(UUID id, UUID accountId, String accountCode, String storeCode, UUID itemId, String itemName,
                                 int items, int points, int tier, String mode, String status, Instant reservedAt,
                                 Instant expiresAt, Instant closedAt, int version) {
    }

    @Inject
    Database database;

    @Inject
    AccountQueries accounts;

    public RedemptionView redemption(RedemptionId id, Caller caller) {
        RedemptionView r = database.run(c -> Sql.one(c, "select * from redemption_view where id = ?", RedemptionQueries::row, id.value()))
                .orElseThrow(() -> new NotFound("redemption", id));
        if (caller.hasAnyRole(PointsReadPolicy.ACCOUNT_READERS)) {
            GridScopeGuard.requireCovers(caller, new GridCode(r.storeCode()), "the store");
            return r;
        }
        if (accounts.holds(r.accountId(), caller.username())) {
            return r;
        }
        throw new NotFound("redemption", id); // not the account's id: the caller may not learn it
    }

    /** An account's redemptions (for whoever may read the account), newest first. */
    public Page<RedemptionView> ofAccount(AccountId account, String status, int limit, UUID after, Caller caller) {
        accounts.account(account, caller);
        return page(database.run(c -> Sql.list(c, """
                select * from redemption_view where account_id = ? and (?::text is null or status = ?)
                   and (?::uuid is null or id > ?) order by id limit ?
                """, RedemptionQueries::row, account.value(), status, status, after, after, limit + 1)), limit);
    }

    /** A store's redemptions, e.g. the reservations waiting at the counter. */
    public Page<RedemptionView> ofStore(GridCode store, String status, int limit, UUID after, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, StaffRoles.COUNTER);
        GridScopeGuard.requireCovers(caller, store);
        return page(database.run(c -> Sql.list(c, """
                select * from redemption_view where store_code = ? and (?::text is null or status = ?)
                   and (?::uuid is null or id > ?) order by id limit ?
                """, RedemptionQueries::row, store.value(), status, status, after, after, limit + 1)), limit);
    }

    private static Page<RedemptionView> page(List<RedemptionView> rows, int limit) {
        return Page.of(rows, limit, r -> r.id().toString());
    }

    private static RedemptionView row(ResultSet rs) throws SQLException {
        return new RedemptionView(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("account_code"), rs.getString("store_code"), rs.getObject("item_id", UUID.class),
                rs.getString("item_name"), rs.getInt("items"), rs.getInt("points"), rs.getInt("tier"), rs.getString("mode"),
                rs.getString("status"), Sql.instant(rs, "reserved_at"), Sql.instant(rs, "expires_at"),
                Sql.instant(rs, "closed_at"), rs.getInt("version"));
    }
}
