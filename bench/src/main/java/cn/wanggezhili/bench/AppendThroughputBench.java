package cn.wanggezhili.bench;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import cn.wanggezhili.eventstore.EventStoreSchema;
import cn.wanggezhili.testing.TestServers;

/**
 * Harness 1: how many single-event command transactions per second {@code EventStore.append} commits, against raw
 * single-row inserts on the same Postgres, same durability and same number of writers, in one process and run.
 * Issue target: candidate/baseline at least 0.7 with 8 writers.
 */
public final class AppendThroughputBench {

    // Parameters. The -D overrides are for smoke runs; published numbers use these defaults.
    static final List<Integer> WRITERS = BenchProperty.integers("bench.writers", "8,4,1");
    static final Duration WARM_UP = BenchProperty.seconds("bench.warmUpSeconds", 5);
    static final Duration MEASURE = BenchProperty.seconds("bench.measureSeconds", 20);
    /** Baseline and candidate alternate (B, C, B, C) so that a noisy neighbour on the 2 cores hits both. */
    static final int ROUNDS = BenchProperty.integer("bench.rounds", 2);
    static final int STREAMS_PER_WRITER = 10;
    static final String DATABASE = "bench_eventstore";

    private AppendThroughputBench() {
    }

    public static void main(String[] args) throws Exception {
        TestServers.freshDatabase(DATABASE);
        try (AgroalDataSource dataSource = TestServers.dataSource(DATABASE, Collections.max(WRITERS));
             CpuMeter cpuMeter = new CpuMeter(TestServers.postgres().connect(DATABASE))) {
            EventStoreSchema.migrate(dataSource);
            Machine machine = Machine.describe(dataSource);
            Workload baseline = new RawInsertBaseline(STREAMS_PER_WRITER);
            Workload candidate = new EventStoreAppendCandidate(STREAMS_PER_WRITER);
            ClosedLoopRun runner = new ClosedLoopRun(dataSource, cpuMeter, WARM_UP, MEASURE);
            jvmWarmUp(dataSource, cpuMeter, List.of(baseline, candidate));
            List<RunResult> results = new ArrayList<>();
            for (int writers : WRITERS) {
                for (int round = 1; round <= ROUNDS; round++) {
                    results.add(measure(dataSource, runner, baseline, writers, round));
                    results.add(measure(dataSource, runner, candidate, writers, round));
                }
            }
            System.out.println(new AppendReport(machine, parameters(), baseline.name(), results).markdown());
        }
    }

    /** Once, before anything is measured: the first measured run should not be the one paying for the JIT. */
    private static void jvmWarmUp(AgroalDataSource dataSource, CpuMeter cpuMeter, List<Workload> workloads)
            throws SQLException, InterruptedException {
        ClosedLoopRun warmUp = new ClosedLoopRun(dataSource, cpuMeter, Duration.ZERO, WARM_UP);
        for (Workload workload : workloads) {
            prepare(dataSource, workload);
            warmUp.run(workload, Collections.max(WRITERS), 0);
        }
    }

    private static RunResult measure(AgroalDataSource dataSource, ClosedLoopRun runner, Workload workload,
                                     int writers, int round) throws SQLException, InterruptedException {
        prepare(dataSource, workload);
        RunResult result = runner.run(workload, writers, round);
        System.err.printf("writers=%d round=%d %-30s %6.0f tx/s, CPU per tx: JVM %4.0f us, server %4.0f us;"
                        + " other processes %.2f cores%n", writers, round, workload.name(), result.perSecond(),
                result.jvmMicrosPerTransaction(), result.serverMicrosPerTransaction(), result.otherCores());
        return result;
    }

    /** Every run starts on an empty table right after a checkpoint, so none inherits the other's WAL debt. */
    private static void prepare(AgroalDataSource dataSource, Workload workload) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            workload.reset(c);
            try (Statement s = c.createStatement()) {
                s.execute("checkpoint");
            }
        }
    }

    private static String parameters() {
        return """
                - writers: %s (each a closed loop, one transaction at a time, own streams: %d per writer)
                - warm-up %d s, then measured %d s, per run; before the first run, each side once for the
                  warm-up time at the highest writer count, unmeasured (JIT)
                - rounds: %d, each runs baseline then candidate (B, C, B, C)
                - before every run: truncate the run's table, then CHECKPOINT
                - pool: Agroal (TestServers.dataSource), max %d connections, pgjdbc defaults
                - payload: ~200 bytes of JSON, identical shape on both sides
                - CPU per transaction: this JVM's process CPU, and the Postgres processes serving the bench
                  (its backends, walwriter, checkpointer, background writer) read from /proc, over the measured window;
                  "other" is the rest of the machine's busy time (/proc/stat) in cores: neighbours disturbing the run
                """.formatted(WRITERS, STREAMS_PER_WRITER, WARM_UP.toSeconds(), MEASURE.toSeconds(), ROUNDS,
                Collections.max(WRITERS));
    }
}
