package cn.wanggezhili.bench;

import io.agroal.api.AgroalDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.wanggezhili.devstack.DevstackHome;
import cn.wanggezhili.devstack.KafkaBroker;
import cn.wanggezhili.devstack.SuiteServices;
import cn.wanggezhili.testing.TestServers;
import cn.wanggezhili.testing.Tokens;

/**
 * Harness 7: the whole suite on one machine — six packaged services, Kafka, Keycloak and Postgres — and the time from
 * a command accepted by a service (its 2xx arrived at the client) to its event on the command centre's live stream
 * (one SSE connection, as a dashboard holds it), at rising offered rates. Commands, open loop at a fixed schedule:
 * 6 in 10 a grid worker's field report (task dispatch, TaskCreated), 3 in 10 accepting one of those tasks
 * (TaskAccepted), 1 in 10 a dispute case with two parties registered by the grid chief (mediation, CaseRegistered).
 * The figures are written in the same transaction as the stream's journal row; a probe also measures them directly:
 * once a second it reports a task on a unit of its own and polls the command centre's figures for that unit every
 * 10 ms until the count moves. Baseline in the same run: a bare Kafka producer → consumer hop on the same broker
 * (KafkaProbe, every 100 ms alongside each step), the floor of any path through Kafka.
 */
public final class SuiteLatencyBench {

    static final List<Integer> RATES = BenchProperty.integers("bench.rates", "50,75,100,125,150,200");
    static final Duration STEP = BenchProperty.seconds("bench.stepSeconds", 20);
    static final Duration WARM_UP = BenchProperty.seconds("bench.warmUpSeconds", 5);
    /**
     * Unmeasured first: the six JVMs compile their hot paths. On two cores their compiler threads are starved, and
     * after 4-7 minutes of load they still took 0.4 cores (RESULTS.md); the measured steps should see the steady state.
     */
    static final Duration JIT = BenchProperty.seconds("bench.jitSeconds", 480);
    static final int JIT_RATE = 50;
    static final int MICRO_GRIDS = 50;
    static final String GRID = "141081001001001";
    static final String PROBE_UNIT = GRID + "099";
    static final List<String> APP_JVM_OPTIONS = List.of("-Xmx512m");
    /** Extra options for every app, for profiling runs: {@code -Dbench.appJvmOptions="-XX:StartFlightRecording=filename=/tmp/{service}.jfr"}. */
    static final String EXTRA_JVM_OPTIONS = System.getProperty("bench.appJvmOptions", "");
    /** The broker's JVM tuning: a warm broker as it runs for days, unless a run compares it with the tests' one. */
    static final KafkaBroker.Profile KAFKA_PROFILE = KafkaBroker.Profile.valueOf(System.getProperty("bench.kafkaProfile", "LONG_RUNNING"));
    /** The load generator's HTTP version: Java's client asks for HTTP/2 (h2c) unless told 1.1. */
    static final HttpClient.Version HTTP_VERSION = "1.1".equals(System.getProperty("bench.http", "2"))
            ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2;
    static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(120);
    static final String CREATED = "task-dispatch.TaskCreated.v1";
    static final String ACCEPTED = "task-dispatch.TaskAccepted.v1";
    static final String CASE = "mediation.CaseRegistered.v1";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern CREATED_COUNT = Pattern.compile("\"tasks\"\\s*:\\s*\\{\\s*\"created\"\\s*:\\s*([0-9]+)");

    private final SuiteServices suite;
    private final HttpClient http;
    private final String worker = Tokens.of("grid-worker");
    private final String chief = Tokens.of("grid-chief");
    private final String county = Tokens.of("county-admin");
    private final ConcurrentLinkedQueue<String> toAccept = new ConcurrentLinkedQueue<>();
    private final List<String> cpuRows = new ArrayList<>();
    private int probeTasks;

