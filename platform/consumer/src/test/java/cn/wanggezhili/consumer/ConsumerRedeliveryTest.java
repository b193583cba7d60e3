package cn.wanggezhili.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class ConsumerRedeliveryTest extends ConsumerTestSupport {

    static final String CONSUMER = "redelivery-projection";

    @Test
    void redelivery_rebalance_and_replay_from_offset_zero_leave_the_projection_unchanged() throws Exception {
        String topic = uniqueTopic("redelivery");
        List<String> expected = appendStreams(30, 5);
        publishAll(topic);

        try (IdempotentConsumer first = consumer(topic)) {
            awaitProjection(expected);

            // Redelivery: the relay's checkpoint is lost and every event is published a second time.
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("update relay_checkpoint set last_transaction_id = '0', last_position = 0");
            }
            publishAll(topic);
            awaitConsumed(CONSUMER, readTopic(topic, 2 * 150, Duration.ofSeconds(30)));
            assertThat(projectionRows()).isEqualTo(expected);

            // Rebalance: a second instance joins the group and takes partitions over.
            try (IdempotentConsumer second = consumer(topic)) {
                expected = appendMore(expected);
                publishAll(topic);
                awaitProjection(expected);
            }
        }
        // Replay: the consumer's offsets are reset to 0 and it reads the whole topic again.
        try (Connection c = dataSource.getConnection()) {
            ConsumerPositions.replayFromStart(c, CONSUMER);
        }
        assertThat(count("select count(*) from consumer_offset where consumer = '" + CONSUMER + "'")).isZero();
        List<ConsumerRecord<String, byte[]>> everything = readTopic(topic, 2 * 150 + 30, Duration.ofSeconds(30));
        assertThat(everything).hasSize(2 * 150 + 30);
        try (IdempotentConsumer replaying = consumer(topic)) {
            awaitConsumed(CONSUMER, everything);
        }
        assertThat(projectionRows()).isEqualTo(expected);
    }

    private IdempotentConsumer consumer(String topic) {
        return new IdempotentConsumer(dataSource, bootstrap, CONSUMER, List.of(topic), STREAM_TOTAL).start();
    }

    private List<String> appendStreams(int streams, int eventsPerStream) throws Exception {
        List<String> rows = new ArrayList<>();
        for (int s = 0; s < streams; s++) {
            UUID stream = UUID.randomUUID();
            for (int v = 0; v < eventsPerStream; v++) {
                appendInTransaction(stream, v, List.of(amount(2)));
            }
            rows.add(stream + "|" + eventsPerStream + "|" + (2L * eventsPerStream));
        }
        rows.sort(null);
        return rows;
    }

    /** One more event on each existing stream. */
    private List<String> appendMore(List<String> rows) throws Exception {
        List<String> next = new ArrayList<>();
        for (String row : rows) {
            String[] parts = row.split("\\|");
            UUID stream = UUID.fromString(parts[0]);
            int applied = Integer.parseInt(parts[1]);
            appendInTransaction(stream, applied, List.of(amount(3)));
            next.add(stream + "|" + (applied + 1) + "|" + (Long.parseLong(parts[2]) + 3));
        }
        return next;
    }

    private static void awaitProjection(List<String> expected) {
        await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> assertThat(projectionRows()).isEqualTo(expected));
    }

}
