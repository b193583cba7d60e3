package cn.wanggezhili.bench;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a flow (one or more requests per unit of work, such as a task created, or a task taken from accepted to
 * completed) from a fixed number of clients, each starting its next unit as soon as the last one is done (a closed
 * loop). Units are numbered across clients: the first {@code warmUp} are not measured, the next {@code measured}
 * are. Any failure stops the run.
 */
final class FlowRun {

    /** One unit of work; {@code timing} keeps its requests' latencies if the unit is measured. */
    interface Flow {
        void run(int unit, Timing timing) throws IOException, InterruptedException;
    }

    private final CpuMeter cpuMeter;

    FlowRun(CpuMeter cpuMeter) {
        this.cpuMeter = cpuMeter;
    }

    /** {@code requests}: the names of the flow's requests, in the order of {@link Timing#record}'s index. */
    FlowResult run(String name, List<String> requests, int clients, int warmUp, int measured, Flow flow)
            throws InterruptedException, SQLException {
        Units units = new Units(warmUp, measured, requests.size());
        CpuMeter.Sample cpuStart = cpuMeter.sample();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            Thread thread = new Thread(() -> loop(flow, units), name + "-client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long end = System.nanoTime();
        CpuMeter.Usage cpu = cpuMeter.since(cpuStart);
        if (units.failure.get() != null) {
            throw new IllegalStateException(name + " failed", units.failure.get());
        }
        double seconds = (end - units.measuredStart.get()) / 1e9;
        List<LatencyResult> perRequest = new ArrayList<>();
        for (int r = 0; r < requests.size(); r++) {
            Arrays.sort(units.latencies[r]);
            perRequest.add(new LatencyResult(requests.get(r), clients, units.latencies[r], seconds, 0, warmUp + measured, cpu));
        }
        return new FlowResult(name, clients, perRequest, measured, warmUp + measured, seconds, cpu);
    }

    private static void loop(Flow flow, Units units) {
        int unit;
        while (units.failure.get() == null && (unit = units.next.getAndIncrement()) < units.total()) {
            if (unit == units.warmUp) {
                units.measuredStart.set(System.nanoTime());
            }
            try {
                flow.run(unit, new Timing(units, unit));
            } catch (IOException | RuntimeException e) {
                units.failure.compareAndSet(null, e);
            } catch (InterruptedException e) {
                units.failure.compareAndSet(null, e);
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Where a unit's request latencies go. */
    static final class Timing {
        private final Units units;
        private final int unit;

        private Timing(Units units, int unit) {
            this.units = units;
            this.unit = unit;
        }

        boolean measured() {
            return unit >= units.warmUp;
        }

        void record(int request, long nanos) {
            if (measured()) {
                units.latencies[request][unit - units.warmUp] = nanos;
            }
        }
    }

    /** What the clients of one run share: the next unit number, the measured latencies, the first failure. */
    private static final class Units {
        final int warmUp;
        final AtomicInteger next = new AtomicInteger();
        final long[][] latencies;
        final AtomicLong measuredStart = new AtomicLong();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Units(int warmUp, int measured, int requests) {
            this.warmUp = warmUp;
            this.latencies = new long[requests][measured];
        }

        int total() {
            return warmUp + latencies[0].length;
        }
    }
}
