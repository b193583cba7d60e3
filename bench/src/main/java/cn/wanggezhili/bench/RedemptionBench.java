package cn.wanggezhili.bench;

import io.agroal.api.AgroalDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;
import cn.wanggezhili.devstack.DevstackHome;
import cn.wanggezhili.devstack.PackagedService;
import cn.wanggezhili.devstack.Ports;
import cn.wanggezhili.testing.TestServers;
import cn.wanggezhili.testing.Tokens;

/**
 * Harness 6: the points store's redemptions under contention, through the real packaged service. CLIENTS closed-loop
 * HTTP clients (store-clerk token) each reserve one unit at a time (POST /api/v1/redemptions). Three runs of
 * REDEMPTIONS each, after WARM_UP redemptions of the baseline shape:
 * (baseline) every client on its own account and its own item: no shared lock;
 * (one account) every client on the same account (other items): the account's lock serialises them;
 * (one item) every client on the same item (other accounts): the item's lock serialises them.
 * Balances and stock cover every redemption, so any refusal would be a bug; the last line checks the ledger.
 */
public final class RedemptionBench {

    // Parameters. The -D overrides are for smoke runs; published numbers use these defaults.
    static final int CLIENTS = BenchProperty.integer("bench.clients", 16);
    static final int WARM_UP = BenchProperty.integer("bench.warmUp", 200);
    static final int REDEMPTIONS = BenchProperty.integer("bench.redemptions", 1000);
    static final int PRICE = 10;
    static final List<String> APP_JVM_OPTIONS = List.of("-Xmx1g");
    static final String APP = "services/points-store/target/quarkus-app";
    static final String DATABASE = "bench_points_store";
    static final String STORE = "141081001001";
    static final String HOUSEHOLD_UNIT = "141081001001001001";

