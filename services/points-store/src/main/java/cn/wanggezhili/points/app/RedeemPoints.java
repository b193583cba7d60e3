package cn.wanggezhili.points.app;

import cn.wanggezhili.points.domain.AccountId;
import cn.wanggezhili.points.domain.ExchangeMode;
import cn.wanggezhili.points.domain.ItemId;

/** Reserve {@code quantity} units of an item against an account: points and stock are held until the counter. */
public record RedeemPoints(AccountId accountId, ItemId itemId, int quantity, ExchangeMode mode) {
}
