package cn.wanggezhili.relay;

import cn.wanggezhili.eventstore.NewEvent;
import cn.wanggezhili.kafka.CloudEventHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class RelayUnderConcurrentWritersTest extends RelayTestSupport {

    static final int WRITERS = 8;
    static final int STREAMS_PER_WRITER = 25;
    static final int EVENTS_PER_WRITER = 2_600;

    @Test
    void every_event_is_published_in_stream_order_although_an_early_transaction_commits_late() throws Exception {
        String topic = uniqueTopic("concurrent");
        AtomicInteger appended = new AtomicInteger();
        UUID lateStream = UUID.randomUUID();
        try (RelayLoop relay = new RelayLoop(relay(topic), Duration.ofMillis(10), "relay-test").start()) {

            // A transaction that takes an early position and transaction id, then stays open while the writers run.
            Connection late = dataSource.getConnection();
            late.setAutoCommit(false);
            store.append(late, lateStream, "test", 0, List.of(amount(7)));

            ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                writers.add(pool.submit(() -> writeStreams(appended)));
            }
            // hold the early transaction open until half of the writers' events are committed behind it
            await().atMost(Duration.ofMinutes(3)).until(() -> appended.get() >= WRITERS * EVENTS_PER_WRITER / 2);
            late.commit();
            late.close();
            for (Future<?> writer : writers) {
                writer.get();
            }
            pool.shutdown();

            int total = WRITERS * EVENTS_PER_WRITER + 1;
            assertThat(count("select count(*) from events")).isEqualTo(total);
            List<ConsumerRecord<String, byte[]>> records = readTopic(topic, total, Duration.ofMinutes(3), true);

            Set<String> published = new HashSet<>();
            records.forEach(r -> published.add(header(r, CloudEventHeaders.ID)));
            // at least once: a batch sent again after a crash may repeat events, never lose one
            assertThat(records.size()).isGreaterThanOrEqualTo(total);
            assertThat(published).hasSize(total).contains(eventIdOf(lateStream));
            assertStreamOrder(records);
        }
    }

    private Void writeStreams(AtomicInteger appended) throws Exception {
        List<UUID> streams = new ArrayList<>();
        Map<UUID, Integer> versions = new HashMap<>();
        for (int s = 0; s < STREAMS_PER_WRITER; s++) {
            UUID stream = UUID.randomUUID();
            streams.add(stream);
            versions.put(stream, 0);
        }
        int written = 0;
        int i = 0;
        while (written < EVENTS_PER_WRITER) {
            UUID stream = streams.get(i++ % streams.size());
            // mostly one event per command, sometimes three: both shapes of append
            int n = (i % 10 == 0) ? Math.min(3, EVENTS_PER_WRITER - written) : 1;
            List<NewEvent> events = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                events.add(amount(1));
            }
            appendInTransaction(stream, versions.get(stream), events);
            versions.merge(stream, n, Integer::sum);
            written += n;
            appended.addAndGet(n);
        }
        return null;
    }

    private String eventIdOf(UUID stream) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            return store.load(c, stream).get(0).eventId().toString();
        }
    }
}
