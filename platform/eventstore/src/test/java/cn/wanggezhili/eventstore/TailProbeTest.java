package cn.wanggezhili.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Relays and live streams ask "anything after my cursor?" many times a second, mostly at the tail where the answer
 * is no. Under the plan the JDBC driver settles on after five executions (a generic plan) that question must stay an
 * index probe: a scan of the table grows with every event ever stored (the command centre's journal cost the server
 * most of a core that way at 50 commands/s).
 */
class TailProbeTest extends EventStoreTestSupport {

    @Test
    void the_probe_at_the_tail_reads_the_commit_order_index_not_the_table() throws SQLException {
        List<NewEvent> many = IntStream.rangeClosed(1, 3000).mapToObj(EventStoreTestSupport::amount).toList();
        List<StoredEvent> stored = appendInTransaction(UUID.randomUUID(), 0, many);
        EventCursor tail = stored.get(stored.size() - 1).cursor();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("analyze events");
            s.execute("set plan_cache_mode = force_generic_plan");
            s.execute("prepare probe(text, bigint) as " + EventStore.ANY_AFTER.replaceFirst("\\?", "\\$1").replaceFirst("\\?", "\\$2"));
            List<String> plan = lines(s, "explain execute probe('%d', %d)".formatted(tail.transactionId(), tail.position()));
            assertThat(String.join("\n", plan)).contains("events_commit_order").doesNotContain("Seq Scan");
            s.execute("deallocate probe");
            s.execute("reset plan_cache_mode");
        }
        try (Connection c = dataSource.getConnection()) {
            assertThat(store.readCommitted(c, tail, EventFilter.ALL, 10)).as("nothing after the tail").isEmpty();
            assertThat(store.readCommitted(c, stored.get(2998).cursor(), EventFilter.ALL, 10))
                    .extracting(StoredEvent::position).containsExactly(tail.position());
        }
    }

    private static List<String> lines(Statement s, String sql) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
        }
        return lines;
    }
}
