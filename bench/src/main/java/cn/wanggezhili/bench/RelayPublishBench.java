package cn.wanggezhili.bench;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.EventStoreSchema;
import cn.wanggezhili.relay.RelayProducers;
import cn.wanggezhili.eventstore.Replay;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.testing.TestServers;

/**
 * Harness 2: how fast an {@code OutboxRelay} drains a backlog of committed events to a real Kafka topic, against
 * a raw producer sending the same records from memory with the same settings but no transactions, in one process
 * and run.
 */
public final class RelayPublishBench {

    // Parameters. The -D overrides are for smoke runs; published numbers use these defaults.
    static final int EVENTS = BenchProperty.integer("bench.events", 100_000);
    static final List<Integer> BATCH_SIZES = BenchProperty.integers("bench.batchSizes", "500,2000");
    /** Raw producer and relays alternate in each round (B, C500, C2000, B, C500, C2000, ...). */
    static final int ROUNDS = BenchProperty.integer("bench.rounds", 3);
    /**
     * Sent once by each side before the rounds, unmeasured: the JIT of this JVM and of the broker (C1 only), the
     * connections, the broker's first segments. 20,000 proved too few: the first measured raw run came out at
     * half the speed of the second.
     */
    static final int WARM_UP_EVENTS = BenchProperty.integer("bench.warmUpEvents", 100_000);
    static final int EVENTS_PER_STREAM = 50;
    static final int STREAMS_PER_LOAD_TRANSACTION = 10;
    static final int PARTITIONS = 3;
    static final String DATABASE = "bench_relay";

    private RelayPublishBench() {
    }

    public static void main(String[] args) throws Exception {
        TestServers.freshDatabase(DATABASE);
        EventStore store = new EventStore();
        try (AgroalDataSource dataSource = TestServers.dataSource(DATABASE, 4);
             CpuMeter cpuMeter = new CpuMeter(TestServers.postgres().connect(DATABASE))) {
            EventStoreSchema.migrate(dataSource);
            Machine machine = Machine.describe(dataSource);
            double loadSeconds = new EventPreloader(dataSource, store, EVENTS_PER_STREAM, STREAMS_PER_LOAD_TRANSACTION)
                    .load(EVENTS);
            List<StoredEvent> events = readAll(dataSource, store);
            System.err.printf("preloaded %d events in %.1f s%n", events.size(), loadSeconds);
            String bootstrap = TestServers.kafkaBootstrapServers();
            RawPublish raw = new RawPublish(bootstrap, events);
            RelayDrain relay = new RelayDrain(dataSource, store, bootstrap);
            List<PublishResult> results = new ArrayList<>();
            try (BenchTopics topics = new BenchTopics(bootstrap, PARTITIONS)) {
                raw.run(topics.create("warmup-raw"), 0, Math.min(WARM_UP_EVENTS, EVENTS));
                relay.run(topics.create("warmup-relay"), BATCH_SIZES.get(0), 0, Math.min(WARM_UP_EVENTS, EVENTS));
                for (int round = 1; round <= ROUNDS; round++) {
                    int r = round;
                    String topic = topics.create("raw");
                    results.add(checked(topics, topic, metered(cpuMeter, () -> raw.run(topic, r, EVENTS))));
                    for (int batchSize : BATCH_SIZES) {
                        String relayTopic = topics.create("relay-" + batchSize);
                        results.add(checked(topics, relayTopic,
                                metered(cpuMeter, () -> relay.run(relayTopic, batchSize, r, EVENTS))));
                    }
                }
            }
            String parameters = parameters(loadSeconds, meanPayloadBytes(events));
            System.out.println(new RelayReport(machine, parameters, RawPublish.SIDE, results).markdown());
        }
    }

    private static PublishResult metered(CpuMeter cpuMeter, Supplier<PublishResult> run) throws SQLException {
        CpuMeter.Sample start = cpuMeter.sample();
        PublishResult result = run.get();
        return result.withCpu(cpuMeter.since(start));
    }

    /** Every measured run must have put exactly the preloaded events on its topic, no fewer and no duplicates. */
    private static PublishResult checked(BenchTopics topics, String topic, PublishResult result) throws Exception {
        long onTopic = topics.recordCount(topic);
        if (onTopic != result.events()) {
            throw new IllegalStateException(topic + " holds " + onTopic + " records, expected " + result.events());
        }
        System.err.printf("round %d %-36s %7.0f events/s (%d records on the topic), CPU %.0f us/event,"
                        + " other processes %.2f cores%n", result.round(), result.label(), result.perSecond(), onTopic,
                result.cpuMicrosPerEvent(), result.otherCores());
        return result;
    }

    private static List<StoredEvent> readAll(AgroalDataSource dataSource, EventStore store) throws Exception {
        List<StoredEvent> events = new ArrayList<>(EVENTS);
        try (Connection c = dataSource.getConnection()) {
            Replay.all(c, store, events::add);
        }
        return events;
    }

    private static double meanPayloadBytes(List<StoredEvent> events) {
        return events.stream().mapToInt(e -> e.payload().length()).average().orElse(0);
    }

    private static String parameters(double loadSeconds, double payloadBytes) {
        return """
                - events: %d, preloaded and vacuumed in %.1f s (%d events per stream, %d streams per transaction), payload %.0f bytes
                  of JSON on average (as jsonb re-rendered by Postgres) plus 9-10 CloudEvents headers
                - relay batch sizes: %s; each relay run uses a new topic and so starts from an empty checkpoint
                - rounds: %d, each: raw producer, then the relay at each batch size; warm-up before the rounds:
                  %d events by each side, unmeasured
                - topic: %d partitions, replication 1, created before the clock starts; producer metadata fetched
                  before the clock starts (the raw side's); after each run a read_committed reader must find exactly %d
                - producer (a new one per run): raw side %s; relay side %s
                - broker: TestServers.kafkaBootstrapServers(), a throw-away single-node KRaft broker in its own JVM
                  on this machine (-Xmx768m, SerialGC, C1 only, as platform/devstack starts it)
                - CPU per event: this JVM + the bench database's Postgres processes + the broker JVM, over the whole
                  run (producer set-up and close included); "other" is the rest of the machine's busy time in cores
                """.formatted(EVENTS, loadSeconds, EVENTS_PER_STREAM, STREAMS_PER_LOAD_TRANSACTION, payloadBytes,
                BATCH_SIZES, ROUNDS, WARM_UP_EVENTS, PARTITIONS, EVENTS, KafkaSettings.DESCRIPTION, RelayProducers.DESCRIPTION);
    }
}
