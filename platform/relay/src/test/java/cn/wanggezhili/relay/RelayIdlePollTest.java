package cn.wanggezhili.relay;

import cn.wanggezhili.kafka.CloudEventHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An idle relay only probes for events after the checkpoint it knows; what it must still see: a new event at the
 * next poll, and a checkpoint an operator moved back (everything after it is published again).
 */
class RelayIdlePollTest extends RelayTestSupport {

    @Test
    void an_idle_relay_publishes_a_new_event_at_once_and_follows_a_checkpoint_moved_back() throws Exception {
        String topic = uniqueTopic("idle");
        UUID stream = UUID.randomUUID();
        appendInTransaction(stream, 0, List.of(amount(1), amount(2)));
        try (OutboxRelay relay = relay(topic)) {
            assertThat(relay.publishBatch()).isEqualTo(2);
            assertThat(relay.publishBatch()).as("idle").isZero();

            appendInTransaction(stream, 2, List.of(amount(3)));
            assertThat(relay.publishBatch()).as("the next poll after a commit").isEqualTo(1);

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("update relay_checkpoint set last_transaction_id = '0', last_position = 0");
            }
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> relay.publishBatch() == 3);
        }
        assertThat(readTopic(topic, 6, Duration.ofSeconds(30))).extracting(r -> header(r, CloudEventHeaders.SEQUENCE))
                .containsExactly("1", "2", "3", "1", "2", "3");
    }
}
