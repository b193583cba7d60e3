package cn.wanggezhili.bench;

import io.agroal.api.AgroalDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import cn.wanggezhili.relay.RelayProducers;
import cn.wanggezhili.kafka.Topics;
import cn.wanggezhili.testing.TestServers;

/**
 * Harness 8: what a Kafka transaction per relay batch adds to one hop. A batch of one record (what a relay sends at
 * a low rate) goes from a producer to a read_committed consumer on the same broker, one every interval: baseline a
 * bare idempotent producer (send, flush), candidate the relay's transactional producer (begin, send, commit). The
 * latency is from before the send to the record's arrival; the sides alternate in each round.
 */
public final class RelayTransactionBench {

    static final int ROUNDS = BenchProperty.integer("bench.rounds", 3);
    static final int HOPS = BenchProperty.integer("bench.hops", 300);
    static final int WARM_UP = BenchProperty.integer("bench.warmUpHops", 200);
    static final Duration INTERVAL = Duration.ofMillis(BenchProperty.integer("bench.intervalMs", 20));
    static final String BASELINE = "baseline: idempotent producer, send + flush";
    static final String CANDIDATE = "candidate: transactional producer, begin + send + commit";

    private RelayTransactionBench() {
    }

    public static void main(String[] args) throws Exception {
        TestServers.freshDatabase("bench_transaction");
        Machine machine;
        try (AgroalDataSource dataSource = TestServers.dataSource("bench_transaction", 1)) {
            machine = Machine.describe(dataSource);
        }
        String bootstrap = TestServers.kafkaBootstrapServers();
        List<long[]> baseline = new ArrayList<>();
        List<long[]> candidate = new ArrayList<>();
        hops(bootstrap, false, WARM_UP);
        hops(bootstrap, true, WARM_UP);
        for (int round = 1; round <= ROUNDS; round++) {
            baseline.add(hops(bootstrap, false, HOPS));
            candidate.add(hops(bootstrap, true, HOPS));
            System.err.printf("round %d: baseline p50 %.1f ms, candidate p50 %.1f ms%n", round,
                    percentile(baseline.get(round - 1), 50), percentile(candidate.get(round - 1), 50));
        }
        StringBuilder md = new StringBuilder("### Run of " + machine.date() + " (as printed by the harness)\n\n")
                .append(machine.markdown())
                .append("- %d rounds of %d hops per side, one every %d ms, after %d unmeasured hops per side; a new topic (3 partitions) and producer per side and round; consumer read_committed, assigned, polling every 5 ms%n%n"
                        .formatted(ROUNDS, HOPS, INTERVAL.toMillis(), WARM_UP))
                .append("| side | p50 ms per round | p99 ms per round | p50 ratio to baseline per round |\n|---|---|---|---|\n");
        md.append(row(BASELINE, baseline, null)).append(row(CANDIDATE, candidate, baseline));
        System.out.println(md);
        System.exit(0); // the broker's shutdown hook stops it
    }

    /** {@code count} one-record batches, each awaited at the consumer before the next; latencies in nanoseconds. */
    private static long[] hops(String bootstrap, boolean transactional, int count) {
        String topic = "bench.transaction." + UUID.randomUUID();
        Topics.ensure(bootstrap, List.of(topic), 3);
        try (Producer<String, byte[]> producer = transactional ? RelayProducers.create(bootstrap, topic) : KafkaSettings.producer(bootstrap);
             KafkaConsumer<String, byte[]> consumer = consumer(bootstrap, topic)) {
            if (transactional) {
                producer.initTransactions();
            }
            producer.partitionsFor(topic);
            byte[] value = new byte[400];
            long[] latencies = new long[count];
            for (int i = 0; i < count; i++) {
                long next = System.nanoTime() + INTERVAL.toNanos();
                long start = System.nanoTime();
                if (transactional) {
                    producer.beginTransaction();
                }
                producer.send(new ProducerRecord<>(topic, UUID.randomUUID().toString(), value));
                if (transactional) {
                    producer.commitTransaction();
                } else {
                    producer.flush();
                }
                while (consumer.poll(Duration.ofMillis(5)).isEmpty()) {
                    if (System.nanoTime() - start > TimeUnit.SECONDS.toNanos(30)) {
                        throw new IllegalStateException("a record did not arrive within 30 s on " + topic);
                    }
                }
                latencies[i] = System.nanoTime() - start;
                LockSupport.parkNanos(Math.max(0, next - System.nanoTime()));
            }
            Arrays.sort(latencies);
            return latencies;
        }
    }

    private static KafkaConsumer<String, byte[]> consumer(String bootstrap, String topic) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1), new TopicPartition(topic, 2));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now, not at the first poll after a send
        return consumer;
    }

    private static String row(String side, List<long[]> rounds, List<long[]> baseline) {
        List<String> p50 = new ArrayList<>();
        List<String> p99 = new ArrayList<>();
        List<String> ratios = new ArrayList<>();
        for (int i = 0; i < rounds.size(); i++) {
            p50.add("%.1f".formatted(percentile(rounds.get(i), 50)));
            p99.add("%.1f".formatted(percentile(rounds.get(i), 99)));
            if (baseline != null) {
                ratios.add("%.2f".formatted(percentile(rounds.get(i), 50) / percentile(baseline.get(i), 50)));
            }
        }
        return "| %s | %s | %s | %s |%n".formatted(side, String.join(", ", p50), String.join(", ", p99),
                baseline == null ? "" : "**" + String.join(", ", ratios) + "**");
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}
