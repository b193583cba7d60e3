package org.gridsuite.eventstore;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Publishes committed events to the service's topic in commit order and moves its checkpoint only after the broker
 * acknowledged every record of the batch. A crash between the acknowledgement and the checkpoint re-sends the batch;
 * consumers absorb that (at-least-once, made effectively-once by their stream positions).
 * Several instances may run: a transaction-scoped advisory lock lets one publish at a time.
 */
public final class OutboxRelay {

    private static final String LOCK = "select pg_try_advisory_xact_lock(hashtext(?))";
    private static final String ENSURE_CHECKPOINT = "insert into relay_checkpoint (name) values (?) on conflict do nothing";
    private static final String READ_CHECKPOINT =
            "select last_transaction_id::text, last_position from relay_checkpoint where name = ?";
    private static final String ADVANCE_CHECKPOINT = """
            update relay_checkpoint
               set last_transaction_id = ?::text::xid8, last_position = ?, updated_at = now()
             where name = ?
            """;

    /** Even when the probe finds nothing, the checkpoint is read this often (an operator may have moved it back). */
    private static final long FULL_POLL_NANOS = Duration.ofSeconds(1).toNanos();

    private final DataSource dataSource;
    private final EventStore eventStore;
    private final Producer<String, byte[]> producer;
    private final String name;
    private final String topic;
    private final String source;
    private final int batchSize;

    /** The checkpoint as this instance last read or moved it; null until the first batch. */
    private volatile EventCursor lastKnown;
    private volatile long lastFullPoll;

    public OutboxRelay(DataSource dataSource, EventStore eventStore, Producer<String, byte[]> producer,
                       String topic, String source, int batchSize) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.producer = producer;
        this.name = "relay:" + topic;
        this.topic = topic;
        this.source = source;
        this.batchSize = batchSize;
        ensureCheckpoint();
    }

    /**
     * Publishes one batch; returns how many events went out (0 when idle or another instance holds the lock). An idle
     * poll is one index probe after the checkpoint last known here, outside a transaction: six services' relays poll
     * every 20 ms, and the lock, checkpoint read, begin and commit of a full batch were four fifths of the round trips
     * the whole suite made to Postgres under load. The probe can only err towards a full batch (another instance
     * moved the checkpoint meanwhile), which then reads the real checkpoint.
     */
    public int publishBatch() {
        EventCursor known = lastKnown;
        if (known != null && System.nanoTime() - lastFullPoll < FULL_POLL_NANOS && !eventStore.anyAfter(dataSource, known)) {
            return 0;
        }
        lastFullPoll = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                int published = publishBatch(c);
                c.commit();
                return published;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new EventStoreException("relay " + name + " failed", e);
        }
    }

    private int publishBatch(Connection c) throws SQLException {
        if (!tryLock(c)) {
            return 0;
        }
        EventCursor checkpoint = readCheckpoint(c);
        List<StoredEvent> events = eventStore.readCommitted(c, checkpoint, EventFilter.ALL, batchSize);
        if (events.isEmpty()) {
            // Nothing readable yet (or a transaction below the horizon still runs): probing from here is right.
            lastKnown = checkpoint;
            return 0;
        }
        send(events);
        EventCursor last = events.get(events.size() - 1).cursor();
        try (PreparedStatement ps = c.prepareStatement(ADVANCE_CHECKPOINT)) {
            ps.setString(1, Long.toString(last.transactionId()));
            ps.setLong(2, last.position());
            ps.setString(3, name);
            ps.executeUpdate();
        }
        lastKnown = last;
        return events.size();
    }

    /** Sends the batch and waits for every acknowledgement; any failure aborts before the checkpoint moves. */
    private void send(List<StoredEvent> events) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(events.size());
        for (StoredEvent event : events) {
            // the record's timestamp is when it was sent (the broker refuses times far ahead, e.g. a clock set
            // forward in a test, which would stall the relay); when it happened travels in ce_time
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, event.streamId().toString(),
                    event.payload().getBytes(StandardCharsets.UTF_8));
            CloudEventHeaders.write(record.headers(), source, event);
            acks.add(producer.send(record));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            try {
                ack.get();
            } catch (ExecutionException e) {
                throw new EventStoreException("broker refused an event of " + name, e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new EventStoreException("interrupted while publishing " + name, e);
            }
        }
    }

    private boolean tryLock(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(LOCK)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private EventCursor readCheckpoint(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(READ_CHECKPOINT)) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new EventCursor(Long.parseLong(rs.getString(1)), rs.getLong(2));
            }
        }
    }

    private void ensureCheckpoint() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(ENSURE_CHECKPOINT)) {
            ps.setString(1, name);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new EventStoreException("cannot create checkpoint " + name, e);
        }
    }
}
