package cn.wanggezhili.points.domain;

import java.time.Instant;
import java.util.Map;

/** A catalogue item's life in its store ({@code code}: the store's grid unit). */
public sealed interface ItemEvent {

    ItemId itemId();

    String code();

    /**
     * Listed with a points price per unit and a stock; {@code maxTier} null opens it to every tier, 2 to tiers 1 and
     * 2; {@code tierDiscounts} maps a tier to a percentage off.
     */
    record CatalogueItemListed(ItemId itemId, String code, ItemKind kind, String nameZh, String description,
                               int pointsPrice, int stock, Integer maxTier, Map<Integer, Integer> tierDiscounts,
                               String by, Instant at) implements ItemEvent {
    }

    record CatalogueItemRestocked(ItemId itemId, String code, int quantity, int stock, String by, Instant at)
            implements ItemEvent {
    }

    record CatalogueItemWithdrawn(ItemId itemId, String code, String by, Instant at) implements ItemEvent {
    }

    /** Stock held for a redemption until it is fulfilled at the counter, or released. */
    record StockReserved(ItemId itemId, String code, RedemptionId redemptionId, int quantity, int stock, Instant at)
            implements ItemEvent {
    }

    record StockReleased(ItemId itemId, String code, RedemptionId redemptionId, int quantity, int stock, Instant at)
            implements ItemEvent {
    }
}
