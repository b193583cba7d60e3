package org.gridsuite.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Two instances of a service run a relay for the same topic: one publishes, the other takes over when it stops. */
class RelayLeadershipTest extends EventStoreTestSupport {

    @Test
    void one_instance_publishes_and_another_takes_over_when_it_stops() throws Exception {
        String topic = uniqueTopic("leadership");
        UUID stream = UUID.randomUUID();
        appendInTransaction(stream, 0, List.of(amount(1), amount(2)));
        try (OutboxRelay first = relay(topic); OutboxRelay second = relay(topic)) {
            assertThat(first.publishBatch()).isEqualTo(2);
            appendInTransaction(stream, 2, List.of(amount(3)));
            for (int i = 0; i < 5; i++) {
                assertThat(second.publishBatch()).as("the standby publishes nothing").isZero();
            }
            assertThat(first.publishBatch()).isEqualTo(1);

            first.close();
            appendInTransaction(stream, 3, List.of(amount(4)));
            // the standby asks for the lock once a second
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(50)).until(() -> second.publishBatch() == 1);
        }
        assertThat(readTopic(topic, 4, Duration.ofSeconds(30))).extracting(r -> header(r, CloudEventHeaders.SEQUENCE))
                .containsExactly("1", "2", "3", "4");
    }
}
