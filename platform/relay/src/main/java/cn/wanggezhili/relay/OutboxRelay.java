package cn.wanggezhili.relay;

import cn.wanggezhili.eventstore.EventCursor;
import cn.wanggezhili.eventstore.EventFilter;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.EventStoreException;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.kafka.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;

/**
 * Publishes committed events to the service's topic in commit order and moves its checkpoint only after the broker
 * committed the batch. Each batch is one Kafka transaction: if any record of it fails (a broker timeout, say), the
 * whole batch is aborted and sent again from the unmoved checkpoint, so a read_committed consumer never sees a later
 * event of a stream before an earlier one. A crash between the broker's commit and the checkpoint re-sends the batch;
 * consumers absorb that (at-least-once, made effectively-once by their stream positions).
 * Several instances may run: the one holding the topic's {@link RelayLeadership} publishes, and its producer's
 * transactional id, the same for all instances, fences a predecessor that still believes it leads.
 */
public final class OutboxRelay implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private static final String ENSURE_CHECKPOINT = "insert into relay_checkpoint (name) values (?) on conflict do nothing";
    private static final String READ_CHECKPOINT =
            "select last_transaction_id::text, last_position from relay_checkpoint where name = ?";
    // never backwards: a fenced predecessor finishing late must not move the checkpoint behind its successor's
    private static final String ADVANCE_CHECKPOINT = """
            update relay_checkpoint
               set last_transaction_id = ?::text::xid8, last_position = ?, updated_at = now()
             where name = ? and (last_transaction_id, last_position) < (?::text::xid8, ?)
            """;

    /** Even when the probe finds nothing, the checkpoint is read this often (an operator may have moved it back). */
    private static final long FULL_POLL_NANOS = Duration.ofSeconds(1).toNanos();

    private final DataSource dataSource;
    private final EventStore eventStore;
    private final Supplier<Producer<String, byte[]>> producers;
    private final RelayLeadership leadership;
    private final String name;
    private final String topic;
    private final String source;
    private final int batchSize;

    // guarded by this (publishBatch and close are synchronized)
    /** The transactional producer while this instance leads; null before and after. */
    private Producer<String, byte[]> producer;
    /** The checkpoint as this instance last read or moved it; null until the first batch. */
    private EventCursor lastKnown;
    private long lastFullPoll;

    /**
     * @param producers makes a transactional producer for {@code topic} ({@link RelayProducers#create}); the relay
     *                  makes a new one when it starts to lead or after a failed batch left the old one unusable
     */
    public OutboxRelay(DataSource dataSource, EventStore eventStore, Supplier<Producer<String, byte[]>> producers,
                       String topic, String source, int batchSize) {
        this.dataSource = dataSource;
        this.eventStore = eventStore;
        this.producers = producers;
        this.name = "relay:" + topic;
        this.leadership = new RelayLeadership(dataSource, name);
        this.topic = topic;
        this.source = source;
        this.batchSize = batchSize;
        ensureCheckpoint();
    }

    /**
     * Publishes one batch; returns how many events went out (0 when idle or another instance leads). An idle poll is
     * one index probe after the checkpoint last known here, outside a transaction: six services' relays poll every
     * 20 ms, and a full batch's round trips were most of those the whole suite made to Postgres under load. The probe
     * can only err towards a full batch (an operator moved the checkpoint meanwhile), which reads the real checkpoint.
     */
    public synchronized int publishBatch() {
        if (!leadership.lead()) {
            closeProducer(Duration.ZERO);
            lastKnown = null;
            return 0;
        }
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
            ps.setString(4, Long.toString(last.transactionId()));
            ps.setLong(5, last.position());
            ps.executeUpdate();
        }
        lastKnown = last;
        return events.size();
    }

    /** Sends the batch in one Kafka transaction; any failure aborts it before the checkpoint moves. */
    private void send(List<StoredEvent> events) {
        Producer<String, byte[]> p = producer();
        try {
            p.beginTransaction();
            for (StoredEvent event : events) {
                // the record's timestamp is when it was sent (the broker refuses times far ahead, e.g. a clock set
                // forward in a test, which would stall the relay); when it happened travels in ce_time
                ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, event.streamId().toString(),
                        event.payload().getBytes(StandardCharsets.UTF_8));
                CloudEventHeaders.write(record.headers(), source, event);
                p.send(record);
            }
            // flushes and fails if any record failed: then nothing of the batch becomes visible
            p.commitTransaction();
        } catch (RuntimeException e) {
            abort(p);
            throw new EventStoreException("broker refused a batch of " + name, e);
        }
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            Producer<String, byte[]> p = producers.get();
            try {
                // fences any earlier producer of this topic's relay and aborts the transaction it left open
                p.initTransactions();
            } catch (RuntimeException e) {
                p.close(Duration.ZERO);
                throw new EventStoreException("cannot start publishing " + name, e);
            }
            producer = p;
        }
        return producer;
    }

    /** Aborts the failed batch's transaction; a producer that cannot abort (fenced, broken) is replaced at the next batch. */
    private void abort(Producer<String, byte[]> p) {
        try {
            p.abortTransaction();
        } catch (RuntimeException e) {
            LOG.debugf("%s: abort failed (%s); a new producer will abort it when it starts", name, e.toString());
            closeProducer(Duration.ZERO);
        }
    }

    private void closeProducer(Duration timeout) {
        if (producer != null) {
            try {
                producer.close(timeout);
            } finally {
                producer = null;
            }
        }
    }

    /** Stops publishing: closes the producer (an open transaction is aborted) and lets another instance lead. */
    @Override
    public synchronized void close() {
        try {
            closeProducer(Duration.ofSeconds(5));
        } finally {
            leadership.close();
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
