package cn.wanggezhili.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;

/**
 * Runs a workload with a fixed number of writers, each starting its next transaction as soon as the last one
 * committed (a closed loop, like command handlers behind a busy HTTP pool). Only commits inside the measured
 * window count; the warm-up lets the JIT, the pool and pgjdbc's server-side prepared statements settle first.
 */
final class ClosedLoopRun {

    private final DataSource dataSource;
    private final CpuMeter cpuMeter;
    private final Duration warmUp;
    private final Duration measure;

    ClosedLoopRun(DataSource dataSource, CpuMeter cpuMeter, Duration warmUp, Duration measure) {
        this.dataSource = dataSource;
        this.cpuMeter = cpuMeter;
        this.warmUp = warmUp;
        this.measure = measure;
    }

    RunResult run(Workload workload, int writers, int round) throws InterruptedException, SQLException {
        LongAdder committed = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            Workload.Writer writer = workload.newWriter(w);
            Thread thread = new Thread(() -> loop(writer, running, committed, failure), "writer-" + w);
            threads.add(thread);
            thread.start();
        }
        sleep(warmUp);
        CpuMeter.Sample cpuStart = cpuMeter.sample();
        long startCount = committed.sum();
        long start = System.nanoTime();
        sleep(measure);
        long endCount = committed.sum();
        long end = System.nanoTime();
        CpuMeter.Usage cpu = cpuMeter.since(cpuStart);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        if (failure.get() != null) {
            throw new IllegalStateException(workload.name() + " failed during the run", failure.get());
        }
        return new RunResult(workload.name(), writers, round, endCount - startCount, (end - start) / 1e9, cpu);
    }

    private void loop(Workload.Writer writer, AtomicBoolean running, LongAdder committed,
                      AtomicReference<Throwable> failure) {
        while (running.get()) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    writer.write(c);
                    c.commit();
                } catch (SQLException | RuntimeException e) {
                    c.rollback();
                    throw e;
                }
                committed.increment();
            } catch (SQLException | RuntimeException e) {
                // a failed transaction would make the two sides incomparable: stop everyone and report it
                failure.compareAndSet(null, e);
                running.set(false);
            }
        }
    }

    private static void sleep(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        long left;
        while ((left = deadline - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
