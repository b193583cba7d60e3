package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.points.app.Commands.RedeemPoints;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.points.domain.RedemptionEvent;
import cn.wanggezhili.points.domain.RedemptionId;
import cn.wanggezhili.points.domain.Reservation;
import cn.wanggezhili.security.Caller;

/**
 * A redemption: the account and the item are locked (in that order) and loaded fresh, so of many redemptions at
 * once each decides on what the previous left; one that is refused is refused for want of points or stock only.
 */
@ApplicationScoped
public class RedeemHandler {

    @Inject
    LockedAggregates locked;

    @Inject
    AggregateRepository<Account, AccountEvent> accounts;

    @Inject
    AggregateRepository<CatalogueItem, ItemEvent> items;

    @Inject
    AggregateRepository<Redemption, RedemptionEvent> redemptions;

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
        Account account = locked.openAccount(cmd.accountId());
        AccountAccess.requireSpend(caller, account.id().toString(), account.code(), account.isHeldBy(caller.username()));
        CatalogueItem item = locked.item(cmd.itemId());
        Instant now = clock.instant();
        RedemptionId id = new RedemptionId(ids.get());
        Reservation reservation = Reservation.hold(id, account, item, cmd.quantity(), tiers, cmd.mode(), caller.username(),
                settings.reservationHold(), now);
        items.append(item, List.of(reservation.stock()), now);
        accounts.append(account, List.of(reservation.debit()), now);
        redemptions.append(Redemption.NONE, List.of(reservation.reserved()), now);
        return id;
    }
}
