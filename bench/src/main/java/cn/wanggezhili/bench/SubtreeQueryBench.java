package cn.wanggezhili.bench;

import io.agroal.api.AgroalDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import cn.wanggezhili.devstack.DevstackHome;
import cn.wanggezhili.devstack.PackagedService;
import cn.wanggezhili.devstack.Ports;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.testing.TestServers;
import cn.wanggezhili.testing.Tokens;

/**
 * Harness 3: latency of the grid registry's subtree queries (children, counts per level, coverage, lists) on a
 * generated county of about 100k units and 1M residents, through the real packaged service (HTTP, OIDC token,
 * scope check, JSON), against a primary-key lookup of one unit through the same stack in the same run.
 */
public final class SubtreeQueryBench {

    // Parameters. The -D overrides are for smoke runs; published numbers use these defaults.
    static final CountyShape SHAPE = new CountyShape("141081000000", BenchProperty.integer("bench.townships", 12), 20, 20, 20,
            BenchProperty.integer("bench.households", 330_000), BenchProperty.integer("bench.residents", 1_000_000));
    static final List<Integer> CLIENTS = BenchProperty.integers("bench.clients", "1,4");
    /** Requests per run, warm-up then measured: fewer where one request costs more. */
    static final int FAST_WARM_UP = 200;
    static final int FAST_MEASURED = 2000;
    static final int VILLAGE_COUNTS_WARM_UP = 100;
    static final int VILLAGE_COUNTS_MEASURED = 1000;
    static final int TOWNSHIP_COUNTS_WARM_UP = 20;
    static final int TOWNSHIP_COUNTS_MEASURED = 200;
    static final int COUNTY_COUNTS_WARM_UP = 3;
    static final int COUNTY_COUNTS_MEASURED = 30;
    /** Percent of the request counts above, for smoke runs only. */
    static final int REQUEST_PERCENT = BenchProperty.integer("bench.requestPercent", 100);
    static final long SEED = 20261127L;
    static final String TOWNSHIP_001 = "141081001000"; // township-admin's grid_scope in the realm
    static final List<String> APP_JVM_OPTIONS = List.of("-Xmx1g");
    static final String APP_JAR = "services/grid-registry/target/quarkus-app/quarkus-run.jar";
    static final String DATABASE = "bench_registry";
    static final String UNITS = "/api/v1/grid-units/";

