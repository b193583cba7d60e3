package cn.wanggezhili.bench;

import io.agroal.api.AgroalDataSource;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import cn.wanggezhili.devstack.DevstackHome;
import cn.wanggezhili.devstack.PackagedService;
import cn.wanggezhili.devstack.Ports;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.kafka.Topics;
import cn.wanggezhili.testing.TestServers;
import cn.wanggezhili.testing.Tokens;

/**
 * Harness 5: scoring, through the real packaged service.
 * (1) Trigger events scored per second: a stream of task-dispatch.TaskClosed.v1 (closed on time) on the real topic,
 * each becoming a score entry through the grid-worker scheme's trigger (consumer, trigger match, entry stream append,
 * read model, consumer position in one transaction). Baseline in the same run: a bare consumer of the same records
 * that parses each payload and inserts one row per record, one transaction per poll.
 * (2) Settlement of a township's quarter: 324 grid workers (docs/domain.md: one township's 324 workers on 249 grids) with
 * their approved entries of 2026-Q3, on public notice, settled in one request into one PointsCredited per worker;
 * then the same request again (answers the first run), and the time until all credits are on Kafka. Baseline: the
 * settlement's aggregation query alone over the same rows.
 */
public final class ScoringBench {

    // Parameters. The -D overrides are for smoke runs; published numbers use these defaults.
    static final int WORKERS = BenchProperty.integer("bench.workers", 324);
    static final int EVENTS_WARM_UP = BenchProperty.integer("bench.eventsWarmUp", 500);
    static final int EVENTS = BenchProperty.integer("bench.events", 5000);
    /** Entries per worker in the quarter (10 a month), recorded and approved through the API by this many clients. */
    static final int ENTRIES_PER_WORKER = BenchProperty.integer("bench.entriesPerWorker", 30);
    static final int CLIENTS = BenchProperty.integer("bench.clients", 4);
    /** The app's JVM options; {@code -Dbench.appJvmOptions="..."} adds some (e.g. a flight recording for a profile). */
    static final List<String> APP_JVM_OPTIONS = appJvmOptions();
    static final String APP = "services/scoring/target/quarkus-app";
    static final String DATABASE = "bench_scoring";
    static final String TRIGGERED = "task-dispatch.TaskClosed.v1";
    static final List<String> MONTHS = List.of("2026-07", "2026-08", "2026-09");
    static final List<String> DONE = List.of("policy", "info", "survey", "patrol", "visit", "safety", "fire", "environment",
            "epidemic", "civility", "security", "special-groups", "speak-out", "peace", "straw", "flood", "food-drug", "team",
            "training", "discipline");

    private ScoringBench() {
    }

