package cn.wanggezhili.bench;

import static cn.wanggezhili.bench.LatencyResult.percentileMillis;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import cn.wanggezhili.devstack.PackagedService;

/**
 * The Markdown section of RESULTS.md for the task dispatch bench: per client count, tasks per second and request
 * latency of both flows with ratios to the GET baseline, then completion-to-Kafka latency with ratios to the bare
 * producer's.
 */
final class DispatchReport {

    private final Machine machine;
    private final String setup;
    private final List<DispatchRound> rounds;
    private final long[] probesAlone;

    DispatchReport(Machine machine, String setup, List<DispatchRound> rounds, long[] probesAlone) {
        this.machine = machine;
        this.setup = setup;
        this.rounds = rounds;
        this.probesAlone = probesAlone;
    }

    String markdown() {
        StringBuilder out = new StringBuilder("## TaskDispatchBench\n\n").append(machine.markdown()).append(setup)
                .append("\nThrough the API (latency per request; \"tasks/s\" counts tasks created, resp. taken from accepted to completed):\n\n")
                .append("| clients | run | tasks/s | requests/s | p50 ms | p90 ms | p99 ms | max ms | p50 / baseline p50 "
                        + "| p99 / baseline p99 | CPU ms per task (per request for the baseline) | other processes, cores |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        rounds.forEach(r -> apiRows(out, r));
        out.append("\nCompletion to Kafka (from the 200 of the completion, read by the client, to the TaskCompleted record's "
                        + "arrival at the watching consumer; probe: a bare producer's send+flush to arrival of the same record):\n\n")
                .append("| clients | path | records | p50 ms | p90 ms | p99 ms | max ms | p50 / probe p50 | p99 / probe p99 "
                        + "| p50 / probe-alone p50 | p99 / probe-alone p99 | other databases' transactions holding an xid |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        out.append(kafkaRow("", "probe alone (before the client runs)", probesAlone, null, ""));
        rounds.forEach(r -> out.append(kafkaRow(Integer.toString(r.clients()), "TaskCompleted via the relay", r.toKafka(),
                        r.probesAlongside(), r.otherTransactions().markdown()))
                .append(kafkaRow(Integer.toString(r.clients()), "probe alongside the complete run", r.probesAlongside(), null, "")));
        rounds.forEach(r -> out.append(String.format("%nAt %d clients, %d of %d TaskCompleted records arrived before the "
                + "client had read the completion's 200 (negative latency, counted as such).", r.clients(),
                r.arrivalsBeforeTheAnswer(), r.toKafka().length)));
        return out.append('\n').toString();
    }

    private static void apiRows(StringBuilder out, DispatchRound r) {
        long[] base = r.baselineNanos();
        double baseP50 = percentileMillis(base, 0.50);
        double baseP99 = percentileMillis(base, 0.99);
        for (LatencyResult b : r.baselines()) {
            out.append(row(r.clients(), b.query(), "", b.perSecond(), b.sortedNanos(), baseP50, baseP99, b.cpuMillisPerRequest(), b.otherCores()));
        }
        out.append(row(r.clients(), "baseline, both runs pooled", "", Double.NaN, base, baseP50, baseP99, Double.NaN, Double.NaN));
        FlowResult create = r.create();
        out.append(row(r.clients(), "create: POST /api/v1/tasks (grid-chief, patrol)", fmt(create.perSecond()), create.perSecond(),
                create.requests().get(0).sortedNanos(), baseP50, baseP99, create.cpuMillisPerUnit(), create.cpu().otherCores()));
        FlowResult complete = r.complete();
        for (LatencyResult step : complete.requests()) {
            out.append(row(r.clients(), "complete flow: " + step.query() + " (grid-worker)", "", step.perSecond(), step.sortedNanos(),
                    baseP50, baseP99, Double.NaN, Double.NaN));
        }
        out.append(row(r.clients(), "complete flow: all three requests", fmt(complete.perSecond()), 3 * complete.perSecond(),
                complete.pooledNanos(), baseP50, baseP99, complete.cpuMillisPerUnit(), complete.cpu().otherCores()));
    }

    private static String row(int clients, String run, String tasksPerSecond, double requestsPerSecond, long[] nanos,
                              double baseP50, double baseP99, double cpuMillis, double otherCores) {
        double p50 = percentileMillis(nanos, 0.50);
        double p99 = percentileMillis(nanos, 0.99);
        return String.format("| %d | %s | %s | %s | %.2f | %.2f | %.2f | %.1f | %.2f | %.2f | %s | %s |%n", clients, run,
                tasksPerSecond, fmt(requestsPerSecond), p50, percentileMillis(nanos, 0.90), p99, nanos[nanos.length - 1] / 1e6,
                p50 / baseP50, p99 / baseP99, Double.isNaN(cpuMillis) ? "" : String.format("%.2f", cpuMillis),
                Double.isNaN(otherCores) ? "" : String.format("%.2f", otherCores));
    }

    /** {@code alongside}: the probes of the same window, or null for the probe-alone row. */
    private String kafkaRow(String clients, String path, long[] nanos, long[] alongside, String otherTransactions) {
        return String.format("| %s | %s | %,d | %.2f | %.2f | %.2f | %.1f | %s | %s | %s | %s | %s |%n", clients, path, nanos.length,
                percentileMillis(nanos, 0.50), percentileMillis(nanos, 0.90), percentileMillis(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, ratio(nanos, alongside, 0.50), ratio(nanos, alongside, 0.99),
                ratio(nanos, probesAlone, 0.50), ratio(nanos, probesAlone, 0.99), otherTransactions);
    }

    private static String ratio(long[] nanos, long[] baseline, double q) {
        return baseline == null ? "" : String.format("%.2f", percentileMillis(nanos, q) / percentileMillis(baseline, q));
    }

    private static String fmt(double perSecond) {
        return Double.isNaN(perSecond) ? "" : String.format("%.0f", perSecond);
    }

    static String setup(String jar, PackagedService app, List<String> jvmOptions, String relayPoll, DispatchGrid grid,
                        double projectedSeconds, String check, String parameters, double minutes) throws IOException {
        List<String> notable = app.notableLogLines();
        return """
                - app: %s (built %s) as a child JVM from a copy in bench/target (%s, other JVM settings default), ready
                  (/q/health/ready) %.1f s after launch; relay poll interval %s; its log's Flyway, WARN and ERROR lines:
                %s
                - grid, published on grid-registry.events as the registry would (CloudEvents headers, payloads of the
                  service's RegistryFeed fixture; each send acknowledged before the next), in unit_directory and
                  staff_post %.1f s after the last send: %s
                - check before timing: %s
                Parameters:
                %s- whole harness, servers' start included: %.1f min
                """.formatted(jar, app.built(), String.join(" ", jvmOptions), app.startSeconds(), relayPoll,
                notable.isEmpty() ? "  (none)" : notable.stream().map(l -> "  `" + l.strip() + "`").collect(Collectors.joining("\n")),
                projectedSeconds, grid.describe(), check, parameters, minutes);
    }

    static String parameters() {
        return """
                - clients: %s, each a closed loop (next unit of work as soon as the last answer is read), HTTP/1.1
                  keep-alive, java.net.http from this JVM; no Idempotency-Key header (the commands' plain path)
                - per client count, in this order: baseline GET %s (%d warm-up + %d measured requests, as grid-chief);
                  create %d + %d tasks (POST /api/v1/tasks as grid-chief: type patrol on a micro-grid drawn at random,
                  seed %d, no assignee, so routing gives it to grid-worker); the same tasks, in creation order, accepted,
                  started and completed by grid-worker (%d + %d tasks, three POSTs each); the baseline again. Ratios are
                  to both baseline runs' samples pooled
                - before the first run, unmeasured (JIT of the app): %d tasks through both flows and %d baseline requests
                  at %d clients
                - completion to Kafka: a consumer of this JVM (no group, assigned to every partition of
                  task-dispatch.events from its end before the runs, polling continuously on its own thread) notes when
                  the record with ce_type task-dispatch.TaskCompleted.v1 and key = task id arrives; measured for the
                  measured tasks only. The relay sleeps its poll interval whenever a poll finds nothing, which bounds a
                  part of this latency (0 to one interval when idle); and it publishes only events below the server's
                  pg_snapshot_xmin, so any transaction holding an xid, in any database of the server, holds back what
                  commits after it: during each complete run pg_stat_activity is sampled every 50 ms for other
                  databases' transactions with a backend_xid (age since their start)
                - probe: a KafkaProducer with the relay's settings (%s) sends a copy of a real TaskCompleted record (value
                  and headers, new key) to a 3-partition topic of its own on the same broker and flushes, one every %d ms;
                  alone before the runs (%d warm-up + %d), and throughout each complete run (from its first unit, warm-up
                  included, to its last)
                - CPU per task: this JVM (clients, watcher, probe) + the processes it started (the app, the Kafka broker,
                  Keycloak) + the Postgres backends of the bench database and its WAL writer, checkpointer and background
                  writer, over the whole run, warm-up included; "other" is the rest of the machine's busy time in cores
                """.formatted(TaskDispatchBench.CLIENTS, TaskDispatchBench.TASK_TYPES, TaskDispatchBench.BASELINE_WARM_UP,
                TaskDispatchBench.BASELINE_MEASURED, TaskDispatchBench.TASKS_WARM_UP, TaskDispatchBench.TASKS_MEASURED,
                TaskDispatchBench.SEED, TaskDispatchBench.TASKS_WARM_UP, TaskDispatchBench.TASKS_MEASURED,
                TaskDispatchBench.JIT_TASKS, TaskDispatchBench.JIT_TASKS, java.util.Collections.max(TaskDispatchBench.CLIENTS),
                KafkaSettings.DESCRIPTION, TaskDispatchBench.PROBE_INTERVAL.toMillis(), TaskDispatchBench.PROBE_WARM_UP,
                TaskDispatchBench.PROBES_ALONE);
    }
}
