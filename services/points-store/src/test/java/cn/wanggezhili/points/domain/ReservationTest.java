package cn.wanggezhili.points.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.wanggezhili.points.domain.AccountFixture.HOUSEHOLD_ID;
import static cn.wanggezhili.points.domain.AccountFixture.T;
import static cn.wanggezhili.points.domain.RedemptionRulesTest.ACCOUNT;
import static cn.wanggezhili.points.domain.RedemptionRulesTest.OIL;
import static cn.wanggezhili.points.domain.RedemptionRulesTest.OTHER_TOWNSHIP_STORE;
import static cn.wanggezhili.points.domain.RedemptionRulesTest.R;
import static cn.wanggezhili.points.domain.RedemptionRulesTest.item;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.wanggezhili.points.domain.PointsRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/**
 * A redemption holds the reservation, the units and the points at once, priced at the tier scoring gave the
 * account's subject: given the account (500 points), the item and the tiers / when reserved / then the three events
 * or the rule that refuses.
 */
class ReservationTest {

    static final SubjectTiers NEVER_RANKED = (type, subject) -> Optional.empty();

    static SubjectTiers ranked(int tier) {
        return (type, subject) -> type == SubjectType.HOUSEHOLD && subject.equals(HOUSEHOLD_ID)
                ? Optional.of(new Tier(tier)) : Optional.empty();
    }

    static Reservation hold(CatalogueItem item, int quantity, SubjectTiers tiers) {
        return Reservation.hold(R, ACCOUNT, item, quantity, tiers, ExchangeMode.ANYTIME, "store-clerk", Duration.ofHours(48), T);
    }

    @Test
    void a_redemption_is_priced_at_the_subject_s_tier_and_debits_the_account_what_it_costs() {
        CatalogueItem oil = item(45, 10, null, Map.of(1, 20));

        Reservation reservation = hold(oil, 2, ranked(1));

        assertThat(reservation.reserved().tier()).isEqualTo(1);
        assertThat(reservation.reserved().points()).isEqualTo(72);
        assertThat(reservation.reserved().expiresAt()).isEqualTo(T.plus(Duration.ofHours(48)));
        assertThat(reservation.debit().points()).isEqualTo(72);
        assertThat(reservation.debit().redemptionId()).isEqualTo(R.value());
        assertThat(reservation.debit().balance()).isEqualTo(428);
        assertThat(reservation.stock().quantity()).isEqualTo(2);
        assertThat(reservation.stock().stock()).isEqualTo(8);
    }

    @Test
    void a_subject_scoring_never_ranked_redeems_as_the_lowest_tier() {
        CatalogueItem repair = item(200, 5, 3, Map.of(4, 50));

        assertRefused(() -> hold(repair, 1, NEVER_RANKED), Rule.TIER_NOT_ELIGIBLE);
        assertThat(hold(item(200, 5, null, Map.of(4, 50)), 1, NEVER_RANKED).reserved()).satisfies(r -> {
            assertThat(r.tier()).isEqualTo(Tier.LOWEST);
            assertThat(r.points()).isEqualTo(100);
        });
        assertThat(hold(repair, 1, ranked(3)).reserved().tier()).isEqualTo(3);
    }

    @Test
    void the_store_s_area_is_checked_first_then_the_item_then_the_points() {
        CatalogueItem elsewhereSoldOut = CatalogueItem.replay(List.of(CatalogueItem.list(OIL, OTHER_TOWNSHIP_STORE, ItemKind.GOODS,
                "大米 10kg", "", 1_000, 0, null, Map.of(), "store-clerk", T)));

        assertRefused(() -> hold(elsewhereSoldOut, 1, NEVER_RANKED), Rule.OUTSIDE_STORE_AREA);
        assertRefused(() -> hold(item(1_000, 0, null, Map.of()), 1, NEVER_RANKED), Rule.INSUFFICIENT_STOCK);
        assertRefused(() -> hold(item(1_000, 1, null, Map.of()), 1, NEVER_RANKED), Rule.INSUFFICIENT_POINTS);
    }

    private static void assertRefused(Runnable command, Rule rule) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(PointsRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }
}