    private SubtreeQueryBench() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path root = DevstackHome.repositoryRoot();
        String jdbcUrl = TestServers.freshDatabase(DATABASE);
        try (AgroalDataSource dataSource = TestServers.dataSource(DATABASE, 4); Connection c = dataSource.getConnection()) {
            String schema = RegistrySchema.migrate(dataSource, root);
            Machine machine = Machine.describe(dataSource);
            Map<String, Double> load = new CountyGenerator(SHAPE).load(c);
            CountyCodes codes = CountyCodes.read(c, CountyGenerator.MICRO_GRID_LEVEL);
            BenchKeycloak.useOwnHome(root);
            String countyToken = Tokens.of("county-admin");
            String townshipToken = Tokens.of("township-admin");
            List<LatencyResult> results;
            String app;
            try (PackagedService registry = startApp(root, jdbcUrl);
                 CpuMeter cpuMeter = new CpuMeter(TestServers.postgres().connect(DATABASE), registry.pid())) {
                LatencyRun runner = new LatencyRun(registry.base(), cpuMeter, SEED);
                String check = CountsCheck.county(runner, SHAPE, countyToken);
                results = measure(runner, queries(codes, countyToken, townshipToken));
                app = BenchSetup.app(registry, APP_JVM_OPTIONS, check);
            }
            List<QueryPlans.Plan> plans = plans(c, codes);
            Files.write(root.resolve("bench/target/SubtreeQueryBench-plans.txt"), BenchSetup.fullPlans(plans));
            String setup = BenchSetup.describe(c, SHAPE, schema, load, app, parameters(), (System.nanoTime() - start) / 60e9);
            System.out.println(new SubtreeReport(machine, setup, results, plans).markdown());
        }
    }

    private static PackagedService startApp(Path root, String jdbcUrl) throws java.io.IOException {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", TestServers.kafkaBootstrapServers(),
                "OIDC_AUTH_SERVER_URL", TestServers.keycloakRealmUrl(),
                "REGISTRY_PERSONAL_DATA_KEY", Base64.getEncoder().encodeToString(key),
                "PGUSER", TestServers.postgres().user(),
                "PGPASSWORD", TestServers.postgres().password());
        System.err.println("starting grid-registry");
        return PackagedService.start("grid-registry", root.resolve(APP_JAR), APP_JVM_OPTIONS, Ports.free(), jdbcUrl, environment,
                root.resolve("bench/target/SubtreeQueryBench-app.log"));
    }

    private static List<BenchQuery> queries(CountyCodes codes, String county, String township) {
        String countyCode = SHAPE.countyCode();
        return List.of(
                new BenchQuery(BenchQuery.BASELINE, county, r -> UNITS + codes.random(5, r), n(FAST_WARM_UP), n(FAST_MEASURED)),
                new BenchQuery("children: grid (20 micro-grids)", county, r -> UNITS + codes.random(4, r) + "/children?limit=100",
                        n(FAST_WARM_UP), n(FAST_MEASURED)),
                new BenchQuery("children: village (20 grids)", county, r -> UNITS + codes.random(3, r) + "/children?limit=100",
                        n(FAST_WARM_UP), n(FAST_MEASURED)),
                new BenchQuery("counts: village", county, r -> UNITS + codes.random(3, r) + "/counts",
                        n(VILLAGE_COUNTS_WARM_UP), n(VILLAGE_COUNTS_MEASURED)),
                new BenchQuery("counts: township", county, r -> UNITS + codes.random(2, r) + "/counts",
                        n(TOWNSHIP_COUNTS_WARM_UP), n(TOWNSHIP_COUNTS_MEASURED)),
                new BenchQuery("counts: county", county, r -> UNITS + countyCode + "/counts",
                        n(COUNTY_COUNTS_WARM_UP), n(COUNTY_COUNTS_MEASURED)),
                new BenchQuery("coverage: micro-grid", county, r -> UNITS + codes.random(5, r) + "/coverage",
                        n(FAST_WARM_UP), n(FAST_MEASURED)),
                new BenchQuery("list: level 5 under township 001, township-admin", township,
                        r -> "/api/v1/grid-units?under=" + TOWNSHIP_001 + "&level=5&limit=100", n(FAST_WARM_UP), n(FAST_MEASURED)),
                new BenchQuery("list: level 5 under a random township", county,
                        r -> "/api/v1/grid-units?under=" + codes.random(2, r) + "&level=5&limit=100",
                        n(FAST_WARM_UP), n(FAST_MEASURED)));
    }

    /**
     * First every query once at the highest client count, unmeasured (the app's JIT, its pool, Postgres' caches);
     * then per client count every query, the baseline first and again last, so that a drift shows. The first pass
     * sends as many requests as a measured run (a pass of warm-up counts only left the first baseline 4 times
     * slower than the last one, at 6 times the CPU per request: the app was still compiling), but only the warm-up
     * count of queries measured fewer than 100 times, which cost the most.
     */
    private static List<LatencyResult> measure(LatencyRun runner, List<BenchQuery> queries) throws Exception {
        for (BenchQuery query : queries) {
            runner.run(query, Collections.max(CLIENTS), jitPass(query), 0);
        }
        List<LatencyResult> results = new ArrayList<>();
        for (int clients : CLIENTS) {
            List<BenchQuery> order = new ArrayList<>(queries);
            order.add(queries.get(0));
            for (BenchQuery query : order) {
                LatencyResult r = runner.run(query, clients, query.warmUp(), query.measured());
                System.err.printf("clients=%d %-50s p50 %7.2f ms  p99 %7.2f ms  %6.0f req/s  other %.2f cores%n", clients,
                        r.query(), r.percentileMillis(0.5), r.percentileMillis(0.99), r.perSecond(), r.otherCores());
                results.add(r);
            }
        }
        return results;
    }

    private static int jitPass(BenchQuery query) {
        return query.measured() >= n(100) ? query.measured() : query.warmUp();
    }

    private static List<QueryPlans.Plan> plans(Connection c, CountyCodes codes) throws Exception {
        SplittableRandom random = new SplittableRandom(SEED);
        QueryPlans explain = new QueryPlans(c);
        String microGrid = codes.random(5, random);
        String village = codes.random(3, random);
        List<QueryPlans.Plan> plans = new ArrayList<>(List.of(explain.unit(microGrid),
                explain.children(codes.random(4, random)), explain.children(village)));
        plans.addAll(explain.counts("village " + village, prefix(village)));
        plans.addAll(explain.counts("township " + TOWNSHIP_001, prefix(TOWNSHIP_001)));
        plans.addAll(explain.counts("county", prefix(SHAPE.countyCode())));
        List<String> chain = new ArrayList<>();
        for (GridCode code = new GridCode(microGrid); code != null; code = code.parent().orElse(null)) {
            chain.add(code.value());
        }
        plans.add(explain.coverage(chain));
        plans.add(explain.list(prefix(TOWNSHIP_001), 5));
        plans.add(explain.list(prefix(codes.last(2)), 5));
        return plans;
    }

    private static String prefix(String code) {
        return new GridCode(code).subtreePrefix();
    }

    private static int n(int requests) {
        return Math.max(1, requests * REQUEST_PERCENT / 100);
    }

    private static String parameters() {
        return """
                - clients: %s, each a closed loop (next request as soon as the answer is read), HTTP/1.1 keep-alive,
                  java.net.http from this JVM; the codes asked for are drawn at random (seed %d) per request
                - requests per run (warm-up, then measured): unit, children, coverage, lists %d + %d; village counts
                  %d + %d; township counts %d + %d; county counts %d + %d. Before the first run every query once
                  at %d clients, unmeasured (JIT of the app), with its measured count (county counts: warm-up count).
                  Per client count the baseline runs first and again last; ratios are to both runs' samples pooled
                - tokens: real ones from the test Keycloak (Tokens.of): county-admin (scope %s) for all but the
                  township-admin list (scope %s)
                - CPU per request: this JVM (the clients) + the app's process + the Postgres backends of the bench
                  database, over the whole run, warm-up included; "other" is the rest of the machine's busy time in
                  cores (the idle broker and Keycloak included)
                """.formatted(CLIENTS, SEED, n(FAST_WARM_UP), n(FAST_MEASURED), n(VILLAGE_COUNTS_WARM_UP),
                n(VILLAGE_COUNTS_MEASURED), n(TOWNSHIP_COUNTS_WARM_UP), n(TOWNSHIP_COUNTS_MEASURED),
                n(COUNTY_COUNTS_WARM_UP), n(COUNTY_COUNTS_MEASURED), Collections.max(CLIENTS), SHAPE.countyCode(),
                TOWNSHIP_001);
    }
}
