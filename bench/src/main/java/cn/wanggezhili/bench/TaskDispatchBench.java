package cn.wanggezhili.bench;

import io.agroal.api.AgroalDataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import cn.wanggezhili.devstack.DevstackHome;
import cn.wanggezhili.devstack.PackagedService;
import cn.wanggezhili.devstack.Ports;
import cn.wanggezhili.kafka.Topics;
import cn.wanggezhili.testing.TestServers;
import cn.wanggezhili.testing.Tokens;

/**
 * Harness 4: tasks created and completed per second through task dispatch's API, and the time from a completion's
 * 200 to its TaskCompleted record on Kafka, through the real packaged service (HTTP, OIDC token, scope check,
 * command handler, event store, outbox relay, broker). Baselines in the same run: an authenticated GET that writes
 * nothing, and a bare producer's send-to-consume latency of the same record through the same broker.
 */
public final class TaskDispatchBench {

    // Parameters. The -D overrides are for smoke runs; published numbers use these defaults.
    static final List<Integer> CLIENTS = BenchProperty.integers("bench.clients", "1,4");
    static final int MICRO_GRIDS = 50;
    /** Tasks per client count, warm-up then measured; each is created, then accepted, started and completed. */
    static final int TASKS_WARM_UP = BenchProperty.integer("bench.tasksWarmUp", 100);
    static final int TASKS_MEASURED = BenchProperty.integer("bench.tasks", 1000);
    /** Baseline requests per run (before and after the flows of each client count), warm-up then measured. */
    static final int BASELINE_WARM_UP = 200;
    static final int BASELINE_MEASURED = BenchProperty.integer("bench.baselineRequests", 2000);
    /** Unmeasured pass at the highest client count first: tasks through both flows, baseline requests (JIT). */
    static final int JIT_TASKS = BenchProperty.integer("bench.jitTasks", 300);
    /** Bare-producer probes: one every interval; alone once (warm-up, measured), and throughout each complete run. */
    static final Duration PROBE_INTERVAL = Duration.ofMillis(10);
    static final int PROBE_WARM_UP = 50;
    static final int PROBES_ALONE = 1000;
    /** The relay's idle poll (eventstore.relay.poll-interval); empty = the app's default, 20 ms. */
    static final String RELAY_POLL = System.getProperty("bench.relayPollInterval", "");
    static final long SEED = 20261127L;
    static final List<String> APP_JVM_OPTIONS = List.of("-Xmx1g");
    static final String APP = "services/task-dispatch/target/quarkus-app";
    static final String DATABASE = "bench_dispatch";
    static final String SERVICE_TOPIC = Topics.of("task-dispatch");
    static final String COMPLETED = "task-dispatch.TaskCompleted.v1";
    static final String TASK_TYPES = "/api/v1/task-types";

