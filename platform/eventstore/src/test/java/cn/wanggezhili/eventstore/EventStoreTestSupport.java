package cn.wanggezhili.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
import cn.wanggezhili.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Real Postgres and a real Kafka broker for the event store's tests, and a tiny projection to observe effects:
 * per stream, how many "amount" events were applied and their sum.
 */
abstract class EventStoreTestSupport {

    static final String DATABASE = "eventstore_test";
    static AgroalDataSource dataSource;
    static String bootstrap;
    final EventStore store = new EventStore();

    @BeforeAll
    static void servers() throws SQLException {
        if (dataSource == null) {
            TestServers.freshDatabase(DATABASE);
            AgroalDataSource pool = TestServers.dataSource(DATABASE, 24);
            EventStoreSchema.migrate(pool);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        create table stream_total (
                            stream_id uuid primary key, applied integer not null, total bigint not null)
                        """);
            }
            dataSource = pool;
        }
        bootstrap = TestServers.kafkaBootstrapServers();
    }

    @AfterAll
    static void keepPoolForOtherClasses() {
        // the pool lives for the JVM; one database serves all classes of this module
    }

    @BeforeEach
    void emptyTables() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate events, relay_checkpoint, consumer_stream_position, consumer_offset, consumer_dead_letter, stream_total");
        }
    }

    /** A new topic, created as a service creates its own (not left to the first send). */
    static String uniqueTopic(String purpose) {
        String topic = "test." + purpose + "." + UUID.randomUUID();
        Topics.ensure(bootstrap, List.of(topic), 3);
        return topic;
    }

    static NewEvent amount(int amount) {
        return new NewEvent(UUID.randomUUID(), "test.AmountAdded.v1", "141081001001", Instant.parse("2026-11-27T08:00:00Z"),
                "{\"amount\":" + amount + "}");
    }

    /** Appends in its own transaction, as a command handler would. */
    List<StoredEvent> appendInTransaction(UUID stream, int expectedVersion, List<NewEvent> events) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<StoredEvent> stored = store.append(c, stream, "test", expectedVersion, events);
                c.commit();
                return stored;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The projection's handler: adds the event's amount to its stream's row. */
    static final EventHandler STREAM_TOTAL = (c, event) -> applyAmount(c, event.streamId(), event.payload());

    static void applyAmount(Connection c, UUID stream, String payload) throws SQLException {
        int amount = Integer.parseInt(payload.replaceAll("\\D+", ""));
        try (PreparedStatement ps = c.prepareStatement("""
                insert into stream_total (stream_id, applied, total) values (?, 1, ?)
                on conflict (stream_id) do update set applied = stream_total.applied + 1,
                                                      total = stream_total.total + excluded.total
                """)) {
            ps.setObject(1, stream);
            ps.setLong(2, amount);
            ps.executeUpdate();
        }
    }

    static List<String> projectionRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select stream_id, applied, total from stream_total order by stream_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getLong(3));
            }
        }
        return rows;
    }

    static long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A relay as a service runs it, publishing {@code topic} with its own transactional producers. */
    OutboxRelay relay(String topic) {
        return new OutboxRelay(dataSource, store, () -> RelayProducers.create(bootstrap, topic), topic, "/test", 500);
    }

    /** Publishes everything committed so far. */
    static void drain(OutboxRelay relay) {
        while (relay.publishBatch() > 0) {
            // next batch
        }
    }

    /** Publishes everything committed so far with a relay started for this and closed after. */
    void publishAll(String topic) {
        try (OutboxRelay relay = relay(topic)) {
            drain(relay);
        }
    }

    /**
     * Waits until {@code consumer} has stored, for every partition, the offset after the last of {@code records} (a
     * count of records would not do: each committed transaction also takes an offset, for its marker).
     */
    static void awaitConsumed(String consumer, List<ConsumerRecord<String, byte[]>> records) {
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
    static List<ConsumerRecord<String, byte[]>> readTopic(String topic, int expected, Duration timeout) {
        return readTopic(topic, expected, timeout, false);
    }

    /**
     * Reads until {@code expected} records, or with {@code distinct} until {@code expected} different events, have
     * arrived (at least once: a batch sent again after a crash repeats events).
     */
    static List<ConsumerRecord<String, byte[]>> readTopic(String topic, int expected, Duration timeout, boolean distinct) {
        return readTopic(topic, expected, timeout, distinct, "read_committed");
    }

    static List<ConsumerRecord<String, byte[]>> readTopic(String topic, int expected, Duration timeout, boolean distinct,
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
    static void assertStreamOrder(List<ConsumerRecord<String, byte[]>> records) {
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

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        var h = record.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
