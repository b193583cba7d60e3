package cn.wanggezhili.points.domain;

import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.NOT_RESERVED;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.NOT_YET_LAPSED;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.OUTSIDE_STORE_AREA;
import static cn.wanggezhili.points.domain.PointsRuleViolation.Rule.REASON_REQUIRED;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionCancelled;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionFulfilled;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionLapsed;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionReserved;

/** A redemption of one catalogue item (some units of it) against one account, rebuilt from its events. */
public record Redemption(RedemptionId id, AccountId accountId, GridCode storeCode, ItemId itemId, int items, int points,
                         RedemptionStatus status, Instant expiresAt, int version) {

    public static final Redemption NONE = new Redemption(null, null, null, null, 0, 0, null, null, 0);

    public static Redemption replay(List<RedemptionEvent> events) {
        Redemption r = NONE;
        for (RedemptionEvent e : events) {
            r = r.evolve(e);
        }
        return r;
    }

    public boolean exists() {
        return id != null;
    }

    /**
     * The points and stock held for it come from {@link Account#debit} and {@link CatalogueItem#reserve}; a store
     * serves the accounts of its own area (a village's store its villagers, a township's the whole township).
     */
    public static RedemptionReserved reserve(RedemptionId id, Account account, CatalogueItem item, int items, Tier tier,
                                             ExchangeMode mode, String by, Duration hold, Instant now) {
        if (!item.storeCode().contains(new GridCode(account.code()))) {
            throw new PointsRuleViolation(OUTSIDE_STORE_AREA, "accountId",
                    "the store " + item.storeCode() + " does not serve accounts of " + account.code());
        }
        return new RedemptionReserved(id, account.id(), item.storeCode().value(), account.code(), item.id(), item.nameZh(),
                items, item.priceFor(tier, items), tier.value(), mode, by, now.plus(hold), now);
    }

    public RedemptionFulfilled fulfil(String by, Instant now) {
        requireReserved("fulfil");
        return new RedemptionFulfilled(id, accountId, storeCode.value(), itemId, points, items, by, now);
    }

    public RedemptionCancelled cancel(String reason, String by, Instant now) {
        requireReserved("cancel");
        if (reason == null || reason.isBlank()) {
            throw new PointsRuleViolation(REASON_REQUIRED, "reason", "say why the redemption is cancelled");
        }
        return new RedemptionCancelled(id, accountId, storeCode.value(), itemId, points, items, reason.strip(), by, now);
    }

    /**
     * Whether a lapse run should lapse it now: still reserved (the counter or its holder may have ended it
     * meanwhile) and its hold over.
     */
    public boolean isDueToLapse(Instant now) {
        return status == RedemptionStatus.RESERVED && !now.isBefore(expiresAt);
    }

    public RedemptionLapsed lapse(Instant now) {
        requireReserved("lapse");
        if (now.isBefore(expiresAt)) {
            throw new PointsRuleViolation(NOT_YET_LAPSED, "status", "the reservation holds until " + expiresAt);
        }
        return new RedemptionLapsed(id, accountId, storeCode.value(), itemId, points, items, now);
    }

    private void requireReserved(String action) {
        if (status != RedemptionStatus.RESERVED) {
            throw new PointsRuleViolation(NOT_RESERVED, "status", "cannot " + action + " a redemption that is " + status);
        }
    }

    public Redemption evolve(RedemptionEvent event) {
        return switch (event) {
            case RedemptionReserved e -> new Redemption(e.redemptionId(), e.accountId(), new GridCode(e.code()), e.itemId(),
                    e.items(), e.points(), RedemptionStatus.RESERVED, e.expiresAt(), version + 1);
            case RedemptionFulfilled e -> withStatus(RedemptionStatus.FULFILLED);
            case RedemptionCancelled e -> withStatus(RedemptionStatus.CANCELLED);
            case RedemptionLapsed e -> withStatus(RedemptionStatus.LAPSED);
        };
    }

    private Redemption withStatus(RedemptionStatus next) {
        return new Redemption(id, accountId, storeCode, itemId, items, points, next, expiresAt, version + 1);
    }
}
