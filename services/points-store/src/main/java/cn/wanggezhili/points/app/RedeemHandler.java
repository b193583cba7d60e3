package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent.StockReserved;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionReserved;
import cn.wanggezhili.points.domain.RedemptionId;
import cn.wanggezhili.points.domain.Tier;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.web.ProblemException;

/**
 * A redemption: the account and the item are locked (in that order) and loaded fresh, so of many redemptions at
 * once each decides on what the previous left; one that is refused is refused for want of points or stock only.
 */
@ApplicationScoped
public class RedeemHandler {

    @Inject
    Database database;

    @Inject
    Accounts accounts;

    @Inject
    Items items;

    @Inject
    Redemptions redemptions;

    @Inject
    TierBook tiers;

    @Inject
    StoreSettings settings;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Transactional
    public RedemptionId handle(RedeemPoints cmd, Caller caller) {
        return database.run(c -> {
            Account account = accounts.lockAndLoad(c, cmd.accountId());
            if (!account.exists()) {
                throw ProblemException.notFound("account " + cmd.accountId());
            }
            AccountAccess.requireSpend(caller, account.id().toString(), account.code(), account.isHeldBy(caller.username()));
            CatalogueItem item = items.lockAndLoad(c, cmd.itemId());
            Tier tier = tiers.current(c, account.subjectType(), account.subjectId());
            Instant now = clock.instant();
            RedemptionId id = new RedemptionId(ids.get());
            RedemptionReserved reserved = Redemption.reserve(id, account, item, cmd.quantity(), tier, cmd.mode(),
                    caller.username(), settings.reservationHold(), now);
            StockReserved stock = item.reserve(id, cmd.quantity(), tier, now);
            var debit = account.debit(id.value(), reserved.points(), now);
            items.append(c, item, List.of(stock), now);
            accounts.append(c, account, List.of(debit), now);
            redemptions.append(c, Redemption.NONE, reserved, now);
            return id;
        });
    }
}
