package cn.wanggezhili.consumer;

import cn.wanggezhili.relay.OutboxRelay;
import cn.wanggezhili.relay.RelayProducers;
import cn.wanggezhili.consumer.IdempotentConsumer;
import cn.wanggezhili.eventstore.EventStoreException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RelayCrashTest extends ConsumerTestSupport {

    static final int STREAMS = 40;
    static final int EVENTS_PER_STREAM = 10;

    @Test
    void a_relay_that_dies_mid_batch_loses_nothing_and_its_successor_aborts_what_it_left_open() throws Exception {
        String topic = uniqueTopic("crash");
        List<String> expected = appendStreams();
        int events = STREAMS * EVENTS_PER_STREAM;

        // The first relay gets 250 of its 400 records to the broker, then its process dies: no commit, no abort.
        OutboxRelay dead = new OutboxRelay(dataSource, store, () -> new DyingProducer(topic, 250), topic, "/test", 500);
        assertThatThrownBy(dead::publishBatch).isInstanceOf(RuntimeException.class);
        dead.close(); // its database session ends with the process: the lock is free
        assertThat(count("select last_position from relay_checkpoint")).isZero();
        assertThat(readTopic(topic, 250, Duration.ofSeconds(30), false, "read_uncommitted"))
                .as("the dead relay's records are on the broker, in a transaction left open").hasSize(250);

        // A new relay starts from the unmoved checkpoint; its producer fences the dead one and aborts its transaction
        // at once (not after the transaction timeout, 60 s: a reader would see nothing until then).
        publishAll(topic);
        List<ConsumerRecord<String, byte[]>> committed = readTopic(topic, events, Duration.ofSeconds(20));
        assertThat(committed).as("read_committed: each event once, none of the aborted records").hasSize(events);
        assertStreamOrder(committed);

        try (IdempotentConsumer consumer = new IdempotentConsumer(dataSource, bootstrap, "crash-projection",
                List.of(topic), STREAM_TOTAL).start()) {
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(projectionRows()).isEqualTo(expected));
            awaitConsumed("crash-projection", committed);
        }
        assertThat(projectionRows()).isEqualTo(expected);
    }

    @Test
    void a_record_the_broker_refuses_mid_batch_keeps_the_rest_of_its_batch_from_readers_until_all_is_sent_again() throws Exception {
        String topic = uniqueTopic("refused");
        List<String> expected = appendStreams();
        int events = STREAMS * EVENTS_PER_STREAM;

        // Record 100 of the first batch fails while the records after it, some in its partition, reach the broker:
        // what a record expiring in a stalled partition does. Sent without a transaction, those later records would
        // be read before the failed one's re-send, a stream's version 2 before its version 1.
        try (OutboxRelay relay = new OutboxRelay(dataSource, store, () -> new RefusingProducer(topic, 100), topic, "/test", 500)) {
            assertThatThrownBy(relay::publishBatch).isInstanceOf(EventStoreException.class);
            assertThat(count("select last_position from relay_checkpoint")).isZero();
            drain(relay);
        }
        List<ConsumerRecord<String, byte[]>> committed = readTopic(topic, events, Duration.ofSeconds(30));
        assertThat(committed).hasSize(events);
        assertStreamOrder(committed);
        assertThat(readTopic(topic, 2 * events - 1, Duration.ofSeconds(30), false, "read_uncommitted"))
                .as("the aborted batch's records but the refused one are on the broker all the same").hasSize(2 * events - 1);

        try (IdempotentConsumer consumer = new IdempotentConsumer(dataSource, bootstrap, "refused-projection",
                List.of(topic), STREAM_TOTAL).start()) {
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(projectionRows()).isEqualTo(expected));
        }
    }

    /** Ten events on each of forty streams; returns the projection rows they make. */
    private List<String> appendStreams() throws Exception {
        List<String> expected = new ArrayList<>();
        for (int s = 0; s < STREAMS; s++) {
            UUID stream = UUID.randomUUID();
            int total = 0;
            for (int v = 0; v < EVENTS_PER_STREAM; v++) {
                appendInTransaction(stream, v, List.of(amount(v + 1)));
                total += v + 1;
            }
            expected.add(stream + "|" + EVENTS_PER_STREAM + "|" + total);
        }
        expected.sort(null);
        return expected;
    }

    /** The relay's real producer, whose process "dies" at record {@code sendsBeforeDeath}: it can no longer abort. */
    static final class DyingProducer extends KafkaProducer<String, byte[]> {

        private final int sendsBeforeDeath;
        private final AtomicInteger sent = new AtomicInteger();

        DyingProducer(String topic, int sendsBeforeDeath) {
            super(RelayProducers.properties(bootstrap, topic), new StringSerializer(), new ByteArraySerializer());
            this.sendsBeforeDeath = sendsBeforeDeath;
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            if (sent.incrementAndGet() > sendsBeforeDeath) {
                flush();
                throw new IllegalStateException("relay process killed");
            }
            return super.send(record, callback);
        }

        @Override
        public void abortTransaction() {
            throw new IllegalStateException("relay process killed");
        }

        @Override
        public void close(Duration timeout) {
            super.close(Duration.ZERO); // a dead process aborts nothing on its way out
        }
    }

    /**
     * The relay's real producer, except that record {@code refused} never reaches the broker and fails, as a record
     * expiring in a stalled partition does: the records after it go out, and the commit fails, as the real producer's
     * does when one of the transaction's records failed.
     */
    static final class RefusingProducer extends KafkaProducer<String, byte[]> {

        private final int refused;
        private final AtomicInteger sent = new AtomicInteger();
        private boolean failed;

        RefusingProducer(String topic, int refused) {
            super(RelayProducers.properties(bootstrap, topic), new StringSerializer(), new ByteArraySerializer());
            this.refused = refused;
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            if (sent.incrementAndGet() == refused) {
                failed = true;
                return CompletableFuture.failedFuture(new TimeoutException("Expiring 1 record(s): 120000 ms has passed since batch creation"));
            }
            return super.send(record, callback);
        }

        @Override
        public void commitTransaction() {
            if (failed) {
                failed = false; // once: the batch sent again goes through
                flush();
                throw new KafkaException("Cannot commit: a record of the transaction failed", new TimeoutException("expired"));
            }
            super.commitTransaction();
        }
    }
}
