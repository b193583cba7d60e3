package cn.wanggezhili.relay;

import cn.wanggezhili.kafka.CloudEventHeaders;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Two instances of a service run a relay for the same topic: one publishes, the other takes over when it stops. */
class RelayLeadershipTest extends RelayTestSupport {

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

    @Test
    void when_the_leaders_database_session_dies_an_instance_goes_on_and_readers_see_the_stream_in_order() throws Exception {
        String topic = uniqueTopic("leader-lost");
        UUID stream = UUID.randomUUID();
        appendInTransaction(stream, 0, List.of(amount(1)));
        try (OutboxRelay first = relay(topic); OutboxRelay second = relay(topic)) {
            assertThat(first.publishBatch()).isEqualTo(1);
            assertThat(second.publishBatch()).isZero();

            // the server ends the session that holds the lock (a network cut, a restarted pooler)
            assertThat(count("""
                    select count(pg_terminate_backend(pid)) from pg_locks
                     where locktype = 'advisory' and granted and database = (select oid from pg_database where datname = current_database())
                    """)).isEqualTo(1);
            appendInTransaction(stream, 1, List.of(amount(2), amount(3)));
            // both poll; the first notices within a second that its lock is gone, and one of them takes it
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                    .until(() -> first.publishBatch() + second.publishBatch() > 0);
            appendInTransaction(stream, 3, List.of(amount(4)));
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(50))
                    .until(() -> first.publishBatch() + second.publishBatch() > 0);
        }
        // at least once: a batch the old leader sent just before its successor read the checkpoint may come twice
        List<ConsumerRecord<String, byte[]>> records = readTopic(topic, 4, Duration.ofSeconds(30), true);
        assertThat(records).extracting(r -> header(r, CloudEventHeaders.SEQUENCE)).containsSubsequence("1", "2", "3", "4");
        assertStreamOrder(records);
    }
}
