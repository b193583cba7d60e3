package cn.wanggezhili.eventstore;

import cn.wanggezhili.testing.TestServers;
import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Real Postgres for the event store's tests (and those of the relay and the consumer, through this module's test
 * jar), and a tiny projection to observe effects: per stream, how many "amount" events were applied and their sum.
 */
public abstract class EventStoreTestSupport {

    protected static final String DATABASE = "eventstore_test";
    protected static AgroalDataSource dataSource;
    protected final EventStore store = new EventStore();

    @BeforeAll
    protected static void servers() throws SQLException {
        if (dataSource == null) {
            TestServers.freshDatabase(DATABASE);
            AgroalDataSource pool = TestServers.dataSource(DATABASE, 24);
            EventStoreSchema.migrate(pool);
            try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
                s.execute("""
                        create table stream_total (
                            stream_id uuid primary key, applied integer not null, total bigint not null)
                        """);
            }
            dataSource = pool;
        }
    }


    @AfterAll
    protected static void keepPoolForOtherClasses() {
        // the pool lives for the JVM; one database serves all classes of this module
    }

    @BeforeEach
    protected void emptyTables() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate events, relay_checkpoint, consumer_stream_position, consumer_offset, consumer_dead_letter, inbox, stream_total");
        }
    }

    protected static NewEvent amount(int amount) {
        return new NewEvent(UUID.randomUUID(), "test.AmountAdded.v1", "141081001001", Instant.parse("2026-11-27T08:00:00Z"),
                "{\"amount\":" + amount + "}");
    }

    /** Appends in its own transaction, as a command handler would. */
    protected List<StoredEvent> appendInTransaction(UUID stream, int expectedVersion, List<NewEvent> events) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<StoredEvent> stored = store.append(c, stream, "test", expectedVersion, events);
                c.commit();
                return stored;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    protected static void applyAmount(Connection c, UUID stream, String payload) throws SQLException {
        int amount = Integer.parseInt(payload.replaceAll("\\D+", ""));
        try (PreparedStatement ps = c.prepareStatement("""
                insert into stream_total (stream_id, applied, total) values (?, 1, ?)
                on conflict (stream_id) do update set applied = stream_total.applied + 1,
                                                      total = stream_total.total + excluded.total
                """)) {
            ps.setObject(1, stream);
            ps.setLong(2, amount);
            ps.executeUpdate();
        }
    }

    protected static List<String> projectionRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select stream_id, applied, total from stream_total order by stream_id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + "|" + rs.getInt(2) + "|" + rs.getLong(3));
            }
        }
        return rows;
    }

    protected static long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
