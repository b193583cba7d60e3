package cn.wanggezhili.bench;

import javax.sql.DataSource;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.relay.OutboxRelay;
import cn.wanggezhili.relay.RelayProducers;

/**
 * Candidate: an {@link OutboxRelay} on a new topic (so a new checkpoint at the start of the table) publishing
 * batch after batch until the backlog is gone, as its {@code RelayLoop} does while there is a backlog. Its clock
 * includes taking the relay's lock and starting its transactional producer (once per run, as a service does once).
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
        try (OutboxRelay relay = new OutboxRelay(dataSource, store, () -> RelayProducers.create(bootstrap, topic), topic,
                PublishedRecord.SOURCE, batchSize)) {
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
