package cn.wanggezhili.points.app;

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
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.Page;

/** Accounts and their statements, as the caller may see them (staff in their scope, holders their own). */
@ApplicationScoped
public class AccountQueries {

    public record AccountView(UUID id, String code, String subjectType, String subjectId, String subjectName, int balance,
                              Instant nextExpiry, Instant openedAt, int version, List<String> holders, Integer tier,
                              Integer tierYear) {
    }

    public record LedgerEntryView(int version, String kind, int points, int balance, UUID reference, String reason,
                                  String by, Instant at) {
    }

    private static final String SELECT = """
            select a.*, (select array_agg(username order by username) from account_holder h where h.account_id = a.id) as holders,
                   t.tier, t.year as tier_year
              from account_view a
              left join lateral (select tier, year from subject_tier s
                                  where s.subject_type = a.subject_type and s.subject_id = a.subject_id
                                  order by year desc limit 1) t on true
            """;

    @Inject
    Database database;

    public AccountView account(AccountId id, Caller caller) {
        AccountView a = database.run(c -> Sql.one(c, SELECT + " where a.id = ?", AccountQueries::row, id.value()))
                .orElseThrow(() -> new NotFound("account", id));
        AccountAccess.requireRead(caller, id.toString(), a.code(), a.holders().contains(caller.username()));
        return a;
    }

    /** True when {@code username} holds the account (a household's resident, a grid worker their own). */
    public boolean holds(UUID account, String username) {
        return !username.isEmpty() && database.run(c -> Sql.one(c,
                "select 1 from account_holder where account_id = ? and username = ?", rs -> true, account, username)).isPresent();
    }

    /** Staff: accounts under a unit in their scope; anyone else: the accounts they hold. */
    public Page<AccountView> list(GridCode under, int limit, UUID after, Caller caller) {
        List<AccountView> rows;
        if (AccountAccess.isStaffReader(caller)) {
            GridScopeGuard.requireCovers(caller, under);
            rows = database.run(c -> Sql.list(c, SELECT + """
                     where a.code like ? and (?::uuid is null or a.id > ?) order by a.id limit ?
                    """, AccountQueries::row, under.subtreePrefix() + "%", after, after, limit + 1));
        } else {
            rows = database.run(c -> Sql.list(c, SELECT + """
                     where a.id in (select account_id from account_holder where username = ?)
                       and (?::uuid is null or a.id > ?) order by a.id limit ?
                    """, AccountQueries::row, caller.username(), after, after, limit + 1));
        }
        return Page.of(rows, limit, a -> a.id().toString());
    }

    /** The account's history, newest first. */
    public Page<LedgerEntryView> ledger(AccountId id, int limit, Integer before, Caller caller) {
        account(id, caller);
        List<LedgerEntryView> rows = database.run(c -> Sql.list(c, """
                select * from ledger_entry where account_id = ? and (?::int is null or version < ?)
                 order by version desc limit ?
                """, rs -> new LedgerEntryView(rs.getInt("version"), rs.getString("kind"), rs.getInt("points"),
                rs.getInt("balance"), rs.getObject("reference", UUID.class), rs.getString("reason"),
                rs.getString("by_username"), Sql.instant(rs, "at")), id.value(), before, before, limit + 1));
        return Page.of(rows, limit, e -> Integer.toString(e.version()));
    }

    private static AccountView row(ResultSet rs) throws SQLException {
        java.sql.Array holders = rs.getArray("holders");
        int tier = rs.getInt("tier");
        Integer tierOrNull = rs.wasNull() ? null : tier;
        int year = rs.getInt("tier_year");
        Integer yearOrNull = rs.wasNull() ? null : year;
        return new AccountView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("subject_name"), rs.getInt("balance"), Sql.instant(rs, "next_expiry"),
                Sql.instant(rs, "opened_at"), rs.getInt("version"),
                holders == null ? List.of() : List.of((String[]) holders.getArray()), tierOrNull, yearOrNull);
    }
}
