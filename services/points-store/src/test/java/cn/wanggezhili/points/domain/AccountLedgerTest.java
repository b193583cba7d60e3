package cn.wanggezhili.points.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.points.domain.AccountFixture.ACCOUNT;
import static cn.wanggezhili.points.domain.AccountFixture.HOUSEHOLD_ID;
import static cn.wanggezhili.points.domain.AccountFixture.HOUSEHOLD_UNIT;
import static cn.wanggezhili.points.domain.AccountFixture.OPENED;
import static cn.wanggezhili.points.domain.AccountFixture.Q2;
import static cn.wanggezhili.points.domain.AccountFixture.Q3;
import static cn.wanggezhili.points.domain.AccountFixture.REDEMPTION;
import static cn.wanggezhili.points.domain.AccountFixture.T;
import static cn.wanggezhili.points.domain.AccountFixture.credited;
import static cn.wanggezhili.points.domain.AccountFixture.given;
import static cn.wanggezhili.points.domain.AccountFixture.settlement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.points.domain.AccountEvent.AccountHolderLinked;
import cn.wanggezhili.points.domain.AccountEvent.AccountOpened;
import cn.wanggezhili.points.domain.AccountEvent.PointsAdjusted;
import cn.wanggezhili.points.domain.AccountEvent.PointsCredited;
import cn.wanggezhili.points.domain.AccountEvent.PointsDebited;
import cn.wanggezhili.points.domain.AccountEvent.PointsExpired;
import cn.wanggezhili.points.domain.AccountEvent.PointsRefunded;
import cn.wanggezhili.points.domain.PointsRuleViolation.Rule;
import org.junit.jupiter.api.Test;

class AccountLedgerTest {

    /** Houma (141081) lets points keep a year, in Asia/Shanghai: credited at T, they expire a year later. */
    static final ExpiryPolicy HOUMA_ONE_YEAR = ExpiryPolicy.parse("141081=P1Y");
    static final Instant A_YEAR_AFTER_T = Instant.parse("2027-10-08T02:00:00Z");

    @Test
    void the_first_settlement_opens_the_account_and_credits_it() {
        var events = given().when(a -> Account.credit(a, settlement(Q3, "2026-Q3", 120), ExpiryPolicy.NONE, T)).events();

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(AccountOpened.class);
        assertThat(((PointsCredited) events.get(1)).points()).isEqualTo(120);
        assertThat(((PointsCredited) events.get(1)).balance()).isEqualTo(120);
    }

