package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.points.domain.RedemptionEvent;

/**
 * A reservation's end that gives back what it held (a cancellation, a lapse): the redemption ends, the points return
 * to the lots they came from and the units to stock, in the one transaction of the command. The redemption and the
 * account are locked by the caller; the item is locked here, last, as every command orders its locks.
 */
@ApplicationScoped
class ReservationEnd {

    @Inject
    LockedAggregates locked;

    @Inject
    AggregateRepository<Account, AccountEvent> accounts;

    @Inject
    AggregateRepository<CatalogueItem, ItemEvent> items;

    @Inject
    AggregateRepository<Redemption, RedemptionEvent> redemptions;

    void giveBack(Redemption redemption, Account account, RedemptionEvent end, String reason, Instant now) {
        CatalogueItem item = locked.item(redemption.itemId());
        redemptions.append(redemption, List.of(end), now);
        accounts.append(account, account.refund(redemption.id().value(), reason, now), now);
        items.append(item, List.of(item.release(redemption.id(), redemption.items(), now)), now);
    }
}