    private SuiteLatencyBench(SuiteServices suite, ExecutorService executor) {
        this.suite = suite;
        this.http = HttpClient.newBuilder().version(HTTP_VERSION).executor(executor).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path root = DevstackHome.repositoryRoot();
        BenchKeycloak.useOwnHome(root);
        String bootstrap = TestServers.kafkaBootstrapServers(KAFKA_PROFILE);
        Map<String, String> environment = Map.of("KAFKA_BOOTSTRAP_SERVERS", bootstrap, "OIDC_AUTH_SERVER_URL", TestServers.keycloakRealmUrl(),
                "PGUSER", TestServers.postgres().user(), "PGPASSWORD", TestServers.postgres().password(),
                "REGISTRY_PERSONAL_DATA_KEY", "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "MEDIATION_PERSONAL_DATA_KEY", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=");
        Map<String, Path> jars = new HashMap<>();
        for (String name : SuiteServices.NAMES) {
            jars.put(name, AppCopy.of(root.resolve("services/" + name + "/target/quarkus-app"),
                    root.resolve("bench/target/SuiteLatencyBench-apps/" + name)).resolve("quarkus-run.jar"));
        }
        System.err.println("starting the six services");
        ExecutorService executor = Executors.newFixedThreadPool(4);
        try (SuiteServices suite = SuiteServices.start(jars::get, environment,
                name -> TestServers.freshDatabase("bench_suite_" + SuiteServices.database(name)), SuiteLatencyBench::jvmOptions,
                root.resolve("bench/target/SuiteLatencyBench-logs"));
             AgroalDataSource dataSource = TestServers.dataSource("bench_suite_command_center", 1);
             BenchTopics topics = new BenchTopics(bootstrap, 1)) {
            Machine machine = Machine.describe(dataSource);
            SuiteLatencyBench bench = new SuiteLatencyBench(suite, executor);
            bench.onboard();
            String probeTopic = topics.create("suite-probe");
            try (TopicWatcher watcher = new TopicWatcher(bootstrap, Map.of("task-dispatch.events", CREATED, probeTopic, CREATED));
                 CommandCentreFeed feed = new CommandCentreFeed(suite.base("command-center").resolve(
                         "/api/v1/events?types=" + String.join(",", CREATED, ACCEPTED, CASE)), bench.county)) {
                bench.awaitEveryUnitKnown(watcher);
                try (KafkaProbe probe = new KafkaProbe(bootstrap, probeTopic, watcher, watcher.sample("task-dispatch.events"))) {
                    Map<String, Long> idleBefore = bench.ticksByGroup();
                    LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(15));
                    bench.cpuRows.add(bench.cpuRow("idle (15 s)", idleBefore, bench.ticksByGroup(), 15));
                    System.err.println("JIT pass, unmeasured");
                    bench.step(JIT_RATE, JIT, feed, probe);
                    List<String> rows = new ArrayList<>();
                    for (int rate : RATES) {
                        rows.add(bench.step(rate, STEP, feed, probe));
                    }
                    bench.cpuRows.remove(1); // the JIT pass
                    System.out.println(report(machine, suite, rows, bench.cpuRows, (System.nanoTime() - start) / 60e9));
                }
            }
        } finally {
            executor.shutdownNow();
        }
    }

    static List<String> jvmOptions(String service) {
        List<String> options = new ArrayList<>(APP_JVM_OPTIONS);
        Arrays.stream(EXTRA_JVM_OPTIONS.split("\\s+")).filter(o -> !o.isBlank()).map(o -> o.replace("{service}", service)).forEach(options::add);
        return options;
    }

    /** County 侯马市, 路西街道, 秦村北社区 (its chief), 第一网格 (its worker) and its micro-grids, one for the probe. */
    private void onboard() throws Exception {
        send("grid-registry", "POST", "/api/v1/grid-units", county, "{\"code\":\"141081000000\",\"name\":\"侯马市\"}", "application/json");
        StringBuilder csv = new StringBuilder("""
                type,code,parent_code,name,role,username,household_number
                unit,141081001000,141081000000,路西街道,,,
                unit,141081001001,141081001000,秦村北社区,,,
                unit,141081001001001,141081001001,第一网格,,,
                staff,141081001001,,刘红梅,GRID_CHIEF,grid-chief,
                staff,141081001001001,,陈小军,GRID_WORKER,grid-worker,
                """);
        for (int i = 1; i <= MICRO_GRIDS; i++) {
            csv.append("unit,%s%03d,%s,第%d微网格,,,\n".formatted(GRID, i, GRID, i));
        }
        csv.append("unit,%s,%s,探针微网格,,,\n".formatted(PROBE_UNIT, GRID));
        HttpResponse<String> onboarding = send("grid-registry", "POST", "/api/v1/onboardings", county, csv.toString(), "text/csv; charset=UTF-8");
        if (onboarding.statusCode() != 200) {
            throw new IllegalStateException("onboarding answered " + onboarding.statusCode() + " " + onboarding.body());
        }
    }

    /** Task dispatch, mediation and the command centre learn the units from the registry's events; also warms up. */
    private void awaitEveryUnitKnown(TopicWatcher watcher) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        for (int i = 1; i <= MICRO_GRIDS; i++) {
            while (createTask(GRID + "%03d".formatted(i)).statusCode() != 201) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("task dispatch did not learn the micro-grids in 3 minutes");
                }
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500)); // waiting on another process's consumer
            }
        }
        while (watcher.sample("task-dispatch.events") == null || send("mediation", "POST", "/api/v1/cases", chief, caseBody(1), "application/json")
                .statusCode() != 201 || figuresCreated() < 0) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("mediation, the command centre or the topic not ready in 3 minutes");
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(500));
        }
    }

    /** One offered rate: warm-up, then the measured window; waits for every measured command's event. */
    private String step(int rate, Duration window, CommandCentreFeed feed, KafkaProbe probe) throws Exception {
        long interval = 1_000_000_000L / rate;
        int warm = (int) (WARM_UP.toSeconds() * rate);
        int total = warm + (int) (window.toSeconds() * rate);
        List<CompletableFuture<long[]>> measured = new ArrayList<>();
        List<Long> httpNanos = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        String load = loadAverage();
        long cpuBefore = machineTicks();
        Map<String, Long> groupsBefore = ticksByGroup();
        KafkaProbe.Probing alongside = probe.start(Duration.ofMillis(100), 0, Integer.MAX_VALUE);
        FiguresProbe figures = new FiguresProbe();
        Thread figuresThread = new Thread(figures, "figures-probe");
        figuresThread.start();
        long begin = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = begin + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            CompletableFuture<long[]> command = command(i, feed, refused);
            if (i >= warm) {
                measured.add(command);
            }
        }
        double offeredSeconds = (System.nanoTime() - begin) / 1e9;
        double busyCores = (machineTicks() - cpuBefore) / 100.0 / offeredSeconds;
        cpuRows.add(cpuRow(rate + "/s", groupsBefore, ticksByGroup(), offeredSeconds));
        figures.stop();
        figuresThread.join();
        long[] probes = alongside.stop();
        long deadline = System.nanoTime() + ARRIVAL_TIMEOUT.toNanos();
        List<Long> toStream = new ArrayList<>();
        int lost = 0;
        for (CompletableFuture<long[]> command : measured) {
            long[] r;
            try {
                r = command.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                lost++;
                continue;
            }
            if (r != null) {
                httpNanos.add(r[0]);
                toStream.add(Math.max(0, r[1]));
            }
        }
        long[] stream = toStream.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] httpSorted = httpNanos.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] figureNanos = figures.sorted();
        System.err.printf("rate %d/s: %d accepted, %d refused, %d not seen; stream p50 %.1f p99 %.1f ms; figures p50 %.1f p99 %.1f ms;"
                        + " probe p50 %.1f p99 %.1f ms%n", rate, stream.length, refused.get(), lost, p(stream, 0.5), p(stream, 0.99),
                p(figureNanos, 0.5), p(figureNanos, 0.99), p(probes, 0.5), p(probes, 0.99));
        return "| %d | %.0f | %d | %d | %.1f / %.1f | **%.0f / %.0f** (max %.0f) | %.0f / %.0f (n=%d) | %.1f / %.1f | %.1f | %.2f | %s |".formatted(
                rate, stream.length / (offeredSeconds - WARM_UP.toSeconds()), refused.get(), lost, p(httpSorted, 0.5), p(httpSorted, 0.99),
                p(stream, 0.5), p(stream, 0.99), p(stream, 1.0), p(figureNanos, 0.5), p(figureNanos, 0.99), figureNanos.length,
                p(probes, 0.5), p(probes, 0.99), p(stream, 0.99) / Math.max(0.001, p(probes, 0.99)), busyCores, load);
    }

    /**
     * Sends command {@code i} of the mix; completes with {sent → accepted, accepted → on the stream} in nanoseconds,
     * or null if the service refused it (counted in {@code refused}).
     */
    private CompletableFuture<long[]> command(int i, CommandCentreFeed feed, AtomicInteger refused) {
        int kind = i % 10;
        String accepting = kind >= 6 && kind <= 8 ? toAccept.poll() : null;
        String service;
        String path;
        String token;
        String body;
        String type;
        if (kind == 9) {
            service = "mediation";
            path = "/api/v1/cases";
            token = chief;
            body = caseBody(i);
            type = CASE;
        } else if (accepting != null) {
            service = "task-dispatch";
            path = "/api/v1/tasks/" + accepting + "/acceptances";
            token = worker;
            body = "{}";
            type = ACCEPTED;
        } else {
            service = "task-dispatch";
            path = "/api/v1/tasks";
            token = worker;
            body = taskBody(GRID + "%03d".formatted(1 + i % MICRO_GRIDS));
            type = CREATED;
        }
        long sent = System.nanoTime();
        return http.sendAsync(request(service, "POST", path, token, body, "application/json"), HttpResponse.BodyHandlers.ofString())
                .thenCompose(response -> {
                    long accepted = System.nanoTime();
                    if (response.statusCode() >= 300) {
                        refused.incrementAndGet();
                        return CompletableFuture.completedFuture(null);
                    }
                    String stream = accepting != null ? accepting : id(response.body());
                    if (type.equals(CREATED)) {
                        toAccept.add(stream);
                    }
                    return feed.arrival(stream, type).thenApply(arrived -> new long[] {accepted - sent, arrived - accepted});
                })
                .exceptionally(e -> {
                    refused.incrementAndGet(); // no answer within the request timeout: the suite is past what it can take
                    return null;
                });
    }

    /** Once a second, a task on the probe's unit; then the command centre's figures for that unit, every 10 ms. */
    private final class FiguresProbe implements Runnable {

        private final List<Long> latencies = new ArrayList<>();
        private volatile boolean running = true;

        @Override
        public void run() {
            try {
                while (running) {
                    long next = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                    HttpResponse<String> created = createTask(PROBE_UNIT);
                    long accepted = System.nanoTime();
                    if (created.statusCode() == 201) {
                        probeTasks++;
                        long deadline = accepted + ARRIVAL_TIMEOUT.toNanos();
                        while (figuresCreated() < probeTasks && System.nanoTime() < deadline) {
                            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
                        }
                        latencies.add(System.nanoTime() - accepted);
                    }
                    LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
                }
            } catch (Exception e) {
                throw new IllegalStateException("figures probe failed", e);
            }
        }

        void stop() {
            running = false;
        }

        long[] sorted() {
            return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    /** The probe unit's tasks created this month, or -1 when the read failed (polled again 10 ms later). */
    private long figuresCreated() throws Exception {
        HttpResponse<String> figures;
        try {
            figures = send("command-center", "GET", "/api/v1/figures?under=" + PROBE_UNIT + "&month="
                    + YearMonth.now(ZoneId.of("Asia/Shanghai")), county, null, null);
        } catch (java.io.IOException e) {
            // a kept-alive connection the server closed meanwhile ("EOF reached while reading") ended a whole run once
            return -1;
        }
        Matcher m = CREATED_COUNT.matcher(figures.body());
        return figures.statusCode() == 200 && m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    private HttpResponse<String> createTask(String unit) throws Exception {
        return send("task-dispatch", "POST", "/api/v1/tasks", worker, taskBody(unit), "application/json");
    }

    private static String taskBody(String unit) {
        return "{\"typeCode\":\"patrol\",\"unitCode\":\"" + unit + "\",\"title\":\"日常巡查\"}";
    }

    private static String caseBody(int i) {
        return """
                {"unitCode":"%s%03d","disputeType":"NEIGHBOUR","title":"装修噪音扰民","description":"住户午休时间装修，协商未果",
                 "parties":[{"kind":"RESIDENT","name":"张建华","phone":"13800001234"},{"kind":"RESIDENT","name":"李秀英","phone":"13900005678"}]}"""
                .formatted(GRID, 1 + i % MICRO_GRIDS);
    }

    private HttpResponse<String> send(String service, String method, String path, String token, String body, String contentType)
            throws Exception {
        return http.send(request(service, method, path, token, body, contentType), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpRequest request(String service, String method, String path, String token, String body, String contentType) {
        HttpRequest.Builder request = HttpRequest.newBuilder(suite.base(service).resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            return request.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        return request.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private static double p(long[] sortedNanos, double q) {
        return sortedNanos.length == 0 ? Double.NaN : LatencyResult.percentileMillis(sortedNanos, q);
    }

    /** The machine's busy CPU ticks (1/100 s) so far, from /proc/stat: user + nice + system + irq + softirq + steal. */
    private static long machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long busy = Long.parseLong(f[1]) + Long.parseLong(f[2]) + Long.parseLong(f[3]) + Long.parseLong(f[6])
                    + Long.parseLong(f[7]) + Long.parseLong(f[8]);
            return busy;
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException e) {
            return "?";
        }
    }

    /** The services' JIT compiler threads, counted in their services' columns as well. */
    private static final String JIT_GROUP = "of which the services' JIT compilers";
    private static final List<String> GROUPS = List.of("grid-registry", "task-dispatch", "scoring", "mediation", "points-store",
            "command-center", "postgres", "kafka", "keycloak", "bench", "other", JIT_GROUP);

    /** CPU ticks (1/100 s) of every process so far, by group: each service's JVM, Postgres, this JVM, the rest. */
    private Map<String, Long> ticksByGroup() {
        Map<Long, String> services = new HashMap<>();
        suite.services().forEach(app -> services.put(app.pid(), app.service()));
        long self = ProcessHandle.current().pid();
        Map<String, Long> ticks = new HashMap<>();
        try (var dirs = Files.list(Path.of("/proc"))) {
            for (Path dir : (Iterable<Path>) dirs::iterator) {
                String name = dir.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    TaskStat stat = TaskStat.of(dir);
                    long pid = Long.parseLong(name);
                    String group = services.containsKey(pid) ? services.get(pid) : stat.comm().equals("postgres") ? "postgres"
                            : pid == self ? "bench" : serverOf(dir);
                    ticks.merge(group, stat.ticks(), Long::sum);
                    if (services.containsKey(pid)) {
                        ticks.merge(JIT_GROUP, compilerTicks(dir), Long::sum);
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // the process ended meanwhile
                }
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return ticks;
    }

    /** "kafka" for the KRaft broker, "keycloak" for Keycloak (both JVMs, told apart by their command lines), else "other". */
    private static String serverOf(Path process) throws java.io.IOException {
        String command = new String(Files.readAllBytes(process.resolve("cmdline")), java.nio.charset.StandardCharsets.UTF_8);
        return command.contains("kafka.Kafka") ? "kafka" : command.contains("keycloak") ? "keycloak" : "other";
    }

    /** CPU ticks of a JVM's C1 and C2 compiler threads: warm-up work, not the commands' own cost. */
    private static long compilerTicks(Path process) throws java.io.IOException {
        long ticks = 0;
        try (var threads = Files.list(process.resolve("task"))) {
            for (Path thread : (Iterable<Path>) threads::iterator) {
                try {
                    TaskStat stat = TaskStat.of(thread);
                    if (stat.comm().contains("CompilerThre")) {
                        ticks += stat.ticks();
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return ticks;
    }

    /** A process's or thread's name and CPU ticks (utime + stime) from its /proc stat file. */
    private record TaskStat(String comm, long ticks) {
        static TaskStat of(Path dir) throws java.io.IOException {
            String stat = Files.readString(dir.resolve("stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new TaskStat(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')), Long.parseLong(f[11]) + Long.parseLong(f[12]));
        }
    }

    private String cpuRow(String step, Map<String, Long> before, Map<String, Long> after, double seconds) {
        StringBuilder row = new StringBuilder("| " + step + " |");
        for (String g : GROUPS) {
            row.append(" %.2f |".formatted(Math.max(0, after.getOrDefault(g, 0L) - before.getOrDefault(g, 0L)) / 100.0 / seconds));
        }
        return row.toString();
    }

    private static String report(Machine machine, SuiteServices suite, List<String> rows, List<String> cpuRows, double minutes)
            throws Exception {
        StringBuilder starts = new StringBuilder();
        for (var app : suite.services()) {
            starts.append(app.service()).append(" %.1f s, ".formatted(app.startSeconds()));
        }
        return """
                ### Run of %s (as printed by the harness)

                %s- services started one after the other: %s(-Xmx512m each); whole run %.1f min
                - Kafka broker JVM: %s; load generator's HTTP: %s
                - after an unmeasured pass (%d s at %d/s), offered rates %s commands/s, each %d s warm-up + %d s measured, open loop; mix: 6/10 TaskCreated, 3/10 TaskAccepted,
                  1/10 CaseRegistered; stream = one SSE connection to the command centre (county scope, those three types)

                | offered /s | accepted /s | refused or timed out | not on stream | HTTP p50 / p99 ms | accepted → stream p50 / p99 ms | accepted → figures p50 / p99 ms | baseline: Kafka hop p50 / p99 ms | stream p99 / Kafka p99 | cores busy (of 2) | load avg at start |
                |---|---|---|---|---|---|---|---|---|---|---|
                %s

                CPU in cores by process during each step ("other": everything else on the machine):

                | step | %s |
                |---|%s
                %s
                """.formatted(machine.date(), machine.markdown(), starts, minutes, KAFKA_PROFILE, HTTP_VERSION, JIT.toSeconds(), JIT_RATE, RATES, WARM_UP.toSeconds(), STEP.toSeconds(),
                String.join("\n", rows), String.join(" | ", GROUPS), "---|".repeat(GROUPS.size()), String.join("\n", cpuRows));
    }
}