    private static List<String> appJvmOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx1g", "-Dscoring.notice.shortest-window=PT1S"));
        String extra = System.getProperty("bench.appJvmOptions", "").strip();
        if (!extra.isEmpty()) {
            options.addAll(List.of(extra.split("\\s+")));
        }
        return List.copyOf(options);
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path root = DevstackHome.repositoryRoot();
        BenchKeycloak.useOwnHome(root);
        String jdbcUrl = TestServers.freshDatabase(DATABASE);
        try (AgroalDataSource dataSource = TestServers.dataSource(DATABASE, 2)) {
            Machine machine = Machine.describe(dataSource);
            String bootstrap = TestServers.kafkaBootstrapServers();
            Path jar = AppCopy.of(root.resolve(APP), root.resolve("bench/target/ScoringBench-app")).resolve("quarkus-run.jar");
            Map<String, String> environment = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "OIDC_AUTH_SERVER_URL", TestServers.keycloakRealmUrl(),
                    "PGUSER", TestServers.postgres().user(), "PGPASSWORD", TestServers.postgres().password());
            System.err.println("starting scoring");
            try (PackagedService app = PackagedService.start("scoring", jar, APP_JVM_OPTIONS, Ports.free(), jdbcUrl, environment,
                    root.resolve("bench/target/ScoringBench-app.log"));
                 ScoringLoad load = new ScoringLoad(bootstrap, app.base())) {
                load.postOk("/api/v1/schemes", Tokens.of("county-admin"),
                        Files.readString(root.resolve("services/scoring/src/main/resources/demo-schemes/grid-worker.json")));
                load.assignWorkers(WORKERS);
                await(dataSource, "select count(*) from subject", WORKERS, Duration.ofSeconds(120));
                List<String> lines = new ArrayList<>();
                lines.addAll(triggers(dataSource, load, bootstrap));
                lines.addAll(settlement(dataSource, load, bootstrap));
                System.out.println(report(machine, app, lines, (System.nanoTime() - start) / 60e9));
            }
        }
    }

    private static List<String> triggers(AgroalDataSource dataSource, ScoringLoad load, String bootstrap) throws Exception {
        List<UUID> ids = new ArrayList<>();
        sendTaskClosures(load, EVENTS_WARM_UP, ids);
        await(dataSource, "select count(*) from entry_view where source_event_type = '" + TRIGGERED + "'", EVENTS_WARM_UP, Duration.ofSeconds(120));
        long t0 = System.nanoTime();
        sendTaskClosures(load, EVENTS, ids);
        double sent = (System.nanoTime() - t0) / 1e9;
        await(dataSource, "select count(*) from entry_view where source_event_type = '" + TRIGGERED + "'", EVENTS_WARM_UP + EVENTS,
                Duration.ofSeconds(600));
        double scored = (System.nanoTime() - t0) / 1e9;
        // redelivery: the first 200 measured events again, same ids and versions; nothing new may appear
        List<UUID> again = List.copyOf(ids.subList(EVENTS_WARM_UP, EVENTS_WARM_UP + Math.min(200, EVENTS)));
        resend(load, again, EVENTS_WARM_UP);
        sendTaskClosures(load, 1, ids); // a marker behind them: once it is scored, the redeliveries were read
        await(dataSource, "select count(*) from entry_view where source_event_type = '" + TRIGGERED + "'", EVENTS_WARM_UP + EVENTS + 1,
                Duration.ofSeconds(120));
        double baseline = bareConsumer(dataSource, bootstrap, EVENTS_WARM_UP + EVENTS + again.size() + 1);
        System.err.printf("triggers: %.0f events/s scored, bare consumer %.0f/s%n", EVENTS / scored, baseline);
        return List.of(
                "| trigger events scored (TaskClosed → entry), %d events after %d warm-up | **%.0f /s** (%.1f s; producer done after %.1f s) |"
                        .formatted(EVENTS, EVENTS_WARM_UP, EVENTS / scored, scored, sent),
                "| baseline: bare consumer of the same records (parse, insert a row, commit per poll) | %.0f /s |".formatted(baseline),
                "| ratio scoring / baseline | %.2f |".formatted(EVENTS / scored / baseline),
                "| redelivered events (same id and version) that created an entry | %d of %d |".formatted(
                        count(dataSource, "select count(*) from entry_view where source_event_type = '" + TRIGGERED + "'")
                                - (EVENTS_WARM_UP + EVENTS + 1), again.size()));
    }

    private static void sendTaskClosures(ScoringLoad load, int count, List<UUID> ids) {
        for (int i = 0; i < count; i++) {
            UUID task = UUID.randomUUID();
            int worker = ids.size() % WORKERS;
            ids.add(task);
            load.send("task-dispatch", "TaskClosed", "Task", task, 6, eventId(task), ScoringLoad.grid(worker), ScoringLoad.taskClosed(task, worker));
        }
        load.flush();
    }

    private static void resend(ScoringLoad load, List<UUID> tasks, int offset) {
        for (int i = 0; i < tasks.size(); i++) {
            UUID task = tasks.get(i);
            int worker = (offset + i) % WORKERS;
            load.send("task-dispatch", "TaskClosed", "Task", task, 6, eventId(task), ScoringLoad.grid(worker), ScoringLoad.taskClosed(task, worker));
        }
        load.flush();
    }

    private static UUID eventId(UUID task) {
        return UUID.nameUUIDFromBytes(("closed:" + task).getBytes(StandardCharsets.UTF_8));
    }

    /** The same records through a plain consumer doing the least an idempotent consumer does: parse, insert, commit. */
    private static double bareConsumer(AgroalDataSource dataSource, String bootstrap, int records) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().execute("create table if not exists bench_bare (event_id uuid, subject text, at timestamptz default now())");
        }
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-bare-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as the services read: the relay commits per batch
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        int seen = 0;
        long start = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
             Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            consumer.subscribe(List.of("task-dispatch.events"));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            try (PreparedStatement insert = c.prepareStatement("insert into bench_bare (event_id, subject) values (?, ?)")) {
                while (seen < records && System.nanoTime() < deadline) {
                    var batch = consumer.poll(Duration.ofMillis(200));
                    if (batch.isEmpty()) {
                        continue;
                    }
                    if (start == 0) {
                        start = System.nanoTime();
                    }
                    for (var r : batch) {
                        var payload = EventCodec.json().readTree(r.value());
                        insert.setObject(1, UUID.fromString(new String(r.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8)));
                        insert.setString(2, payload.path("completedBy").path("staffId").asText());
                        insert.executeUpdate();
                        seen++;
                    }
                    c.commit();
                }
            }
        }
        return seen / ((System.nanoTime() - start) / 1e9);
    }

    private static List<String> settlement(AgroalDataSource dataSource, ScoringLoad load, String bootstrap) throws Exception {
        String scorer = Tokens.of("scorer");
        String reviewer = Tokens.of("reviewer");
        String township = Tokens.of("township-admin");
        int entries = WORKERS * ENTRIES_PER_WORKER;
        String[] ids = new String[entries];
        double recorded = ScoringLoad.parallel(CLIENTS, entries, i -> call(() -> ScoringLoad.id(load.postOk("/api/v1/score-entries", scorer, """
                {"schemeCode":"grid-worker","indicatorCode":"%s-done","subjectId":"%s","month":"%s"}""".formatted(
                DONE.get(i / WORKERS / MONTHS.size() % DONE.size()), ScoringLoad.worker(i % WORKERS), MONTHS.get(i / WORKERS % MONTHS.size()))))), ids);
        double approved = ScoringLoad.parallel(CLIENTS, entries, i -> call(() -> load.postOk("/api/v1/score-entries/" + ids[i] + "/approvals",
                reviewer, "{}")), null);
        load.postOk("/api/v1/notices", township, """
                {"unitCode":"%s","period":"2026-Q3","objectionWindow":"PT2S"}""".formatted(ScoringLoad.TOWNSHIP));
        Thread.sleep(2500); // the notice's objection window
        long queryStart = System.nanoTime();
        long subjects = count(dataSource, """
                select count(*) from (select subject_id, sum(points) from entry_view
                 where code like '141081001%' and month = any('{2026-07,2026-08,2026-09}') and status = 'APPROVED' group by subject_type, subject_id) t
                """);
        double queryMs = (System.nanoTime() - queryStart) / 1e6;
        CompletableFuture<Long> onKafka = CompletableFuture.supplyAsync(() -> creditsOnKafka(bootstrap, WORKERS));
        Thread.sleep(3000); // let the watcher join its group before the credits are published
        String body = "{\"unitCode\":\"%s\",\"quarter\":\"2026-Q3\"}".formatted(ScoringLoad.TOWNSHIP);
        long settleStart = System.nanoTime();
        var first = load.post("/api/v1/settlements", township, body);
        long settled = System.nanoTime();
        double settleMs = (settled - settleStart) / 1e6;
        long againStart = System.nanoTime();
        var again = load.post("/api/v1/settlements", township, body);
        double againMs = (System.nanoTime() - againStart) / 1e6;
        double kafkaMs = (onKafka.get(5, TimeUnit.MINUTES) - settled) / 1e6;
        long credits = count(dataSource, "select count(*) from events where event_type = 'scoring.PointsCredited.v1'");
        System.err.printf("settlement: %d entries, %.0f ms (%s), again %.0f ms (%s), credits %d, on Kafka +%.0f ms%n", entries, settleMs,
                first.statusCode(), againMs, again.statusCode(), credits, kafkaMs);
        return List.of(
                "| entries recorded through the API, %d clients | %.0f /s (%d entries) |".formatted(CLIENTS, recorded, entries),
                "| entries approved through the API, %d clients | %.0f /s |".formatted(CLIENTS, approved),
                "| **settlement of the township's quarter** (%d workers, %d approved entries) | **%.0f ms** (HTTP %d; %d PointsCredited) |"
                        .formatted(WORKERS, entries, settleMs, first.statusCode(), credits),
                "| baseline: the settlement's aggregation query alone (%d subjects) | %.1f ms |".formatted(subjects, queryMs),
                "| the same settlement asked again | %.0f ms (HTTP %d, no new event) |".formatted(againMs, again.statusCode()),
                "| from the settlement's answer until all %d credits were read from scoring.events | %.0f ms |".formatted(WORKERS, kafkaMs));
    }

    /** Nanotime when {@code wanted} PointsCredited records have been read from scoring.events. */
    private static long creditsOnKafka(String bootstrap, int wanted) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-credits-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"); // as the services read: the relay commits per batch
        int seen = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.of("scoring")));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (seen < wanted && System.nanoTime() < deadline) {
                for (var r : consumer.poll(Duration.ofMillis(50))) {
                    var type = r.headers().lastHeader("ce_type");
                    if (type != null && new String(type.value(), StandardCharsets.UTF_8).equals("scoring.PointsCredited.v1")) {
                        seen++;
                    }
                }
            }
        }
        return System.nanoTime();
    }

    private static String call(java.util.concurrent.Callable<String> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void await(AgroalDataSource dataSource, String sql, long wanted, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (count(dataSource, sql) < wanted) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out: " + sql + " < " + wanted + " (see bench/target/ScoringBench-app.log)");
            }
            Thread.sleep(50); // polling another process's progress
        }
    }

    private static long count(AgroalDataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String report(Machine machine, PackagedService app, List<String> lines, double minutes) {
        return """
                ## ScoringBench

                Scoring through its packaged app (`%s`, JVM %s, started in %.1f s), Postgres and Kafka as in the other runs;
                %d grid workers of one township (12 villages, 249 grids) known from grid-registry.events, the demo grid-worker
                scheme (its `task-closed-on-time` trigger); whole run %.1f min. Parameters: events %d after %d warm-up, %d entries
                per worker for the settlement, %d API clients.

                %s
                | measure | result |
                |---|---|
                %s
                """.formatted(APP + "/quarkus-run.jar", APP_JVM_OPTIONS, app.startSeconds(), WORKERS, minutes, EVENTS, EVENTS_WARM_UP,
                ENTRIES_PER_WORKER, CLIENTS, machine.markdown(), String.join("\n", lines));
    }
}
