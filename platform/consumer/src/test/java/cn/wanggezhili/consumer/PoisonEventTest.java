package cn.wanggezhili.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * An event the projection cannot apply, in the middle of a poll with good ones: the good ones apply, the bad one
 * leaves nothing half-written and waits in the dead letters, and the consumer goes on past it.
 */
class PoisonEventTest extends ConsumerTestSupport {

    static final String CONSUMER = "poison-projection";
    static final int POISON = 13;

    /** Writes its row first, then refuses the amount 13: a failure after a partial write. */
    static final EventHandler REFUSES_13 = (c, event) -> {
        applyAmount(c, event.streamId(), event.payload());
        if (event.payload().replaceAll("\\D+", "").equals(Integer.toString(POISON))) {
            throw new IllegalStateException("amount " + POISON + " is not accepted");
        }
    };

    @Test
    void a_bad_event_goes_to_the_dead_letters_and_the_rest_of_its_batch_applies() throws Exception {
        String topic = uniqueTopic("poison");
        UUID before = UUID.randomUUID();
        UUID poisoned = UUID.randomUUID();
        UUID after = UUID.randomUUID();
        appendInTransaction(before, 0, List.of(amount(1), amount(2)));
        appendInTransaction(poisoned, 0, List.of(amount(POISON)));
        appendInTransaction(poisoned, 1, List.of(amount(4)));
        appendInTransaction(after, 0, List.of(amount(5)));
        // everything committed goes out before the consumer starts, so that one poll holds it all
        publishAll(topic);
        List<ConsumerRecord<String, byte[]>> published = readTopic(topic, 5, Duration.ofSeconds(30));
        try (IdempotentConsumer consumer = new IdempotentConsumer(dataSource, bootstrap, CONSUMER, List.of(topic), REFUSES_13).start()) {
            awaitConsumed(CONSUMER, published);
        }
        List<String> expected = new ArrayList<>(List.of(before + "|2|3", poisoned + "|1|4", after + "|1|5"));
        expected.sort(null);
        assertThat(projectionRows()).as("the bad event's own write is undone, its stream's next event applies").isEqualTo(expected);
        assertThat(deadLetters()).containsExactly("IllegalStateException: amount 13 is not accepted");
    }

    private static List<String> deadLetters() throws SQLException {
        List<String> reasons = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select reason from consumer_dead_letter where consumer = '" + CONSUMER + "'")) {
            while (rs.next()) {
                reasons.add(rs.getString(1));
            }
        }
        return reasons;
    }
}
