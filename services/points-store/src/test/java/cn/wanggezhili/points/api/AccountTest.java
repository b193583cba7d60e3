package cn.wanggezhili.points.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.points.api.PointsFixture.DONGCUN_MICRO_1;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_NORTH;
import static cn.wanggezhili.points.api.PointsFixture.accountOf;
import static cn.wanggezhili.points.api.PointsFixture.as;
import static cn.wanggezhili.points.api.PointsFixture.awaitBalance;
import static cn.wanggezhili.points.api.PointsFixture.count;
import static cn.wanggezhili.points.api.PointsFixture.household;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.Test;

/** Accounts opened and credited by scoring's settlements, read by staff in scope and by their own holders only. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "points_store_test"))
class AccountTest {

    @Inject
    DataSource dataSource;

    @Test
    void a_settlement_credits_exactly_once_however_often_it_is_delivered() throws Exception {
        String household = UUID.randomUUID().toString();
        String account = accountOf(household);
        UUID settlement = UUID.randomUUID();
        UUID stream = UUID.randomUUID();
        try (ScoringFeed feed = new ScoringFeed()) {
            feed.settlement(stream, 1, settlement, household, QINCUN_MICRO_1, 120);
            feed.settlement(stream, 1, settlement, household, QINCUN_MICRO_1, 120);      // redelivered
            feed.settlement(UUID.randomUUID(), 1, settlement, household, QINCUN_MICRO_1, 120); // republished by a replay
            feed.settlement(stream, 2, UUID.randomUUID(), household, QINCUN_MICRO_1, 30); // the next quarter
        }
        awaitBalance(dataSource, account, 150);
        // the last of the four was processed, so the duplicates were too: still one credit per settlement
        await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource,
                "select count(*) from consumer_offset where consumer = 'points-store.scoring'") >= 1);
        as("store-clerk").get("/api/v1/accounts/{id}", account).then().statusCode(200)
                .body("balance", equalTo(150)).body("unitCode", equalTo(QINCUN_MICRO_1)).body("subjectType", equalTo("HOUSEHOLD"));
        as("store-clerk").get("/api/v1/accounts/{id}/ledger", account).then().statusCode(200)
                .body("items.size()", equalTo(2)).body("items[0].kind", equalTo("CREDITED")).body("items[0].balance", equalTo(150))
                .body("items[1].reference", equalTo(settlement.toString())).body("items[1].kindNameZh", equalTo("积分入账"));
        assertThat(count(dataSource, "select count(*) from events where stream_id = '" + account
                + "' and event_type = 'points-store.PointsCredited.v1'")).isEqualTo(2);
    }

    /**
     * The credit's append is refused first as if another instance had appended (a conflict: the note waits for the
     * next run, its attempts not counted), then by a failure (counted, backing off, the error kept): the note stays,
     * and once the append can go through the settlement is credited, once.
     */
    @Test
    void a_credit_that_conflicts_or_fails_is_kept_and_credited_once_it_can_be() throws Exception {
        String household = UUID.randomUUID().toString();
        String account = accountOf(household);
        UUID settlement = UUID.randomUUID();
        String note = "select count(*) from inbox where inbox = 'pending-credits' and key = '" + settlement + "'";
        execute("create sequence refused_appends");
        execute("""
                create function refuse_append() returns trigger language plpgsql as $$
                begin
                    perform nextval('refused_appends');
                    raise exception using errcode = 'unique_violation',
                        message = 'duplicate key value violates unique constraint "events_stream_version_unique"';
                end $$""");
        execute("create trigger refuse_append before insert on events for each row when (new.stream_id = '"
                + account + "') execute function refuse_append()");
        try {
            try (ScoringFeed feed = new ScoringFeed()) {
                feed.settlement(UUID.randomUUID(), 1, settlement, household, QINCUN_MICRO_1, 70);
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource,
                    "select case when is_called then last_value else 0 end from refused_appends") >= 2);
            assertThat(count(dataSource, note + " and attempts = 0")).as("a conflict is no failure: kept, not counted")
                    .isEqualTo(1);

            execute("""
                    create or replace function refuse_append() returns trigger language plpgsql as $$
                    begin
                        raise exception 'the disk is full';
                    end $$""");
            await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource,
                    note + " and attempts >= 1 and last_error like '%EventStoreException%'") == 1);
            assertThat(count(dataSource, "select count(*) from events where stream_id = '" + account + "'")).isZero();
        } finally {
            execute("drop trigger if exists refuse_append on events");
            execute("drop function if exists refuse_append()");
            execute("drop sequence if exists refused_appends");
        }

        awaitBalance(dataSource, account, 70);
        await().atMost(Duration.ofSeconds(30)).until(() -> count(dataSource, note) == 0);
        assertThat(count(dataSource, "select count(*) from events where stream_id = '" + account
                + "' and event_type = 'points-store.PointsCredited.v1'")).isEqualTo(1);
        as("store-clerk").get("/api/v1/accounts/{id}/ledger", account).then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].reference", equalTo(settlement.toString()));
    }

    @Test
    void the_yearly_tier_from_scoring_shows_on_the_account() {
        String household = UUID.randomUUID().toString();
        try (ScoringFeed feed = new ScoringFeed()) {
            feed.tier(household, QINCUN_MICRO_1, 2025, 3);
            feed.tier(household, QINCUN_MICRO_1, 2026, 1);
            feed.settlement(UUID.randomUUID(), 1, UUID.randomUUID(), household, QINCUN_MICRO_1, 10);
        }
        awaitBalance(dataSource, accountOf(household), 10);
        as("grid-chief").get("/api/v1/accounts/{id}", accountOf(household)).then().statusCode(200)
                .body("tier", equalTo(1)).body("tierYear", equalTo(2026));
    }

    @Test
    void a_resident_sees_only_the_accounts_linked_to_them() {
        String mine = household(dataSource, QINCUN_MICRO_1, 40);
        String neighbours = household(dataSource, QINCUN_MICRO_1, 50);

        as("resident").get("/api/v1/accounts/{id}", mine).then().statusCode(404)
                .contentType("application/problem+json");
        as("resident").body(Map.of("username", "resident")).post("/api/v1/accounts/{id}/holders", mine).then().statusCode(403);
        as("store-clerk").body(Map.of("username", "resident")).post("/api/v1/accounts/{id}/holders", mine).then().statusCode(200)
                .body("holders", equalTo(List.of("resident")));

        as("resident").get("/api/v1/accounts/{id}", mine).then().statusCode(200).body("balance", equalTo(40));
        as("resident").get("/api/v1/accounts/{id}/ledger", mine).then().statusCode(200).body("items.size()", equalTo(1));
        as("resident").get("/api/v1/accounts/{id}", neighbours).then().statusCode(404);
        as("resident").get("/api/v1/accounts/{id}/ledger", neighbours).then().statusCode(404);
        as("resident").get("/api/v1/accounts").then().statusCode(200)
                .body("items.id", hasItem(mine)).body("items.id", not(hasItem(neighbours)));
    }

    @Test
    void staff_of_another_township_can_neither_read_nor_adjust_the_account() {
        String account = household(dataSource, QINCUN_MICRO_1, 20);

        as("other-township-admin").get("/api/v1/accounts/{id}", account).then().statusCode(403)
                .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        as("other-township-admin").get("/api/v1/accounts?under={code}", QINCUN_NORTH).then().statusCode(403);
        as("other-township-admin").body(Map.of("points", 5, "reason", "补录")).post("/api/v1/accounts/{id}/adjustments", account)
                .then().statusCode(403);
        as("township-admin").get("/api/v1/accounts?under={code}", QINCUN_NORTH).then().statusCode(200)
                .body("items.id", hasItem(account));
        as("integrator").get("/api/v1/accounts/{id}", account).then().statusCode(200).body("subjectName", equalTo("王***"));
        as("integrator").body(Map.of("accountId", account, "itemId", UUID.randomUUID(), "quantity", 1)).post("/api/v1/redemptions")
                .then().statusCode(403);
    }

    @Test
    void an_administrator_adjusts_with_a_reason_and_a_retry_with_the_same_key_changes_nothing() throws Exception {
        String account = household(dataSource, QINCUN_MICRO_1, 20);

        as("township-admin").body(Map.of("points", 5)).post("/api/v1/accounts/{id}/adjustments", account).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        as("store-clerk").body(Map.of("points", 5, "reason", "补录志愿服务积分")).post("/api/v1/accounts/{id}/adjustments", account)
                .then().statusCode(403);
        as("township-admin").body(Map.of("points", -30, "reason", "录入错误")).post("/api/v1/accounts/{id}/adjustments", account)
                .then().statusCode(409).body("type", equalTo("https://wanggezhili.cn/problems/insufficient-points"));
        for (int i = 0; i < 2; i++) {
            as("township-admin").header("Idempotency-Key", "adjust-" + account).body(Map.of("points", 5, "reason", "补录志愿服务积分"))
                    .post("/api/v1/accounts/{id}/adjustments", account).then().statusCode(200).body("account.balance", equalTo(25));
        }
        assertThat(count(dataSource, "select count(*) from ledger_entry where account_id = '" + account + "' and kind = 'ADJUSTED'"))
                .isEqualTo(1);
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    @Test
    void bad_input_is_a_problem_naming_the_field() {
        as("store-clerk").get("/api/v1/accounts?under=abc").then().statusCode(400).body("errors[0].field", equalTo("under"));
        as("store-clerk").get("/api/v1/accounts/{id}", UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        as("other-grid-worker").get("/api/v1/accounts?under={code}", DONGCUN_MICRO_1).then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
