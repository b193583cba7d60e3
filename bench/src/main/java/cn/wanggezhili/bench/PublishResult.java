package cn.wanggezhili.bench;

/**
 * One timed drain of the preloaded events to a topic. {@code batchSize} is 0 for the raw producer. The CPU is
 * that of the whole run (producer set-up included), so it is a rough cost per event and a disturbance indicator.
 */
record PublishResult(String side, int batchSize, int round, long events, double seconds, CpuMeter.Usage cpu) {

    PublishResult withCpu(CpuMeter.Usage usage) {
        return new PublishResult(side, batchSize, round, events, seconds, usage);
    }

    double perSecond() {
        return events / seconds;
    }

    /** This JVM, Postgres and the broker together, per event; -1 if the servers could not be read. */
    double cpuMicrosPerEvent() {
        return cpu == null || cpu.serverNanos() < 0 ? -1 : (cpu.jvmNanos() + cpu.serverNanos()) / 1000.0 / events;
    }

    double otherCores() {
        return cpu == null ? -1 : cpu.otherCores();
    }

    String label() {
        return batchSize == 0 ? side : side + ", batch " + batchSize;
    }
}
