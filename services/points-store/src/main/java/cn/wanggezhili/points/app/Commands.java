package cn.wanggezhili.points.app;

import java.util.Map;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.points.domain.AccountId;
import cn.wanggezhili.points.domain.ExchangeMode;
import cn.wanggezhili.points.domain.ItemId;
import cn.wanggezhili.points.domain.ItemKind;
import cn.wanggezhili.points.domain.RedemptionId;

/**
 * The points store's commands, as the application layer receives them (already parsed, not yet checked). A
 * settlement to credit arrives as the domain's {@link cn.wanggezhili.points.domain.SettlementCredit}.
 */
public final class Commands {

    private Commands() {
    }

    /** A login (a resident of the household, the grid worker) may from now on see and spend the account. */
    public record LinkHolder(AccountId accountId, String username) {
    }

    /** An administrator's correction: positive adds points, negative removes them; always with a reason. */
    public record AdjustPoints(AccountId accountId, int points, String reason) {
    }

    /** Points past their county's expiry leave the account, lot by lot (the expiry run's command). */
    public record ExpirePoints(AccountId accountId) {
    }

    /** Put an item into a store's catalogue. */
    public record ListItem(GridCode storeCode, ItemKind kind, String nameZh, String description, int pointsPrice, int stock,
                           Integer maxTier, Map<Integer, Integer> tierDiscounts) {
    }

    public record RestockItem(ItemId itemId, int quantity) {
    }

    public record WithdrawItem(ItemId itemId) {
    }

    /** Reserve {@code quantity} units of an item against an account: points and stock are held until the counter. */
    public record RedeemPoints(AccountId accountId, ItemId itemId, int quantity, ExchangeMode mode) {
    }

    /** The store's staff hand the item over at the counter. */
    public record FulfilRedemption(RedemptionId redemptionId) {
    }

    /** Its holder or the store's staff call the reservation off; points and stock go back. */
    public record CancelRedemption(RedemptionId redemptionId, String reason) {
    }

    /** A reservation not collected within the hold (the lapse run's command). */
    public record LapseRedemption(RedemptionId redemptionId) {
    }
}
