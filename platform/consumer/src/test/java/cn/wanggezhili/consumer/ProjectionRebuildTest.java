package cn.wanggezhili.consumer;

import cn.wanggezhili.eventstore.Replay;
import cn.wanggezhili.eventstore.StoredEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProjectionRebuildTest extends ConsumerTestSupport {

    @Test
    void a_projection_kept_with_each_append_is_rebuilt_by_replay_row_for_row() throws Exception {
        appendWithLiveProjection(50, 8);
        List<String> live = projectionRows();
        assertThat(live).hasSize(50);

        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("truncate stream_total");
            }
            long replayed = Replay.all(c, store, e -> {
                try {
                    applyAmount(c, e.streamId(), e.payload());
                } catch (java.sql.SQLException ex) {
                    throw new IllegalStateException(ex);
                }
            });
            c.commit();
            assertThat(replayed).isEqualTo(count("select count(*) from events"));
        }
        assertThat(projectionRows()).isEqualTo(live);
    }

    @Test
    void a_consumer_projection_forgotten_and_replayed_from_the_topic_equals_the_live_one() throws Exception {
        String topic = uniqueTopic("rebuild");
        appendWithLiveProjection(20, 5);
        List<String> live = projectionRows();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate stream_total");
        }
        publishAll(topic);
        try (IdempotentConsumer consumer = new IdempotentConsumer(dataSource, bootstrap, "rebuild", List.of(topic), STREAM_TOTAL).start()) {
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(projectionRows()).isEqualTo(live));
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate stream_total");
            ConsumerPositions.forget(c, "rebuild");
        }
        try (IdempotentConsumer consumer = new IdempotentConsumer(dataSource, bootstrap, "rebuild", List.of(topic), STREAM_TOTAL).start()) {
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(projectionRows()).isEqualTo(live));
        }
    }

    /** Appends and updates the projection in the same transaction, as a service's command handler does. */
    private void appendWithLiveProjection(int streams, int eventsPerStream) throws Exception {
        Random random = new Random(42);
        for (int s = 0; s < streams; s++) {
            UUID stream = UUID.randomUUID();
            for (int v = 0; v < eventsPerStream; v++) {
                try (Connection c = dataSource.getConnection()) {
                    c.setAutoCommit(false);
                    for (StoredEvent e : store.append(c, stream, "test", v, List.of(amount(1 + random.nextInt(99))))) {
                        applyAmount(c, e.streamId(), e.payload());
                    }
                    c.commit();
                }
            }
        }
    }
}
