package cn.wanggezhili.points.domain;

import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.INSUFFICIENT_STOCK;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.INVALID_DISCOUNT;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.INVALID_PRICE;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.INVALID_QUANTITY;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.ITEM_WITHDRAWN;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.NAME_REQUIRED;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.TIER_NOT_ELIGIBLE;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemListed;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemRestocked;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemWithdrawn;
import cn.wanggezhili.points.domain.ItemEvent.StockReleased;
import cn.wanggezhili.points.domain.ItemEvent.StockReserved;

/** An item of a store's catalogue, rebuilt from its events. Its stock never goes below zero. */
public record CatalogueItem(ItemId id, GridCode storeCode, ItemKind kind, String nameZh, int pointsPrice, int stock,
                           Integer maxTier, Map<Integer, Integer> tierDiscounts, boolean withdrawn, int version) {

    public static final CatalogueItem NONE = new CatalogueItem(null, null, null, null, 0, 0, null, Map.of(), false, 0);

    public CatalogueItem {
        tierDiscounts = Map.copyOf(tierDiscounts);
    }

    public static CatalogueItem replay(List<ItemEvent> events) {
        CatalogueItem item = NONE;
        for (ItemEvent e : events) {
            item = item.evolve(e);
        }
        return item;
    }

    public boolean exists() {
        return id != null;
    }

    public static CatalogueItemListed list(ItemId id, GridCode store, ItemKind kind, String nameZh, String description,
                                           int pointsPrice, int stock, Integer maxTier, Map<Integer, Integer> tierDiscounts,
                                           String by, Instant now) {
        if (nameZh == null || nameZh.isBlank() || nameZh.strip().length() > 100) {
            throw new PointsRuleViolation(NAME_REQUIRED, "nameZh", "a name of 1 to 100 characters is required");
        }
        if (pointsPrice < 1) {
            throw new PointsRuleViolation(INVALID_PRICE, "pointsPrice", "an item costs at least one point");
        }
        if (stock < 0) {
            throw new PointsRuleViolation(INVALID_QUANTITY, "stock", "stock cannot be negative");
        }
        if (maxTier != null && (maxTier < Tier.BEST || maxTier > Tier.LOWEST)) {
            throw new PointsRuleViolation(TIER_NOT_ELIGIBLE, "maxTier", "tiers run from 1 (best) to 4");
        }
        Map<Integer, Integer> discounts = tierDiscounts == null ? Map.of() : tierDiscounts;
        discounts.forEach((tier, percent) -> {
            if (tier == null || tier < Tier.BEST || tier > Tier.LOWEST || percent == null || percent < 0 || percent > 90) {
                throw new PointsRuleViolation(INVALID_DISCOUNT, "tierDiscounts", "tiers 1 to 4, discounts 0 to 90 percent");
            }
        });
        return new CatalogueItemListed(id, store.value(), kind, nameZh.strip(), description == null ? "" : description.strip(),
                pointsPrice, stock, maxTier, discounts, by, now);
    }

    public CatalogueItemRestocked restock(int quantity, String by, Instant now) {
        requireListed();
        if (quantity < 1) {
            throw new PointsRuleViolation(INVALID_QUANTITY, "quantity", "restock at least one unit");
        }
        return new CatalogueItemRestocked(id, storeCode.value(), quantity, stock + quantity, by, now);
    }

    public CatalogueItemWithdrawn withdraw(String by, Instant now) {
        requireListed();
        return new CatalogueItemWithdrawn(id, storeCode.value(), by, now);
    }

    /** What {@code quantity} units cost a subject of {@code tier}: the tier's discount off, rounded up to whole points. */
    public int priceFor(Tier tier, int quantity) {
        int percent = tierDiscounts.getOrDefault(tier.value(), 0);
        long full = (long) pointsPrice * quantity;
        return (int) ((full * (100 - percent) + 99) / 100);
    }

    /** Holds stock for a redemption; refuses an ineligible tier and more than the stock on hand. */
    public StockReserved reserve(RedemptionId redemption, int quantity, Tier tier, Instant now) {
        requireListed();
        if (quantity < 1) {
            throw new PointsRuleViolation(INVALID_QUANTITY, "quantity", "redeem at least one unit");
        }
        if (maxTier != null && !tier.atLeast(maxTier)) {
            throw new PointsRuleViolation(TIER_NOT_ELIGIBLE, "itemId",
                    "this item is open to tier " + maxTier + " and better; the account is tier " + tier.value());
        }
        if (stock < quantity) {
            throw new PointsRuleViolation(INSUFFICIENT_STOCK, "quantity", stock + " in stock, " + quantity + " asked for");
        }
        return new StockReserved(id, storeCode.value(), redemption, quantity, stock - quantity, now);
    }

    public StockReleased release(RedemptionId redemption, int quantity, Instant now) {
        return new StockReleased(id, storeCode.value(), redemption, quantity, stock + quantity, now);
    }

    private void requireListed() {
        if (withdrawn) {
            throw new PointsRuleViolation(ITEM_WITHDRAWN, "itemId", "the item was withdrawn from the catalogue");
        }
    }

    public CatalogueItem evolve(ItemEvent event) {
        return switch (event) {
            case CatalogueItemListed e -> new CatalogueItem(e.itemId(), new GridCode(e.code()), e.kind(), e.nameZh(),
                    e.pointsPrice(), e.stock(), e.maxTier(), e.tierDiscounts(), false, version + 1);
            case CatalogueItemRestocked e -> withStock(e.stock(), withdrawn);
            case CatalogueItemWithdrawn e -> withStock(stock, true);
            case StockReserved e -> withStock(e.stock(), withdrawn);
            case StockReleased e -> withStock(e.stock(), withdrawn);
        };
    }

    private CatalogueItem withStock(int next, boolean nowWithdrawn) {
        return new CatalogueItem(id, storeCode, kind, nameZh, pointsPrice, next, maxTier, tierDiscounts, nowWithdrawn, version + 1);
    }
}
