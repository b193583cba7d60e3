package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.LocalPeriod;

/**
 * A store's exchanges in a period (dates in Asia/Shanghai, both ends included): how many redemptions were fulfilled,
 * how many units they gave out and how many points they took, in total and per item — the article's "23,000 points
 * for about 1,800 items" of one village.
 */
@ApplicationScoped
public class StoreStatements {

    static final String[] READERS = {Role.STORE_CLERK, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN, Role.INTEGRATOR};

    public record ItemLine(java.util.UUID itemId, String itemName, long redemptions, long items, long points) {
    }

    public record Statement(String storeCode, LocalDate from, LocalDate to, long redemptions, long items, long points,
                            long accounts, List<ItemLine> byItem) {
    }

    @Inject
    Database database;

    /** {@code period}: the days asked for, checked by the API edge (a period ending before it starts is a 400 there). */
    public Statement exchanges(GridCode store, LocalPeriod period, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, READERS);
        GridScopeGuard.requireCovers(caller, store);
        Instant start = period.start();
        Instant end = period.end();
        List<ItemLine> lines = database.run(c -> Sql.list(c, """
                select item_id, item_name, count(*) as redemptions, sum(items) as items, sum(points) as points
                  from redemption_view
                 where store_code = ? and status = 'FULFILLED' and closed_at >= ? and closed_at < ?
                 group by item_id, item_name order by sum(points) desc, item_name
                """, rs -> new ItemLine(rs.getObject("item_id", java.util.UUID.class), rs.getString("item_name"),
                rs.getLong("redemptions"), rs.getLong("items"), rs.getLong("points")), store.value(), start, end));
        long accounts = database.run(c -> Sql.count(c, """
                select count(distinct account_id) from redemption_view
                 where store_code = ? and status = 'FULFILLED' and closed_at >= ? and closed_at < ?
                """, store.value(), start, end));
        return new Statement(store.value(), period.from(), period.to(), lines.stream().mapToLong(ItemLine::redemptions).sum(),
                lines.stream().mapToLong(ItemLine::items).sum(), lines.stream().mapToLong(ItemLine::points).sum(),
                accounts, lines);
    }
}
