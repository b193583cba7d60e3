package cn.wanggezhili.points.app;

import cn.wanggezhili.eventstore.AggregateType;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.points.domain.RedemptionEvent;

/** The points store's event types on its topic {@code points-store.events}, as other services see them. */
public final class PointsEvents {

    public static final String SERVICE = "points-store";
    public static final String ACCOUNT = "Account";
    public static final String ITEM = "CatalogueItem";
    public static final String REDEMPTION = "Redemption";

    public static final EventCodec<AccountEvent> ACCOUNTS = new EventCodec<AccountEvent>()
            .register(type("AccountOpened"), AccountEvent.AccountOpened.class)
            .register(type("PointsCredited"), AccountEvent.PointsCredited.class)
            .register(type("PointsDebited"), AccountEvent.PointsDebited.class)
            .register(type("PointsRefunded"), AccountEvent.PointsRefunded.class)
            .register(type("PointsExpired"), AccountEvent.PointsExpired.class)
            .register(type("PointsAdjusted"), AccountEvent.PointsAdjusted.class)
            .register(type("AccountHolderLinked"), AccountEvent.AccountHolderLinked.class);

    public static final EventCodec<ItemEvent> ITEMS = new EventCodec<ItemEvent>()
            .register(type("CatalogueItemListed"), ItemEvent.CatalogueItemListed.class)
            .register(type("CatalogueItemRestocked"), ItemEvent.CatalogueItemRestocked.class)
            .register(type("CatalogueItemWithdrawn"), ItemEvent.CatalogueItemWithdrawn.class)
            .register(type("StockReserved"), ItemEvent.StockReserved.class)
            .register(type("StockReleased"), ItemEvent.StockReleased.class);

    public static final EventCodec<RedemptionEvent> REDEMPTIONS = new EventCodec<RedemptionEvent>()
            .register(type("RedemptionReserved"), RedemptionEvent.RedemptionReserved.class)
            .register(type("RedemptionFulfilled"), RedemptionEvent.RedemptionFulfilled.class)
            .register(type("RedemptionCancelled"), RedemptionEvent.RedemptionCancelled.class)
            .register(type("RedemptionLapsed"), RedemptionEvent.RedemptionLapsed.class);

    /** An account's ledger, on the account's unit; a first credit opens the stream of {@link Account#idOf}. */
    public static final AggregateType<Account, AccountEvent> ACCOUNT_STREAM = new AggregateType<>(ACCOUNT, ACCOUNTS,
            AccountEvent::code, e -> e.accountId().value(), Account::replay, Account::version);

    /** A catalogue item's life, on its store's unit. */
    public static final AggregateType<CatalogueItem, ItemEvent> ITEM_STREAM = new AggregateType<>(ITEM, ITEMS,
            ItemEvent::code, e -> e.itemId().value(), CatalogueItem::replay, CatalogueItem::version);

    /** A redemption, on its store's unit. */
    public static final AggregateType<Redemption, RedemptionEvent> REDEMPTION_STREAM = new AggregateType<>(REDEMPTION,
            REDEMPTIONS, RedemptionEvent::code, e -> e.redemptionId().value(), Redemption::replay, Redemption::version);

    private PointsEvents() {
    }

    static String type(String name) {
        return SERVICE + "." + name + ".v1";
    }
}
