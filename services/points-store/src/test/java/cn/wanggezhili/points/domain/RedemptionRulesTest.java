package cn.wanggezhili.points.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.wanggezhili.points.domain.AccountFixture.OPENED;
import static cn.wanggezhili.points.domain.AccountFixture.Q3;
import static cn.wanggezhili.points.domain.AccountFixture.T;
import static cn.wanggezhili.points.domain.AccountFixture.credited;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.points.domain.ItemEvent.CatalogueItemListed;
import cn.wanggezhili.points.domain.PointsRuleViolation.Rule;
import cn.wanggezhili.points.domain.RedemptionEvent.RedemptionReserved;
import org.junit.jupiter.api.Test;

/** 秦村北社区's 积分超市: prices, tiers, stock, and a reservation's way to the counter or back. */
class RedemptionRulesTest {

    static final GridCode VILLAGE_STORE = new GridCode("141081001001");
    static final GridCode OTHER_TOWNSHIP_STORE = new GridCode("141081100201");
    static final ItemId OIL = new ItemId(new UUID(4, 1));
    static final RedemptionId R = new RedemptionId(new UUID(3, 1));
    static final Account ACCOUNT = Account.replay(List.of(OPENED, credited(Q3, 500, 0, null)));

    static CatalogueItem item(int price, int stock, Integer maxTier, Map<Integer, Integer> discounts) {
        CatalogueItemListed listed = CatalogueItem.list(OIL, VILLAGE_STORE, ItemKind.GOODS, "食用油 5L", "", price, stock, maxTier,
                discounts, "store-clerk", T);
        return CatalogueItem.replay(List.of(listed));
    }

    @Test
    void a_better_tier_pays_less_rounded_up_to_whole_points() {
        CatalogueItem oil = item(45, 10, null, Map.of(1, 20, 2, 10));

        assertThat(oil.priceFor(new Tier(1), 2)).isEqualTo(72);
        assertThat(oil.priceFor(new Tier(2), 1)).isEqualTo(41);
        assertThat(oil.priceFor(Tier.UNRANKED, 1)).isEqualTo(45);
    }

    @Test
    void an_item_for_the_best_tiers_is_refused_to_lower_ones() {
        CatalogueItem repair = item(200, 5, 2, Map.of());

        assertThatThrownBy(() -> repair.reserve(R, 1, new Tier(3), T))
                .isInstanceOfSatisfying(PointsRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.TIER_NOT_ELIGIBLE));
        assertThat(repair.reserve(R, 1, new Tier(2), T).stock()).isEqualTo(4);
    }

    @Test
    void stock_never_goes_negative() {
        CatalogueItem oil = item(45, 2, null, Map.of());

        assertThatThrownBy(() -> oil.reserve(R, 3, Tier.UNRANKED, T))
                .isInstanceOfSatisfying(PointsRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.INSUFFICIENT_STOCK));
    }

    @Test
    void a_store_serves_only_accounts_of_its_own_area() {
        CatalogueItem elsewhere = CatalogueItem.replay(List.of(CatalogueItem.list(OIL, OTHER_TOWNSHIP_STORE, ItemKind.GOODS,
                "大米 10kg", "", 60, 5, null, Map.of(), "store-clerk", T)));

        assertThatThrownBy(() -> Redemption.reserve(R, ACCOUNT, elsewhere, 1, Tier.UNRANKED, ExchangeMode.ANYTIME, "store-clerk",
                Duration.ofHours(48), T)).isInstanceOfSatisfying(PointsRuleViolation.class,
                e -> assertThat(e.rule()).isEqualTo(Rule.OUTSIDE_STORE_AREA));
    }

    @Test
    void a_reservation_is_fulfilled_once_and_lapses_only_after_its_hold() {
        RedemptionReserved reserved = Redemption.reserve(R, ACCOUNT, item(45, 10, null, Map.of()), 2, Tier.UNRANKED,
                ExchangeMode.EXCHANGE_DAY, "store-clerk", Duration.ofHours(48), T);
        Redemption r = Redemption.replay(List.of(reserved));

        assertThat(reserved.points()).isEqualTo(90);
        assertThatThrownBy(() -> r.lapse(T.plus(Duration.ofHours(47))))
                .isInstanceOfSatisfying(PointsRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.NOT_YET_LAPSED));
        assertThat(r.lapse(T.plus(Duration.ofHours(48))).points()).isEqualTo(90);
        Redemption fulfilled = r.evolve(r.fulfil("store-clerk", T));
        assertThat(fulfilled.status()).isEqualTo(RedemptionStatus.FULFILLED);
        assertThatThrownBy(() -> fulfilled.cancel("不要了", "resident", T))
                .isInstanceOfSatisfying(PointsRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.NOT_RESERVED));
    }

    @Test
    void expiry_is_off_unless_the_county_sets_a_period() {
        ExpiryPolicy policy = ExpiryPolicy.parse("141081=P1Y");

        assertThat(ExpiryPolicy.NONE.expiresAt("141081001001", T)).isNull();
        assertThat(policy.expiresAt("141082001001", T)).isNull();
        assertThat(policy.expiresAt("141081001001", T)).isEqualTo(T.plus(Duration.ofDays(365)));
    }

    @Test
    void a_reservation_is_due_to_lapse_once_its_hold_is_over_and_only_while_reserved() {
        Redemption reserved = Redemption.replay(List.of(Redemption.reserve(R, ACCOUNT, item(45, 10, null, Map.of()), 1,
                Tier.UNRANKED, ExchangeMode.ANYTIME, "store-clerk", Duration.ofHours(48), T)));
        Redemption cancelled = reserved.evolve(reserved.cancel("不要了", "resident", T));

        assertThat(reserved.isDueToLapse(T.plus(Duration.ofHours(47)))).isFalse();
        assertThat(reserved.isDueToLapse(T.plus(Duration.ofHours(48)))).isTrue();
        assertThat(cancelled.isDueToLapse(T.plus(Duration.ofHours(49)))).isFalse();
        assertThat(Redemption.NONE.isDueToLapse(T)).isFalse();
    }
}
