package cn.wanggezhili.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The measured requests of one run: their latencies (sorted, nanoseconds), the window they took, response bytes,
 * and the CPU of the whole run (warm-up included) with the requests it served.
 */
record LatencyResult(String query, int clients, long[] sortedNanos, double seconds, long responseBytes,
                     int requests, CpuMeter.Usage cpu) {

    /** Nearest-rank percentile, {@code q} in (0, 1]. */
    double percentileMillis(double q) {
        return percentileMillis(sortedNanos, q);
    }

    static double percentileMillis(long[] sortedNanos, double q) {
        int rank = (int) Math.ceil(q * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }

    double maxMillis() {
        return sortedNanos[sortedNanos.length - 1] / 1e6;
    }

    double perSecond() {
        return sortedNanos.length / seconds;
    }

    long meanResponseBytes() {
        return responseBytes / sortedNanos.length;
    }

    /** CPU of this JVM (the clients), the app and its Postgres backends per request. */
    double cpuMillisPerRequest() {
        return cpu.serverNanos() < 0 ? -1 : (cpu.jvmNanos() + cpu.serverNanos()) / 1e6 / requests;
    }

    double otherCores() {
        return cpu.otherCores();
    }

    /** Several runs' samples as one, for the baseline measured before and after the others. */
    static long[] pooled(List<LatencyResult> runs) {
        long[] all = runs.stream().flatMapToLong(r -> Arrays.stream(r.sortedNanos)).sorted().toArray();
        if (all.length == 0) {
            throw new IllegalArgumentException("no samples to pool");
        }
        return all;
    }
}
