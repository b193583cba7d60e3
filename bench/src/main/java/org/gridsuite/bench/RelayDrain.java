package org.gridsuite.bench;

import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.gridsuite.eventstore.EventStore;
import org.gridsuite.eventstore.OutboxRelay;

/**
 * Candidate: an {@link OutboxRelay} on a new topic (so a new checkpoint at the start of the table) publishing
 * batch after batch until the backlog is gone, as its {@code RelayLoop} does while there is a backlog.
 */
final class RelayDrain {

    static final String SIDE = "candidate: OutboxRelay";

    private final DataSource dataSource;
    private final EventStore store;
    private final String bootstrap;

    RelayDrain(DataSource dataSource, EventStore store, String bootstrap) {
        this.dataSource = dataSource;
        this.store = store;
        this.bootstrap = bootstrap;
    }

    PublishResult run(String topic, int batchSize, int round, int count) {
        try (KafkaProducer<String, byte[]> producer = KafkaSettings.producer(bootstrap)) {
            producer.partitionsFor(topic);
            OutboxRelay relay = new OutboxRelay(dataSource, store, producer, topic, PublishedRecord.SOURCE, batchSize);
            long start = System.nanoTime();
            int published = 0;
            while (published < count) {
                int n = relay.publishBatch();
                if (n == 0) {
                    throw new IllegalStateException("relay idle after " + published + " of " + count + " events");
                }
                published += n;
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new PublishResult(SIDE, batchSize, round, published, seconds, null);
        }
    }
}
