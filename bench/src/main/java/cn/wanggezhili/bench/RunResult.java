package cn.wanggezhili.bench;

/** Committed transactions of one measured window and the CPU they took (nanoseconds; server -1 if unknown). */
record RunResult(String workload, int writers, int round, long committed, double seconds, CpuMeter.Usage cpu) {

    double perSecond() {
        return committed / seconds;
    }

    /** Little's law: with a closed loop of {@code writers}, the mean time one transaction took. */
    double meanLatencyMillis() {
        return writers * 1000.0 / perSecond();
    }

    double jvmMicrosPerTransaction() {
        return cpu.jvmNanos() / 1000.0 / committed;
    }

    double otherCores() {
        return cpu.otherCores();
    }

    /** -1 when the server's processes could not be read (Postgres on another machine). */
    double serverMicrosPerTransaction() {
        return cpu.serverNanos() < 0 ? -1 : cpu.serverNanos() / 1000.0 / committed;
    }
}