    private TaskDispatchBench() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path root = DevstackHome.repositoryRoot();
        BenchKeycloak.useOwnHome(root);
        String jdbcUrl = TestServers.freshDatabase(DATABASE);
        DispatchGrid grid = new DispatchGrid(MICRO_GRIDS);
        try (AgroalDataSource dataSource = TestServers.dataSource(DATABASE, 2)) {
            Machine machine = Machine.describe(dataSource);
            String bootstrap = TestServers.kafkaBootstrapServers();
            String chief = Tokens.of(DispatchGrid.CHIEF);
            String worker = Tokens.of(DispatchGrid.WORKER);
            Path jar = AppCopy.of(root.resolve(APP), root.resolve("bench/target/TaskDispatchBench-app")).resolve("quarkus-run.jar");
            try (PackagedService app = startApp(root, jar, jdbcUrl, bootstrap);
                 CpuMeter cpuMeter = new CpuMeter(TestServers.postgres().connect(DATABASE), null);
                 BenchTopics topics = new BenchTopics(bootstrap, 3)) {
                grid.publish(bootstrap);
                double projected = grid.awaitProjected(dataSource, Duration.ofSeconds(60));
                Topics.ensure(bootstrap, List.of(SERVICE_TOPIC), 3); // as the app did at start: no auto-created topic
                String probeTopic = topics.create("dispatch-probe");
                try (TopicWatcher watcher = new TopicWatcher(bootstrap, Map.of(SERVICE_TOPIC, COMPLETED, probeTopic, COMPLETED))) {
                    DispatchFlows flows = new DispatchFlows(app.base(), chief, worker, grid, SEED);
                    String check = flows.check(watcher);
                    try (KafkaProbe probe = new KafkaProbe(bootstrap, probeTopic, watcher, watcher.sample(SERVICE_TOPIC))) {
                        Bench bench = new Bench(new FlowRun(cpuMeter), new LatencyRun(app.base(), cpuMeter, SEED), flows,
                                watcher, probe, chief);
                        bench.jitPass();
                        long[] probesAlone = bench.probesAlone();
                        List<DispatchRound> rounds = new ArrayList<>();
                        for (int clients : CLIENTS) {
                            rounds.add(bench.round(clients));
                        }
                        String setup = setup(app, grid, projected, check, (System.nanoTime() - start) / 60e9);
                        System.out.println(new DispatchReport(machine, setup, rounds, probesAlone).markdown());
                    }
                }
            }
        }
    }

    private static PackagedService startApp(Path root, Path jar, String jdbcUrl, String bootstrap) throws java.io.IOException {
        List<String> options = new ArrayList<>(APP_JVM_OPTIONS);
        if (!RELAY_POLL.isBlank()) {
            options.add("-Deventstore.relay.poll-interval=" + RELAY_POLL);
        }
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", bootstrap,
                "OIDC_AUTH_SERVER_URL", TestServers.keycloakRealmUrl(),
                "PGUSER", TestServers.postgres().user(),
                "PGPASSWORD", TestServers.postgres().password());
        System.err.println("starting task-dispatch");
        return PackagedService.start("task-dispatch", jar, options, Ports.free(), jdbcUrl, environment,
                root.resolve("bench/target/TaskDispatchBench-app.log"));
    }

    private static String setup(PackagedService app, DispatchGrid grid, double projected, String check, double minutes)
            throws java.io.IOException {
        return DispatchReport.setup(APP + "/quarkus-run.jar", app, APP_JVM_OPTIONS, relayPoll(), grid, projected, check,
                DispatchReport.parameters(), minutes);
    }

    static String relayPoll() {
        return RELAY_POLL.isBlank() ? "20 ms (the default of EventStoreSettings, not overridden)" : RELAY_POLL + " (overridden)";
    }

    /** The order of runs, with what every run needs. */
    private record Bench(FlowRun flowRun, LatencyRun latencyRun, DispatchFlows flows, TopicWatcher watcher,
                         KafkaProbe probe, String token) {

        BenchQuery baseline(int warmUp, int measured) {
            return new BenchQuery("baseline: GET " + TASK_TYPES, token, r -> TASK_TYPES, warmUp, measured);
        }

        void jitPass() throws Exception {
            int clients = Collections.max(CLIENTS);
            String[] ids = new String[JIT_TASKS];
            flowRun.run("jit create", DispatchFlows.CREATE, clients, JIT_TASKS, 0, flows.create(ids));
            flowRun.run("jit complete", DispatchFlows.COMPLETE, clients, JIT_TASKS, 0, flows.complete(ids, new ConcurrentHashMap<>()));
            latencyRun.run(baseline(JIT_TASKS, 0), clients, JIT_TASKS, 0);
            System.err.printf("JIT pass done: %d tasks at %d clients%n", JIT_TASKS, clients);
        }

        long[] probesAlone() throws Exception {
            long[] nanos = probe.start(PROBE_INTERVAL, PROBE_WARM_UP, PROBE_WARM_UP + PROBES_ALONE).awaitSent().stop();
            System.err.printf("probe alone: p50 %.2f ms p99 %.2f ms%n", LatencyResult.percentileMillis(nanos, 0.5),
                    LatencyResult.percentileMillis(nanos, 0.99));
            return nanos;
        }

        /** Baseline, create, complete (with probes alongside), baseline again. */
        DispatchRound round(int clients) throws Exception {
            List<LatencyResult> baselines = new ArrayList<>();
            baselines.add(latencyRun.run(baseline(BASELINE_WARM_UP, BASELINE_MEASURED), clients, BASELINE_WARM_UP, BASELINE_MEASURED));
            String[] ids = new String[TASKS_WARM_UP + TASKS_MEASURED];
            FlowResult create = flowRun.run("create", DispatchFlows.CREATE, clients, TASKS_WARM_UP, TASKS_MEASURED, flows.create(ids));
            Map<String, Long> completedAt = new ConcurrentHashMap<>();
            KafkaProbe.Probing alongside = probe.start(PROBE_INTERVAL, 0, Integer.MAX_VALUE);
            XminHolders holders = new XminHolders(TestServers.postgres().connect(DATABASE));
            FlowResult complete = flowRun.run("complete", DispatchFlows.COMPLETE, clients, TASKS_WARM_UP, TASKS_MEASURED,
                    flows.complete(ids, completedAt));
            XminHolders.Summary otherTransactions = holders.stop();
            long[] probes = alongside.stop();
            long[] toKafka = toKafka(completedAt);
            baselines.add(latencyRun.run(baseline(BASELINE_WARM_UP, BASELINE_MEASURED), clients, BASELINE_WARM_UP, BASELINE_MEASURED));
            System.err.printf("clients=%d create %.0f tasks/s, complete %.0f tasks/s, completion→Kafka p50 %.2f p99 %.2f ms, "
                            + "probe p50 %.2f p99 %.2f ms; other databases' xid holders: %s%n", clients, create.perSecond(),
                    complete.perSecond(), LatencyResult.percentileMillis(toKafka, 0.5), LatencyResult.percentileMillis(toKafka, 0.99),
                    LatencyResult.percentileMillis(probes, 0.5), LatencyResult.percentileMillis(probes, 0.99),
                    otherTransactions.markdown());
            return new DispatchRound(clients, baselines, create, complete, toKafka, probes, otherTransactions);
        }

        /** For each measured completion, its TaskCompleted's arrival minus its 200's; every one must arrive. */
        long[] toKafka(Map<String, Long> completedAt) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            long[] nanos = new long[completedAt.size()];
            int i = 0;
            for (Map.Entry<String, Long> completion : completedAt.entrySet()) {
                long arrived = watcher.arrival(completion.getKey()).get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                nanos[i++] = arrived - completion.getValue();
            }
            Arrays.sort(nanos);
            return nanos;
        }
    }
}
