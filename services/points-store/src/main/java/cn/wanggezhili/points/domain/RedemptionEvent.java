package cn.wanggezhili.points.domain;

import java.time.Instant;

/**
 * A redemption at a store ({@code code}: the store's grid unit): reserved, then fulfilled at the counter, or
 * cancelled or lapsed with points and stock returned. {@code items} counts the units exchanged.
 */
public sealed interface RedemptionEvent {

    RedemptionId redemptionId();

    String code();

    record RedemptionReserved(RedemptionId redemptionId, AccountId accountId, String code, String accountCode,
                              ItemId itemId, String itemNameZh, int items, int points, int tier, ExchangeMode mode,
                              String by, Instant expiresAt, Instant at) implements RedemptionEvent {
    }

    record RedemptionFulfilled(RedemptionId redemptionId, AccountId accountId, String code, ItemId itemId, int points,
                               int items, String by, Instant at) implements RedemptionEvent {
    }

    record RedemptionCancelled(RedemptionId redemptionId, AccountId accountId, String code, ItemId itemId, int points,
                               int items, String reason, String by, Instant at) implements RedemptionEvent {
    }

    /** Not collected in time: the reservation lapses and returns what it held. */
    record RedemptionLapsed(RedemptionId redemptionId, AccountId accountId, String code, ItemId itemId, int points,
                            int items, Instant at) implements RedemptionEvent {
    }
}
