package cn.wanggezhili.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_MICRO_1;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static cn.wanggezhili.scoring.api.ScoringApi.record;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import cn.wanggezhili.scoring.app.StarReviewWork;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.TopicFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent changes to one household's stars: approvals at once, entries at once, and a triggered household entry
 * racing requests. Every change succeeds and the stars come out as a sequential run gives: each star awarded once.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class HouseholdStarsConcurrencyTest {

    /** A household scheme of this test: one star of 3 points, earned only from an (auto-approved) mediation event. */
    static final String COMMENDED_SCHEME = """
            {"code":"test-commended-household","subjectType":"HOUSEHOLD","nameZh":"测试：调解表扬户","unitCode":"141081000000",
             "baseScore":0,"cadence":"MONTHLY","categories":[{"code":"commended","nameZh":"调解表扬星","star":"commended",
             "starNameZh":"调解表扬星","starThreshold":3,"indicators":[{"code":"commended-1","nameZh":"调解中受表扬","points":1,
             "capPerPeriod":null,"evidenceRequired":false,"autoApproved":true,
             "trigger":{"eventType":"mediation.HouseholdCommended.v1","when":{},"subject":"householdId"}}]}]}
            """;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void county() {
        ScoringApi.county(dataSource);
    }

    @Test
    void six_approvals_at_once_all_succeed_and_award_each_star_once() throws Exception {
        UUID household = ScoringApi.newHousehold(dataSource, QINCUN_MICRO_1, "3-301");
        List<String> entries = new ArrayList<>();
        for (String item : List.of("patriotism-1", "patriotism-2", "patriotism-3", "policy-1", "policy-2", "policy-3")) {
            entries.add(record("scorer", "ten-star-household", item, household, null, List.of()));
        }
        List<Integer> statuses;
        try (Gate gate = new Gate(household)) {
            List<Future<Integer>> approvals = start(entries.stream().<Callable<Integer>>map(entry -> () -> as("reviewer")
                    .post("/api/v1/score-entries/{id}/approvals", entry).then().extract().statusCode()).toList());
            gate.awaitWaiting(entries.size()); // all six inside their transactions, held at the gate
            gate.open();
            statuses = results(approvals);
        }

        assertThat(statuses).containsOnly(200);
        // a sequential run: each star met by its third approval, awarded once, never revoked
        assertThat(starEvents("scoring.StarAwarded.v1", household)).isEqualTo(2);
        assertThat(starEvents("scoring.StarRevoked.v1", household)).isZero();
        as("resident").get("/api/v1/subjects/{id}/stars", household).then().statusCode(200)
                .body("find { it.star == 'patriotism' }.held", equalTo(true)).body("find { it.star == 'patriotism' }.score", equalTo(6))
                .body("find { it.star == 'policy' }.held", equalTo(true)).body("find { it.star == 'policy' }.score", equalTo(6));
    }

    @Test
    void entries_recorded_at_once_for_one_household_all_succeed() throws Exception {
        UUID household = ScoringApi.newHousehold(dataSource, QINCUN_MICRO_1, "3-302");
        List<Callable<Integer>> calls = new ArrayList<>();
        for (String item : List.of("health-1", "health-2", "health-3", "health-4", "health-5", "ecology-1", "ecology-2", "ecology-3")) {
            calls.add(() -> as("scorer").body(java.util.Map.of("schemeCode", "ten-star-household", "indicatorCode", item,
                    "subjectId", household.toString())).post("/api/v1/score-entries").then().extract().statusCode());
        }
        assertThat(results(start(calls))).containsOnly(201);
        assertThat(ScoringApi.count(dataSource, "select count(*) from entry_view where subject_id = ?", household.toString())).isEqualTo(8);
    }

    @Test
    void triggered_household_entries_racing_approvals_are_not_dead_lettered_and_award_each_star_once() throws Exception {
        as("county-admin").body(COMMENDED_SCHEME).post("/api/v1/schemes").then().statusCode(201);
        UUID household = ScoringApi.newHousehold(dataSource, QINCUN_MICRO_1, "3-303");
        List<String> entries = new ArrayList<>();
        for (String item : List.of("patriotism-1", "patriotism-2", "patriotism-3")) {
            entries.add(record("scorer", "ten-star-household", item, household, null, List.of()));
        }
        long deadBefore = deadLetters();
        List<Integer> statuses;
        try (Gate gate = new Gate(household)) {
            List<Future<Integer>> approvals = start(entries.stream().<Callable<Integer>>map(entry -> () -> as("reviewer")
                    .post("/api/v1/score-entries/{id}/approvals", entry).then().extract().statusCode()).toList());
            gate.awaitWaiting(entries.size());
            // while the approvals hold the household mid-transaction, the events score it: the consumer neither waits
            // for them nor meets their star stream
            try (TopicFeed mediation = new TopicFeed("mediation")) {
                for (int i = 0; i < 3; i++) {
                    mediation.publish("Commendation", UUID.randomUUID(), "HouseholdCommended", QINCUN_MICRO_1, """
                            {"householdId":"%s","code":"%s"}""".formatted(household, QINCUN_MICRO_1));
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> ScoringApi.count(dataSource,
                    "select count(*) from entry_view where subject_id = ? and indicator_code = 'commended-1'", household.toString()) == 3);
            gate.open();
            statuses = results(approvals);
        }
        assertThat(statuses).containsOnly(200);

        await().atMost(Duration.ofSeconds(60)).until(() -> ScoringApi.count(dataSource, """
                select count(*) from entry_view where subject_id = ? and indicator_code = 'commended-1' and status = 'APPROVED'
                """, household.toString()) == 3 && ScoringApi.count(dataSource, "select count(*) from inbox where inbox = ? and key like ?",
                StarReviewWork.INBOX, household + "/%") == 0);
        assertThat(deadLetters()).as("dead letters of scoring.mediation").isEqualTo(deadBefore);
        assertThat(starEvents("scoring.StarAwarded.v1", household)).isEqualTo(2);
        assertThat(starEvents("scoring.StarRevoked.v1", household)).isZero();
        as("resident").get("/api/v1/subjects/{id}/stars", household).then().statusCode(200)
                .body("find { it.star == 'commended' }.held", equalTo(true)).body("find { it.star == 'commended' }.score", equalTo(3))
                .body("find { it.star == 'patriotism' }.held", equalTo(true));
    }

    /** Starts the calls at the same moment, each on its own thread. */
    private static <T> List<Future<T>> start(List<Callable<T>> calls) {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<T>> futures = new ArrayList<>();
        for (Callable<T> call : calls) {
            futures.add(pool.submit(() -> {
                start.await();
                return call.call();
            }));
        }
        start.countDown();
        pool.shutdown();
        return futures;
    }

    private static <T> List<T> results(List<Future<T>> futures) throws Exception {
        List<T> results = new ArrayList<>();
        for (Future<T> f : futures) {
            results.add(f.get(2, TimeUnit.MINUTES));
        }
        return results;
    }

    /**
     * Makes requests on one household meet: holds its entry rows (select for update) so that each approval waits in
     * the middle of its transaction (at its read-model update, after it read the household's entries and stars) until
     * the gate opens; then they all go on together. Without a hold on the household's stars they would each see only
     * their own approval and miss the star, or append the same star twice and fail on the stream's version.
     */
    private final class Gate implements AutoCloseable {

        private final Connection connection;

        Gate(UUID household) throws Exception {
            connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            try (PreparedStatement ps = connection.prepareStatement("select id from entry_view where subject_id = ? for update")) {
                ps.setString(1, household.toString());
                ps.executeQuery().close();
            }
        }

        /** Until this many sessions of the database wait on a lock (the gate's rows or a hold of the household). */
        void awaitWaiting(int sessions) {
            await().atMost(Duration.ofSeconds(60)).until(() -> ScoringApi.count(dataSource, """
                    select count(*) from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'
                    """) >= sessions);
        }

        void open() throws Exception {
            connection.commit();
        }

        @Override
        public void close() throws Exception {
            connection.rollback();
            connection.close();
        }
    }

    private long deadLetters() throws Exception {
        return ScoringApi.count(dataSource, "select count(*) from consumer_dead_letter where consumer = 'scoring.mediation'");
    }

    private long starEvents(String type, UUID household) throws Exception {
        return ScoringApi.count(dataSource, "select count(*) from events where event_type = ? and payload->>'householdId' = ?",
                type, household.toString());
    }
}
