package org.gridsuite.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class RelayCrashTest extends EventStoreTestSupport {

    static final int STREAMS = 40;
    static final int EVENTS_PER_STREAM = 10;

    @Test
    void a_relay_that_dies_mid_batch_loses_nothing_and_consumers_absorb_what_is_sent_again() throws Exception {
        String topic = uniqueTopic("crash");
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
        int events = STREAMS * EVENTS_PER_STREAM;

        // The first relay gets 250 of its 400 records to the broker, then dies before acknowledging the batch.
        try (CrashingProducer crashing = new CrashingProducer(250)) {
            assertThatThrownBy(() -> relay(crashing, topic).publishBatch()).isInstanceOf(RuntimeException.class);
        }
        assertThat(count("select last_position from relay_checkpoint")).isZero();

        // A new relay starts from the unmoved checkpoint and publishes everything.
        try (KafkaProducer<String, byte[]> producer = producer()) {
            drain(relay(producer, topic));
        }
        assertThat(readTopic(topic, events + 250, Duration.ofMinutes(1))).hasSize(events + 250);

        try (IdempotentConsumer consumer = new IdempotentConsumer(dataSource, bootstrap, "crash-projection",
                List.of(topic), STREAM_TOTAL).start()) {
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(projectionRows()).isEqualTo(expected));
            awaitOffsets("crash-projection", events + 250);
        }
        assertThat(projectionRows()).isEqualTo(expected);
    }

    /** A real producer whose process "dies" after {@code sendsBeforeCrash} records: later sends fail. */
    static final class CrashingProducer extends KafkaProducer<String, byte[]> {

        private final int sendsBeforeCrash;
        private final AtomicInteger sent = new AtomicInteger();

        CrashingProducer(int sendsBeforeCrash) {
            super(props(), new StringSerializer(), new ByteArraySerializer());
            this.sendsBeforeCrash = sendsBeforeCrash;
        }

        private static Properties props() {
            Properties props = new Properties();
            props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
            props.put(ProducerConfig.ACKS_CONFIG, "all");
            return props;
        }

        @Override
        public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            if (sent.incrementAndGet() > sendsBeforeCrash) {
                flush();
                throw new IllegalStateException("relay process killed");
            }
            return super.send(record, callback);
        }
    }
}
