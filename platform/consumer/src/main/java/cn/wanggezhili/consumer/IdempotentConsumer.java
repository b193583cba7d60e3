package cn.wanggezhili.consumer;

import cn.wanggezhili.eventstore.EventStoreException;
import cn.wanggezhili.sql.DatabaseException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads other services' topics into this service's tables. Each poll's records are applied in one database
 * transaction together with (a) the last version applied per aggregate and (b) the next offset per partition, so
 * that redelivery, rebalances and replays from offset 0 change nothing. Kafka's own offset commits are not used:
 * the database is the only record of where the consumer stands.
 */
public final class IdempotentConsumer implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(IdempotentConsumer.class);

    private static final String CLAIM = """
            insert into consumer_stream_position (consumer, stream_id, version) values (?, ?, ?)
            on conflict (consumer, stream_id) do update set version = excluded.version
             where consumer_stream_position.version < excluded.version
            """;
    private static final String SAVE_OFFSET = """
            insert into consumer_offset (consumer, topic, partition, next_offset) values (?, ?, ?, ?)
            on conflict (consumer, topic, partition) do update set next_offset = excluded.next_offset
            """;
    private static final String LOAD_OFFSET =
            "select next_offset from consumer_offset where consumer = ? and topic = ? and partition = ?";
    private static final String DEAD_LETTER = """
            insert into consumer_dead_letter (consumer, topic, partition, record_offset, event_id, reason)
            values (?, ?, ?, ?, ?, ?) on conflict do nothing
            """;

    private final DataSource dataSource;
    private final String name;
    private final Collection<String> topics;
    private final EventHandler handler;
    private final Runnable afterCommit;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Thread thread;
    private volatile boolean running = true;

    public IdempotentConsumer(DataSource dataSource, String bootstrapServers, String name, Collection<String> topics,
                              EventHandler handler) {
        this(dataSource, bootstrapServers, name, topics, handler, () -> { });
    }

    /**
     * @param afterCommit run on the consumer's thread once a poll's transaction has committed (e.g. to let this
     *                    process's live streams read what the handler appended at once, not at their next tick)
     */
    public IdempotentConsumer(DataSource dataSource, String bootstrapServers, String name, Collection<String> topics,
                              EventHandler handler, Runnable afterCommit) {
        this.dataSource = dataSource;
        this.name = name;
        this.topics = List.copyOf(topics);
        this.handler = handler;
        this.afterCommit = afterCommit;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, name);
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 5000);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        this.thread = new Thread(this::run, "consumer-" + name);
        this.thread.setDaemon(true);
    }

    public IdempotentConsumer start() {
        thread.start();
        return this;
    }

    public String name() {
        return name;
    }

    private void run() {
        try {
            consumer.subscribe(topics, new SeekToStoredOffsets());
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(200));
                if (!records.isEmpty()) {
                    applyWithRetry(records);
                }
            }
        } catch (WakeupException e) {
            // close() asked us to stop
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void applyWithRetry(ConsumerRecords<String, byte[]> records) {
        while (running) {
            try {
                applyAtOnce(records);
            } catch (EventStoreException | DatabaseException e) {
                // A database failure: nothing was committed; retry the same records after a pause.
                LOG.warnf("consumer %s could not apply a batch, retrying: %s", name, e.getMessage());
                java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
                continue;
            }
            committed();
            return;
        }
    }

    /** Runs the after-commit hook; the poll is applied whatever it does, so its failure is only logged. */
    private void committed() {
        try {
            afterCommit.run();
        } catch (RuntimeException e) {
            LOG.warnf("consumer %s: after-commit hook failed: %s", name, e.toString());
        }
    }

    /**
     * The common case first: the whole poll in one transaction without a savepoint per event (each costs two round
     * trips and a subtransaction, and more than 64 of them in one transaction slow every reader of the server). Only
     * when an event fails is the poll rolled back and applied again one event at a time, so that the bad one goes to
     * the dead letters and the others still apply.
     */
    private void applyAtOnce(ConsumerRecords<String, byte[]> records) {
        try {
            inTransaction(c -> apply(c, records, false));
        } catch (EventFailed e) {
            LOG.debugf("consumer %s: an event of the batch failed (%s); applying the batch event by event", name, e.getMessage());
            inTransaction(c -> apply(c, records, true));
        }
    }

    private Void apply(Connection c, ConsumerRecords<String, byte[]> records, boolean eventByEvent) throws SQLException {
        handler.beginPoll(c);
        for (TopicPartition partition : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> batch = records.records(partition);
            for (ConsumerRecord<String, byte[]> record : batch) {
                applyOne(c, record, eventByEvent);
            }
            long next = batch.get(batch.size() - 1).offset() + 1;
            try (PreparedStatement ps = c.prepareStatement(SAVE_OFFSET)) {
                ps.setString(1, name);
                ps.setString(2, partition.topic());
                ps.setInt(3, partition.partition());
                ps.setLong(4, next);
                ps.executeUpdate();
            }
        }
        return null;
    }

    private void applyOne(Connection c, ConsumerRecord<String, byte[]> record, boolean eventByEvent) throws SQLException {
        ReceivedEvent event;
        try {
            event = ReceivedEvent.from(record);
        } catch (RuntimeException e) {
            deadLetter(c, record, null, e.getMessage());
            return;
        }
        if (!eventByEvent) {
            try {
                claimAndHandle(c, event);
            } catch (RuntimeException | SQLException e) {
                throw new EventFailed(event, e);
            }
            return;
        }
        Savepoint savepoint = c.setSavepoint();
        try {
            claimAndHandle(c, event);
            c.releaseSavepoint(savepoint);
        } catch (RuntimeException | SQLException e) {
            // One bad event must not block the partition: undo its partial writes, keep it for an operator.
            c.rollback(savepoint);
            LOG.errorf("consumer %s could not apply event %s (%s): %s", name, event.eventId(), event.eventType(), e.getMessage());
            deadLetter(c, record, event.eventId().toString(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void claimAndHandle(Connection c, ReceivedEvent event) throws SQLException {
        if (handler.wants(event.eventType()) && claim(c, event)) {
            handler.handle(c, event);
        }
    }

    /** An event of a batch applied at once failed; the batch's transaction is to be rolled back. */
    private static final class EventFailed extends RuntimeException {
        EventFailed(ReceivedEvent event, Exception cause) {
            super(event.eventId() + " (" + event.eventType() + "): " + cause.getMessage(), cause);
        }
    }

    /** True when this event is newer than anything applied for its aggregate: the first delivery. */
    private boolean claim(Connection c, ReceivedEvent event) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(CLAIM)) {
            ps.setString(1, name);
            ps.setObject(2, event.streamId());
            ps.setInt(3, event.version());
            return ps.executeUpdate() == 1;
        }
    }

    private void deadLetter(Connection c, ConsumerRecord<String, byte[]> record, String eventId, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(DEAD_LETTER)) {
            ps.setString(1, name);
            ps.setString(2, record.topic());
            ps.setInt(3, record.partition());
            ps.setLong(4, record.offset());
            ps.setString(5, eventId);
            ps.setString(6, reason);
            ps.executeUpdate();
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new EventStoreException("consumer " + name + " transaction failed", e);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** After a rebalance, continue each partition where the database says, not where Kafka thinks. */
    private final class SeekToStoredOffsets implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, Long> stored = inTransaction(c -> storedOffsets(c, partitions));
            for (TopicPartition partition : partitions) {
                Long next = stored.get(partition);
                if (next == null) {
                    consumer.seekToBeginning(Set.of(partition));
                } else {
                    consumer.seek(partition, next);
                }
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            // positions are already committed with the projection; nothing to flush
        }

        private Map<TopicPartition, Long> storedOffsets(Connection c, Collection<TopicPartition> partitions) throws SQLException {
            Map<TopicPartition, Long> offsets = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(LOAD_OFFSET)) {
                for (TopicPartition partition : partitions) {
                    ps.setString(1, name);
                    ps.setString(2, partition.topic());
                    ps.setInt(3, partition.partition());
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            offsets.put(partition, rs.getLong(1));
                        }
                    }
                }
            }
            return offsets;
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
