package cn.wanggezhili.points.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.wanggezhili.points.domain.AccountFixture.ACCOUNT;
import static cn.wanggezhili.points.domain.AccountFixture.HOUSEHOLD_UNIT;
import static cn.wanggezhili.points.domain.AccountFixture.OPENED;
import static cn.wanggezhili.points.domain.AccountFixture.Q2;
import static cn.wanggezhili.points.domain.AccountFixture.T;
import static cn.wanggezhili.points.domain.AccountFixture.credited;
import static cn.wanggezhili.points.domain.AccountFixture.given;
import static cn.wanggezhili.points.domain.AccountFixture.settlement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.points.domain.AccountEvent.PointsDebited;
import org.junit.jupiter.api.Test;

/** Long ledgers: an account rebuilt from a thousand and more events, as a busy account (or the bench's) has. */
class AccountReplayTest {

    static final int QUARTERS = 12;
    static final int REDEMPTIONS = 1_200;

    /** Every command's events, each decided on the account as the events before it left it. */
    record Ledger(List<AccountEvent> events, Account stepByStep, List<UUID> redemptions) {
    }

    /**
     * Three years of quarterly settlements (1,000 points each), 1,200 redemptions of 7 points of which every third is
     * cancelled, a holder linked and an administrator's correction of -50: 1,615 events.
     */
    static Ledger busyAccount() {
        List<AccountEvent> events = new ArrayList<>();
        List<UUID> redemptions = new ArrayList<>();
        Account account = Account.NONE;
        for (int q = 0; q < QUARTERS; q++) {
            account = record(events, account, Account.credit(account, settlement(new UUID(7, q), "Q" + q, 1_000), ExpiryPolicy.NONE, T));
        }
        account = record(events, account, account.linkHolder("wang.jianguo", "store-clerk", T));
        for (int r = 0; r < REDEMPTIONS; r++) {
            UUID redemption = new UUID(8, r);
            redemptions.add(redemption);
            account = record(events, account, List.of(account.debit(redemption, 7, T)));
            if (r % 3 == 2) {
                account = record(events, account, account.refund(redemption, "不要了", T));
            }
        }
        account = record(events, account, List.of(account.adjust(new UUID(9, 1), -50, "录入错误", "township-admin", ExpiryPolicy.NONE, T)));
        return new Ledger(events, account, redemptions);
    }

    private static Account record(List<AccountEvent> ledger, Account account, List<AccountEvent> events) {
        ledger.addAll(events);
        return account.evolve(events);
    }

    @Test
    void an_account_with_more_than_a_thousand_events_replays_to_the_balance_its_ledger_states() {
        Ledger ledger = busyAccount();

        Account replayed = Account.replay(ledger.events());

        assertThat(ledger.events()).hasSizeGreaterThan(1_600);
        int kept = REDEMPTIONS - REDEMPTIONS / 3;
        assertThat(replayed.balance()).isEqualTo(QUARTERS * 1_000 - kept * 7 - 50).isEqualTo(6_350);
        assertThat(((AccountEvent.PointsAdjusted) ledger.events().get(ledger.events().size() - 1)).balance()).isEqualTo(6_350);
        assertThat(replayed.version()).isEqualTo(ledger.events().size());
        assertThat(replayed).isEqualTo(ledger.stepByStep());
    }

    @Test
    void a_settlement_credited_a_thousand_events_ago_is_not_credited_again() {
        Account replayed = Account.replay(busyAccount().events());

        assertThat(Account.credit(replayed, settlement(new UUID(7, 0), "Q0", 1_000), ExpiryPolicy.NONE, T)).isEmpty();
        assertThat(Account.credit(replayed, settlement(new UUID(7, QUARTERS), "Q" + QUARTERS, 1_000), ExpiryPolicy.NONE, T)).hasSize(1);
    }

    @Test
    void a_refunded_redemption_holds_nothing_any_more_and_the_others_keep_their_hold() {
        Ledger ledger = busyAccount();
        Account replayed = Account.replay(ledger.events());

        assertThat(replayed.holds()).hasSize(REDEMPTIONS - REDEMPTIONS / 3);
        UUID cancelled = ledger.redemptions().get(2);
        UUID open = ledger.redemptions().get(REDEMPTIONS - 2);
        assertThat(replayed.holds()).doesNotContainKey(cancelled).containsKey(open);
        assertThat(replayed.refund(cancelled, "again", T)).isEmpty();
        assertThat(replayed.refund(open, "不要了", T)).singleElement()
                .satisfies(e -> assertThat(((AccountEvent.PointsRefunded) e).balance()).isEqualTo(6_357));
    }

    @Test
    void evolving_an_account_leaves_the_account_it_started_from_as_it_was() {
        Account before = given(OPENED, credited(Q2, 100, 0, null)).account();
        List<LotPortion> portions = new ArrayList<>(List.of(new LotPortion(Q2, 60)));
        PointsDebited debit = new PointsDebited(ACCOUNT, HOUSEHOLD_UNIT, new UUID(3, 9), 60, portions, 40, T);

        Account after = before.evolve(debit);
        portions.set(0, new LotPortion(Q2, 1));

        assertThat(before.balance()).isEqualTo(100);
        assertThat(before.holds()).isEmpty();
        assertThat(after.balance()).isEqualTo(40);
        assertThat(after.holds().get(new UUID(3, 9))).containsExactly(new LotPortion(Q2, 60));
        assertThatThrownBy(() -> after.holds().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> after.lots().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> after.settlements().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    /**
     * 100,000 debits held at once replay to the right balance and holds. (Copying the holds per event took minutes
     * here; the linear fold's speed is measured in bench/, not asserted in a test.)
     */
    @Test
    void a_hundred_thousand_debits_replay_to_an_empty_account_holding_each_of_them() {
        int debits = 100_000;
        List<AccountEvent> events = new ArrayList<>(List.of(OPENED, credited(Q2, debits, 0, null)));
        for (int i = 0; i < debits; i++) {
            events.add(new PointsDebited(ACCOUNT, HOUSEHOLD_UNIT, new UUID(4, i), 1, List.of(new LotPortion(Q2, 1)), debits - i - 1,
                    T.plus(Duration.ofSeconds(i))));
        }

        Account replayed = Account.replay(events);

        assertThat(replayed.balance()).isZero();
        assertThat(replayed.holds()).hasSize(debits);
    }
}
