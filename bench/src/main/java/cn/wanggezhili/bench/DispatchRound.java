package cn.wanggezhili.bench;

import java.util.List;

/**
 * Everything measured at one client count: the request baseline before and after, the create and complete flows,
 * each measured completion's time to Kafka and the bare-producer probes sent while the complete flow ran.
 * Latency arrays are sorted nanoseconds; a completion whose record arrived before its 200 was read is negative.
 * {@code otherTransactions}: other databases' transactions that held back the relay's horizon during the complete run.
 */
record DispatchRound(int clients, List<LatencyResult> baselines, FlowResult create, FlowResult complete,
                     long[] toKafka, long[] probesAlongside, XminHolders.Summary otherTransactions) {

    long[] baselineNanos() {
        return LatencyResult.pooled(baselines);
    }

    long arrivalsBeforeTheAnswer() {
        return java.util.Arrays.stream(toKafka).filter(n -> n < 0).count();
    }
}