    private RedemptionBench() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path root = DevstackHome.repositoryRoot();
        BenchKeycloak.useOwnHome(root);
        String jdbcUrl = TestServers.freshDatabase(DATABASE);
        try (AgroalDataSource dataSource = TestServers.dataSource(DATABASE, 2)) {
            Machine machine = Machine.describe(dataSource);
            String bootstrap = TestServers.kafkaBootstrapServers();
            Path jar = AppCopy.of(root.resolve(APP), root.resolve("bench/target/RedemptionBench-app")).resolve("quarkus-run.jar");
            Map<String, String> environment = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "OIDC_AUTH_SERVER_URL",
                    TestServers.keycloakRealmUrl(), "PGUSER", TestServers.postgres().user(), "PGPASSWORD", TestServers.postgres().password());
            System.err.println("starting points-store");
            try (PackagedService app = PackagedService.start("points-store", jar, APP_JVM_OPTIONS, Ports.free(), jdbcUrl, environment,
                    root.resolve("bench/target/RedemptionBench-app.log"));
                 ScoringLoad load = new ScoringLoad(bootstrap, app.base())) {
                String clerk = Tokens.of("store-clerk");
                int budget = (WARM_UP + 3 * REDEMPTIONS) * PRICE;
                List<String> accounts = accounts(load, dataSource, CLIENTS + 1, budget);
                List<String> items = new ArrayList<>();
                for (int i = 0; i <= CLIENTS; i++) {
                    items.add(ScoringLoad.id(load.postOk("/api/v1/catalogue-items", clerk, """
                            {"storeCode":"%s","kind":"GOODS","nameZh":"压测商品%02d","pointsPrice":%d,"stock":%d}"""
                            .formatted(STORE, i, PRICE, WARM_UP + 3 * REDEMPTIONS))));
                }
                String shared = accounts.get(CLIENTS);
                String sharedItem = items.get(CLIENTS);
                run(load, clerk, WARM_UP, i -> body(accounts.get(i % CLIENTS), items.get(i % CLIENTS)));
                double[] baseline = run(load, clerk, REDEMPTIONS, i -> body(accounts.get(i % CLIENTS), items.get(i % CLIENTS)));
                double[] oneAccount = run(load, clerk, REDEMPTIONS, i -> body(shared, items.get(i % CLIENTS)));
                double[] oneItem = run(load, clerk, REDEMPTIONS, i -> body(accounts.get(i % CLIENTS), sharedItem));
                long debits = count(dataSource, "select count(*) from ledger_entry where kind = 'DEBITED'");
                long negative = count(dataSource, "select count(*) from account_view where balance < 0")
                        + count(dataSource, "select count(*) from item_view where stock < 0");
                System.out.println(report(machine, app, baseline, oneAccount, oneItem, debits, negative,
                        (System.nanoTime() - start) / 60e9));
            }
        }
    }

    /** Opens {@code n} household accounts through scoring's topic, each credited {@code points}. */
    private static List<String> accounts(ScoringLoad load, AgroalDataSource dataSource, int n, int points) throws Exception {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String household = UUID.randomUUID().toString();
            UUID settlement = UUID.randomUUID();
            load.send("scoring", "PointsCredited", "Settlement", settlement, 1, UUID.randomUUID(), HOUSEHOLD_UNIT, """
                    {"settlementId":"%s","subjectType":"HOUSEHOLD","subjectId":"%s","subjectName":"压测户%02d","code":"%s",
                     "quarter":"2026-Q3","points":%d,"at":"%s"}""".formatted(settlement, household, i, HOUSEHOLD_UNIT, points, Instant.now()));
            accounts.add(UUID.nameUUIDFromBytes(("points-account:HOUSEHOLD:" + household).getBytes(StandardCharsets.UTF_8)).toString());
        }
        load.flush();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (count(dataSource, "select count(*) from account_view") < n) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the points store did not open the accounts from scoring's topic in 120 s");
            }
            Thread.sleep(200);
        }
        return accounts;
    }

    private static String body(String account, String item) {
        return "{\"accountId\":\"%s\",\"itemId\":\"%s\",\"quantity\":1}".formatted(account, item);
    }

    /** Redemptions per second and refusals of {@code count} calls on CLIENTS threads. */
    private static double[] run(ScoringLoad load, String clerk, int count, IntFunction<String> body) throws Exception {
        int[] refused = new int[1];
        double rate = ScoringLoad.parallel(CLIENTS, count, i -> {
            try {
                var response = load.post("/api/v1/redemptions", clerk, body.apply(i));
                if (response.statusCode() != 201) {
                    synchronized (refused) {
                        refused[0]++;
                    }
                }
                return null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, null);
        System.err.printf("%.0f redemptions/s, %d refused%n", rate, refused[0]);
        return new double[] {rate, refused[0]};
    }

    private static long count(AgroalDataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String report(Machine machine, PackagedService app, double[] baseline, double[] oneAccount, double[] oneItem,
                                 long debits, long negative, double minutes) throws Exception {
        return """
                ## Points store: redemptions under contention (RedemptionBench)

                %s- app: packaged points-store built %s, -Xmx1g, started in %.1f s
                - load: %d closed-loop HTTP clients (store-clerk token), one unit per redemption, %d redemptions per run after %d warm-up

                | run | redemptions/s | ratio to baseline | refused |
                |---|---|---|---|
                | baseline: each client its own account and item | **%.0f** | 1.00 | %.0f |
                | one account, %d clients | **%.0f** | %.2f | %.0f |
                | one item, %d clients | **%.0f** | %.2f | %.0f |

                Ledger check: %d debits for %d successful redemptions expected; accounts or items below zero: %d. Whole run %.1f min.
                """.formatted(machine.markdown(), app.built(), app.startSeconds(), CLIENTS, REDEMPTIONS, WARM_UP,
                baseline[0], baseline[1], CLIENTS, oneAccount[0], oneAccount[0] / baseline[0], oneAccount[1],
                CLIENTS, oneItem[0], oneItem[0] / baseline[0], oneItem[1],
                debits, WARM_UP + 3 * REDEMPTIONS - (long) (baseline[1] + oneAccount[1] + oneItem[1]), negative, minutes);
    }
}
