package org.gridsuite.points.app;

import org.gridsuite.points.domain.AccountId;
import org.gridsuite.points.domain.ExchangeMode;
import org.gridsuite.points.domain.ItemId;

/** Reserve {@code quantity} units of an item against an account: points and stock are held until the counter. */
public record RedeemPoints(AccountId accountId, ItemId itemId, int quantity, ExchangeMode mode) {
}
