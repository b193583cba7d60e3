package cn.wanggezhili.bench;

import java.util.List;

/**
 * The measured units of one flow run: each request's latencies, the units done per second in the measured window,
 * and the CPU of the whole run (warm-up included) with the units it served.
 */
record FlowResult(String name, int clients, List<LatencyResult> requests, int measured, int units, double seconds,
                  CpuMeter.Usage cpu) {

    double perSecond() {
        return measured / seconds;
    }

    /** CPU of this JVM (the clients), the processes it started (app, broker, Keycloak) and Postgres' per unit. */
    double cpuMillisPerUnit() {
        return cpu.serverNanos() < 0 ? -1 : (cpu.jvmNanos() + cpu.serverNanos()) / 1e6 / units;
    }

    /** All the flow's requests as one sample. */
    long[] pooledNanos() {
        return LatencyResult.pooled(requests);
    }
}
