package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.points.domain.RedemptionEvent;
import cn.wanggezhili.points.domain.RedemptionId;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;

/**
 * A reservation's end: fulfilled at the counter by store staff, or cancelled (by its holder or staff) or lapsed,
 * which give the points back to the lots they came from and the units back to stock, in the same transaction.
 */
@ApplicationScoped
public class RedemptionLifecycleHandler {

    static final String[] COUNTER = {Role.STORE_CLERK, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    @Inject
    Database database;

    @Inject
    Redemptions redemptions;

    @Inject
    Accounts accounts;

    @Inject
    Items items;

    @Inject
    Clock clock;

    @Transactional
    public void fulfil(RedemptionId id, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, COUNTER);
        database.run(c -> {
            Redemption r = redemptions.lockAndLoad(c, id);
            GridScopeGuard.requireCovers(caller, r.storeCode());
            redemptions.append(c, r, r.fulfil(caller.username(), clock.instant()), clock.instant());
            return null;
        });
    }

    @Transactional
    public void cancel(RedemptionId id, String reason, Caller caller) {
        database.run(c -> {
            Redemption r = redemptions.lockAndLoad(c, id);
            Account account = accounts.lockAndLoad(c, r.accountId());
            boolean holder = account.isHeldBy(caller.username());
            AccountAccess.requireSpend(caller, account.id().toString(), account.code(), holder);
            if (!holder) {
                GridScopeGuard.requireCovers(caller, r.storeCode());
            }
            Instant now = clock.instant();
            giveBack(c, r, account, r.cancel(reason, caller.username(), now), reason, now);
            return null;
        });
    }

    /** Lapses a reservation not collected in time; false when it was already ended meanwhile. */
    @Transactional
    public boolean lapse(RedemptionId id) {
        return database.run(c -> {
            Redemption r = redemptions.lockAndLoad(c, id);
            Instant now = clock.instant();
            if (r.status() != cn.wanggezhili.points.domain.RedemptionStatus.RESERVED || now.isBefore(r.expiresAt())) {
                return false;
            }
            Account account = accounts.lockAndLoad(c, r.accountId());
            giveBack(c, r, account, r.lapse(now), "预留过期 / reservation lapsed", now);
            return true;
        });
    }

    private void giveBack(Connection c, Redemption r, Account account, RedemptionEvent end, String reason, Instant now) {
        CatalogueItem item = items.lockAndLoad(c, r.itemId());
        redemptions.append(c, r, end, now);
        accounts.append(c, account, account.refund(r.id().value(), reason, now), now);
        items.append(c, item, List.of(item.release(r.id(), r.items(), now)), now);
    }
}
