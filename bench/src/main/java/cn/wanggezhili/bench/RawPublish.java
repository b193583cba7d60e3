package cn.wanggezhili.bench;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import cn.wanggezhili.eventstore.StoredEvent;

/**
 * Baseline: the same records straight from memory through a producer with the same settings, all sent then one
 * flush. It is what the broker and the client can take; the relay cannot go faster than this.
 */
final class RawPublish {

    static final String SIDE = "baseline: raw KafkaProducer";

    private final String bootstrap;
    private final List<StoredEvent> events;

    RawPublish(String bootstrap, List<StoredEvent> events) {
        this.bootstrap = bootstrap;
        this.events = events;
    }

    PublishResult run(String topic, int round, int count) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        try (KafkaProducer<String, byte[]> producer = KafkaSettings.producer(bootstrap)) {
            producer.partitionsFor(topic); // metadata before the clock starts, as the relay's producer also has it
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                producer.send(PublishedRecord.of(topic, events.get(i)), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
            }
            producer.flush();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (failure.get() != null) {
                throw new IllegalStateException("the broker refused a record", failure.get());
            }
            return new PublishResult(SIDE, 0, round, count, seconds, null);
        }
    }
}
