package cn.wanggezhili.consumer;

import cn.wanggezhili.eventstore.NewEvent;
import cn.wanggezhili.sql.Sql;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A reader that wants one event type of a topic passes the others by without a claim, and misses nothing it wants. */
class UnwantedEventsTest extends ConsumerTestSupport {

    static final String CONSUMER = "amounts-only";

    static final EventHandler AMOUNTS_ONLY = new EventHandler() {
        @Override
        public void handle(Connection c, ReceivedEvent event) throws java.sql.SQLException {
            assertThat(event.eventType()).isEqualTo("test.AmountAdded.v1");
            applyAmount(c, event.streamId(), event.payload());
        }

        @Override
        public boolean wants(String eventType) {
            return eventType.equals("test.AmountAdded.v1");
        }
    };

    @Test
    void unwanted_versions_are_skipped_without_a_claim_and_later_wanted_ones_still_apply() throws Exception {
        String topic = uniqueTopic("unwanted");
        List<UUID> streams = new ArrayList<>();
        for (int s = 0; s < 10; s++) {
            UUID stream = UUID.randomUUID();
            appendInTransaction(stream, 0, List.of(amount(2), noted()));
            streams.add(stream);
        }
        publishAll(topic);
        try (IdempotentConsumer consumer = new IdempotentConsumer(dataSource, bootstrap, CONSUMER, List.of(topic), AMOUNTS_ONLY).start()) {
            awaitConsumed(CONSUMER, readTopic(topic, 20, Duration.ofSeconds(30)));
            assertThat(count("select count(*) from consumer_stream_position where consumer = '" + CONSUMER + "' and version = 1"))
                    .as("each stream claimed at its wanted version 1, not at the unwanted 2").isEqualTo(10);

            for (UUID stream : streams) {
                appendInTransaction(stream, 2, List.of(amount(3)));
            }
            publishAll(topic);
            awaitConsumed(CONSUMER, readTopic(topic, 30, Duration.ofSeconds(30)));
        }
        assertThat(projectionRows()).containsExactlyInAnyOrderElementsOf(streams.stream().map(s -> s + "|2|5").toList());
        assertThat(count("select count(*) from consumer_dead_letter where consumer = '" + CONSUMER + "'")).isZero();
    }

    /** A reader whose wanted types are rows of its own table, read once a poll (as scoring reads its triggers). */
    static final EventHandler WANTS_WHAT_ITS_TABLE_SAYS = new EventHandler() {
        private Set<String> wanted = Set.of();

        @Override
        public void beginPoll(Connection c) throws SQLException {
            wanted = new HashSet<>(Sql.list(c, "select event_type from unwanted_test_type", rs -> rs.getString(1)));
        }

        @Override
        public boolean wants(String eventType) {
            return wanted.contains(eventType);
        }

        @Override
        public void handle(Connection c, ReceivedEvent event) throws SQLException {
            Sql.update(c, "insert into unwanted_test_handled (event_id) values (?)", event.eventId());
        }
    };

    @Test
    void a_type_that_becomes_wanted_is_handled_from_the_next_poll_on() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists unwanted_test_type (event_type text primary key)");
            s.execute("create table if not exists unwanted_test_handled (event_id uuid primary key)");
            s.execute("truncate unwanted_test_type, unwanted_test_handled");
        }
        String consumer = "wants-what-its-table-says";
        String topic = uniqueTopic("wanted-later");
        for (int i = 0; i < 5; i++) {
            appendInTransaction(UUID.randomUUID(), 0, List.of(noted()));
        }
        publishAll(topic);
        try (IdempotentConsumer reader = new IdempotentConsumer(dataSource, bootstrap, consumer, List.of(topic), WANTS_WHAT_ITS_TABLE_SAYS).start()) {
            awaitConsumed(consumer, readTopic(topic, 5, Duration.ofSeconds(30)));
            assertThat(count("select count(*) from unwanted_test_handled")).as("no one wanted them yet").isZero();
            assertThat(count("select count(*) from consumer_stream_position where consumer = '" + consumer + "'")).isZero();

            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("insert into unwanted_test_type values ('test.Noted.v1')");
            }
            for (int i = 0; i < 5; i++) {
                appendInTransaction(UUID.randomUUID(), 0, List.of(noted()));
            }
            publishAll(topic);
            awaitConsumed(consumer, readTopic(topic, 10, Duration.ofSeconds(30)));
        }
        assertThat(count("select count(*) from unwanted_test_handled")).as("the five published after the type became wanted").isEqualTo(5);
    }

    private static NewEvent noted() {
        return new NewEvent(UUID.randomUUID(), "test.Noted.v1", "141081001001", Instant.parse("2026-11-27T08:00:00Z"), "{\"note\":\"x\"}");
    }
}
