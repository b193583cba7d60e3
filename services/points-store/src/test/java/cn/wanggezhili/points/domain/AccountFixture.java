package cn.wanggezhili.points.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import cn.wanggezhili.points.domain.AccountEvent.AccountOpened;
import cn.wanggezhili.points.domain.AccountEvent.PointsCredited;
import cn.wanggezhili.points.domain.PointsRuleViolation.Rule;

/** A household of 秦村北社区 credited by scoring's quarterly settlements; given(past events) / when / then. */
final class AccountFixture {

    static final Instant T = Instant.parse("2026-10-08T02:00:00Z");
    static final String HOUSEHOLD_UNIT = "141081001001001001";
    static final String HOUSEHOLD_ID = "5d0c6a7e-1d4b-4c43-9d1c-000000000001";
    static final AccountId ACCOUNT = Account.idOf(SubjectType.HOUSEHOLD, HOUSEHOLD_ID);
    static final UUID Q2 = new UUID(2, 2);
    static final UUID Q3 = new UUID(2, 3);
    static final UUID REDEMPTION = new UUID(3, 1);

    static final AccountOpened OPENED = new AccountOpened(ACCOUNT, HOUSEHOLD_UNIT, SubjectType.HOUSEHOLD, HOUSEHOLD_ID, "王建国户", T);

    private AccountFixture() {
    }

    static SettlementCredit settlement(UUID id, String quarter, int points) {
        return new SettlementCredit(id, SubjectType.HOUSEHOLD, HOUSEHOLD_ID, "王建国户", HOUSEHOLD_UNIT, quarter, points);
    }

    /** Points credited at T + {@code days}, keeping for {@code keepDays} (null: no expiry). */
    static PointsCredited credited(UUID settlement, int points, int days, Integer keepDays) {
        Instant at = T.plus(Duration.ofDays(days));
        return new PointsCredited(ACCOUNT, HOUSEHOLD_UNIT, settlement, "2026-Q3", points,
                keepDays == null ? null : at.plus(Duration.ofDays(keepDays)), 0, at);
    }

    static Scenario given(AccountEvent... past) {
        return new Scenario(Account.replay(List.of(past)));
    }

    record Scenario(Account account) {
        Outcome when(Function<Account, Object> command) {
            try {
                return new Outcome(account, command.apply(account), null);
            } catch (PointsRuleViolation e) {
                return new Outcome(account, null, e);
            }
        }
    }

    record Outcome(Account before, Object result, PointsRuleViolation rejection) {
        @SuppressWarnings("unchecked")
        List<AccountEvent> events() {
            assertThat(rejection).as("rejection").isNull();
            return result instanceof List<?> list ? (List<AccountEvent>) list : List.of((AccountEvent) result);
        }

        Account after() {
            Account a = before;
            for (AccountEvent e : events()) {
                a = a.evolve(e);
            }
            return a;
        }

        void thenRejected(Rule rule, String field) {
            assertThat(rejection).as("expected rejection " + rule + " but got " + result).isNotNull();
            assertThat(rejection.rule()).isEqualTo(rule);
            assertThat(rejection.field()).isEqualTo(field);
        }
    }
}
