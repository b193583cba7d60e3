package cn.wanggezhili.points.domain;

import java.time.Duration;
import java.time.Instant;
import cn.wanggezhili.points.domain.AccountEvent.PointsDebited;
import cn.wanggezhili.points.domain.ItemEvent.StockReserved;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionReserved;

/**
 * What one redemption holds at once: the reservation, the item's units and the account's points. They are decided
 * together, at the tier of the account's subject (unranked counts as the lowest), so that the points debited are
 * always what the redemption costs. Refusals come in this order: the store's area, then the item (withdrawn,
 * quantity, tier, stock), then the account's points.
 */
public record Reservation(RedemptionReserved reserved, StockReserved stock, PointsDebited debit) {

    public static Reservation hold(RedemptionId id, Account account, CatalogueItem item, int quantity, SubjectTiers tiers,
                                   ExchangeMode mode, String by, Duration holdFor, Instant now) {
        Tier tier = tiers.latest(account.subjectType(), account.subjectId()).orElse(Tier.UNRANKED);
        RedemptionReserved reserved = Redemption.reserve(id, account, item, quantity, tier, mode, by, holdFor, now);
        StockReserved stock = item.reserve(id, quantity, tier, now);
        PointsDebited debit = account.debit(id.value(), reserved.points(), now);
        return new Reservation(reserved, stock, debit);
    }
}
