package cn.wanggezhili.relay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import cn.wanggezhili.eventstore.EventStoreTestSupport;
import cn.wanggezhili.kafka.CloudEventHeaders;
import cn.wanggezhili.kafka.Topics;
import cn.wanggezhili.testing.TestServers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;

/** A real Kafka broker beside the event store's Postgres: unique topics, relays as a service runs them, the topic read back. */
public abstract class RelayTestSupport extends EventStoreTestSupport {

    protected static String bootstrap;

    @BeforeAll
    protected static void broker() {
        bootstrap = TestServers.kafkaBootstrapServers();
    }

    /** A new topic, created as a service creates its own (not left to the first send). */
    protected static String uniqueTopic(String purpose) {
        String topic = "test." + purpose + "." + UUID.randomUUID();
        Topics.ensure(bootstrap, List.of(topic), 3);
        return topic;
    }

    /** A relay as a service runs it, publishing {@code topic} with its own transactional producers. */
    protected OutboxRelay relay(String topic) {
        return new OutboxRelay(dataSource, store, () -> RelayProducers.create(bootstrap, topic), topic, "/test", 500);
    }

    /** Publishes everything committed so far. */
    protected static void drain(OutboxRelay relay) {
        while (relay.publishBatch() > 0) {
            // next batch
        }
    }

    /** Publishes everything committed so far with a relay started for this and closed after. */
    protected void publishAll(String topic) {
        try (OutboxRelay relay = relay(topic)) {
            drain(relay);
        }
    }

    /**
     * Waits until {@code consumer} has stored, for every partition, the offset after the last of {@code records} (a
     * count of records would not do: each committed transaction also takes an offset, for its marker).
     */
    protected static void awaitConsumed(String consumer, List<ConsumerRecord<String, byte[]>> records) {
        long expected = records.stream()
                .collect(Collectors.toMap(ConsumerRecord::partition, r -> r.offset() + 1, Math::max))
                .values().stream().mapToLong(Long::longValue).sum();
        await().atMost(Duration.ofMinutes(1)).until(() ->
                count("select coalesce(sum(next_offset), 0) from consumer_offset where consumer = '" + consumer + "'") == expected);
    }

    /**
     * Everything committed on the topic (read_committed, as the services' consumers read), from offset 0 of every
     * partition until {@code expected} records came. The reader assigns partitions itself (no consumer group), so no
     * rebalance can make it read a record twice.
     */
    protected static List<ConsumerRecord<String, byte[]>> readTopic(String topic, int expected, Duration timeout) {
        return readTopic(topic, expected, timeout, false);
    }

    /**
     * Reads until {@code expected} records, or with {@code distinct} until {@code expected} different events, have
     * arrived (at least once: a batch sent again after a crash repeats events).
     */
    protected static List<ConsumerRecord<String, byte[]>> readTopic(String topic, int expected, Duration timeout, boolean distinct) {
        return readTopic(topic, expected, timeout, distinct, "read_committed");
    }

    protected static List<ConsumerRecord<String, byte[]>> readTopic(String topic, int expected, Duration timeout, boolean distinct,
                                                          String isolation) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Instant deadline = Instant.now().plus(timeout);
            Set<String> ids = new HashSet<>();
            while ((distinct ? ids.size() : records.size()) < expected && Instant.now().isBefore(deadline)) {
                consumer.poll(Duration.ofMillis(250)).forEach(r -> {
                    records.add(r);
                    ids.add(header(r, CloudEventHeaders.ID));
                });
            }
            // one more poll to see anything beyond what was expected (duplicates, strays)
            consumer.poll(Duration.ofMillis(500)).forEach(records::add);
        }
        return records;
    }

    /** Per stream, a reader that skips versions it has seen gets 1, 2, 3, ... with no gap and nothing out of order. */
    protected static void assertStreamOrder(List<ConsumerRecord<String, byte[]>> records) {
        Map<String, Integer> lastVersion = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            int version = Integer.parseInt(header(record, CloudEventHeaders.SEQUENCE));
            int seen = lastVersion.getOrDefault(record.key(), 0);
            if (version > seen) {
                assertThat(version).as("version after %s in stream %s", seen, record.key()).isEqualTo(seen + 1);
                lastVersion.put(record.key(), version);
            }
        }
    }

    protected static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