    @Test
    void a_settlement_delivered_again_credits_nothing() {
        var outcome = given(OPENED, credited(Q3, 120, 0, null)).when(a -> Account.credit(a, settlement(Q3, "2026-Q3", 120), ExpiryPolicy.NONE, T));

        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.before().balance()).isEqualTo(120);
    }

    @Test
    void a_second_settlement_adds_to_the_balance_without_reopening() {
        var events = given(OPENED, credited(Q2, 100, 0, null)).when(a -> Account.credit(a, settlement(Q3, "2026-Q3", 50), ExpiryPolicy.NONE, T)).events();

        assertThat(events).singleElement().isInstanceOf(PointsCredited.class);
        assertThat(((PointsCredited) events.get(0)).balance()).isEqualTo(150);
    }

    @Test
    void redemption_is_refused_when_the_account_has_too_few_points() {
        given(OPENED, credited(Q3, 30, 0, null)).when(a -> a.debit(REDEMPTION, 50, T)).thenRejected(Rule.INSUFFICIENT_POINTS, "points");
    }

    @Test
    void the_oldest_credits_are_spent_first() {
        var debit = (PointsDebited) given(OPENED, credited(Q2, 100, 0, 365), credited(Q3, 100, 90, 365))
                .when(a -> a.debit(REDEMPTION, 130, T.plus(Duration.ofDays(100)))).events().get(0);

        assertThat(debit.portions()).containsExactly(new LotPortion(Q2, 100), new LotPortion(Q3, 30));
        assertThat(debit.balance()).isEqualTo(70);
    }

    @Test
    void expired_points_cannot_be_spent_and_leave_the_account_lot_by_lot() {
        var account = given(OPENED, credited(Q2, 100, 0, 30), credited(Q3, 40, 20, 365)).account();
        var later = T.plus(Duration.ofDays(31));

        given(OPENED, credited(Q2, 100, 0, 30), credited(Q3, 40, 20, 365)).when(a -> a.debit(REDEMPTION, 50, later))
                .thenRejected(Rule.INSUFFICIENT_POINTS, "points");
        List<AccountEvent> expired = account.expire(later);
        assertThat(expired).singleElement().isEqualTo(new PointsExpired(ACCOUNT, account.code(), Q2, 100, 40, later));
    }

    @Test
    void a_refund_returns_the_points_to_the_lots_they_came_from_once() {
        var debit = new PointsDebited(ACCOUNT, OPENED.code(), REDEMPTION, 60, List.of(new LotPortion(Q2, 60)), 40, T);
        var outcome = given(OPENED, credited(Q2, 100, 0, null), debit).when(a -> a.refund(REDEMPTION, "不要了", T));

        assertThat(((PointsRefunded) outcome.events().get(0)).points()).isEqualTo(60);
        Account after = outcome.after();
        assertThat(after.balance()).isEqualTo(100);
        assertThat(after.refund(REDEMPTION, "again", T)).isEmpty();
    }

    @Test
    void an_adjustment_needs_a_reason_and_never_takes_the_balance_below_zero() {
        given(OPENED, credited(Q2, 10, 0, null)).when(a -> a.adjust(UUID.randomUUID(), 5, " ", "township-admin", ExpiryPolicy.NONE, T))
                .thenRejected(Rule.REASON_REQUIRED, "reason");
        given(OPENED, credited(Q2, 10, 0, null)).when(a -> a.adjust(UUID.randomUUID(), -11, "录入错误", "township-admin", ExpiryPolicy.NONE, T))
                .thenRejected(Rule.INSUFFICIENT_POINTS, "points");
        assertThat(given(OPENED, credited(Q2, 10, 0, null)).when(a -> a.adjust(UUID.randomUUID(), -4, "录入错误", "township-admin", ExpiryPolicy.NONE, T))
                .after().balance()).isEqualTo(6);
    }

    @Test
    void credited_points_expire_as_the_county_of_the_account_s_unit_says() {
        SettlementCredit namingAnotherCounty = new SettlementCredit(Q3, SubjectType.HOUSEHOLD, HOUSEHOLD_ID, "王建国户",
                "141082001001001001", "2026-Q3", 50);

        var opening = given().when(a -> Account.credit(a, settlement(Q2, "2026-Q2", 100), HOUMA_ONE_YEAR, T)).events();
        var later = given(OPENED).when(a -> Account.credit(a, namingAnotherCounty, HOUMA_ONE_YEAR, T)).events();
        var elsewhere = given().when(a -> Account.credit(a, settlement(Q2, "2026-Q2", 100), ExpiryPolicy.parse("141082=P1Y"), T))
                .events();

        assertThat(((PointsCredited) opening.get(1)).expiresAt()).isEqualTo(A_YEAR_AFTER_T);
        assertThat((PointsCredited) later.get(0)).satisfies(e -> {
            assertThat(e.code()).isEqualTo(HOUSEHOLD_UNIT);
            assertThat(e.expiresAt()).isEqualTo(A_YEAR_AFTER_T);
        });
        assertThat(((PointsCredited) elsewhere.get(1)).expiresAt()).isNull();
    }

    @Test
    void points_an_administrator_adds_expire_as_a_credit_would_and_points_removed_carry_no_expiry() {
        var added = given(OPENED, credited(Q2, 10, 0, null))
                .when(a -> a.adjust(new UUID(9, 1), 5, "补录", "township-admin", HOUMA_ONE_YEAR, T)).events();
        var removed = given(OPENED, credited(Q2, 10, 0, null))
                .when(a -> a.adjust(new UUID(9, 2), -4, "录入错误", "township-admin", HOUMA_ONE_YEAR, T)).events();

        assertThat(((PointsAdjusted) added.get(0)).expiresAt()).isEqualTo(A_YEAR_AFTER_T);
        assertThat(((PointsAdjusted) removed.get(0)).expiresAt()).isNull();
    }

    @Test
    void a_login_holds_the_account_once_whatever_spaces_the_form_added() {
        var linked = given(OPENED).when(a -> a.linkHolder(" resident ", "store-clerk", T)).events();

        assertThat(linked).containsExactly(new AccountHolderLinked(ACCOUNT, HOUSEHOLD_UNIT, "resident", "store-clerk", T));
        assertThat(given(OPENED, linked.get(0)).when(a -> a.linkHolder("resident", "store-clerk", T)).events()).isEmpty();
    }
}
