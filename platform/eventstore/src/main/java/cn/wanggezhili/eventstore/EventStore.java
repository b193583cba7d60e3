package cn.wanggezhili.eventstore;

import cn.wanggezhili.sql.Sql;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Appends to and reads from the event table on the caller's connection, so that an append commits or rolls back
 * together with whatever else the caller writes (its read model, its idempotency record).
 */
public final class EventStore {

    private static final String APPEND = """
            insert into events (event_id, stream_id, stream_type, version, event_type, grid_code, occurred_at, payload)
            select e.event_id, ?, ?, e.version, e.event_type, e.grid_code, e.occurred_at, e.payload::jsonb
              from unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::timestamptz[], ?::text[])
                   as e(event_id, version, event_type, grid_code, occurred_at, payload)
            returning position, transaction_id::text, event_id
            """;

    /** The common case, one event per command: no arrays to encode and unnest. */
    private static final String APPEND_ONE = """
            insert into events (event_id, stream_id, stream_type, version, event_type, grid_code, occurred_at, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            returning position, transaction_id::text, event_id
            """;

    /** A copy of another store's event at the version it has there, unless this store holds that version already. */
    private static final String APPEND_IF_NEW = """
            insert into events (event_id, stream_id, stream_type, version, event_type, grid_code, occurred_at, payload)
            values (?, ?, ?, ?, ?, ?, ?, ?::jsonb)
            on conflict on constraint events_stream_version_unique do nothing
            returning position, transaction_id::text, event_id
            """;

    private static final String COLUMNS = """
            position, transaction_id::text as txid, event_id, stream_id, stream_type, version, event_type,
            grid_code, occurred_at, payload::text as payload
            """;

    private static final String LOAD_STREAM = "select " + COLUMNS + " from events where stream_id = ? order by version";

    private static final String STREAM_VERSION = "select coalesce(max(version), 0) from events where stream_id = ?";

    /**
     * The read horizon: reads in commit order pass no transaction that may still commit below it, so they have no
     * gaps. Only events of transactions older than every transaction that may still commit here. The server-wide
     * {@code pg_snapshot_xmin} would also wait for transactions of the other databases on the
     * same server (other services' plan runs, onboardings, migrations), which cannot write to this table; so the
     * horizon is the oldest running transaction id not known to belong to another database (ADR 0005). A running id
     * that pg_stat_activity no longer lists (it ended meanwhile) or does not show (no privilege) still counts.
     */
    private static final String HORIZON = """
            with snapshot as (select pg_current_snapshot() as s)
            select least(pg_snapshot_xmax(s), (
                       select min(running) from pg_snapshot_xip(s) running
                        where not exists (select 1 from pg_stat_activity a
                                           where a.backend_xid = xid(running)
                                             and a.datname <> current_database())))::text
              from snapshot
            """;

    /**
     * The read below a horizon, a statement of its own: the horizon's statement has no parameters, so the server plans
     * it once per connection; joined to this one, whose parameters make the server plan afresh at every execution, it
     * was planned (pg_stat_activity's view and all) at every poll, a third of the server's work under load.
     */
    private static final String READ_BELOW = "select " + COLUMNS + """
             from events
            where (transaction_id, position) > (?::text::xid8, ?)
              and transaction_id < ?::text::xid8
              and (?::text is null or grid_code like ? or grid_code = any(?::text[]))
              and (?::text[] is null or event_type = any(?::text[]))
            order by transaction_id, position
            limit ?
            """;

    /**
     * Whether anything at all lies after a cursor: one index probe. Idle relays and live streams poll many times a
     * second; the horizon above reads pg_stat_activity, which costs the server far more (six idle services spent half
     * a core on it), so it is only asked when there is something to read. Not {@code exists (...)}: under a generic
     * plan the planner expects a third of the table after any cursor and scans the table for the first row, which at
     * the tail (nothing after) reads all of it; the ordered limit keeps it on the commit-order index.
     */
    static final String ANY_AFTER = """
            select 1 from events where (transaction_id, position) > (?::text::xid8, ?)
             order by transaction_id, position limit 1
            """;

    private static final String UNIQUE_VIOLATION = "23505";

    /**
     * Appends {@code events} to a stream that the caller saw at {@code expectedVersion} (0: a new stream).
     * Another writer having appended since is a {@link ConcurrencyConflict}; the caller's transaction is then unusable.
     */
    public List<StoredEvent> append(Connection connection, UUID streamId, String streamType, int expectedVersion,
                                    List<NewEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        try (PreparedStatement ps = events.size() == 1
                ? prepareOne(connection, APPEND_ONE, streamId, streamType, expectedVersion + 1, events.get(0))
                : prepareMany(connection, streamId, streamType, expectedVersion, events)) {
            Map<UUID, long[]> assigned = new HashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assigned.put(rs.getObject(3, UUID.class), new long[] {rs.getLong(1), Long.parseLong(rs.getString(2))});
                }
            }
            List<StoredEvent> stored = new ArrayList<>(events.size());
            for (int i = 0; i < events.size(); i++) {
                NewEvent e = events.get(i);
                long[] at = assigned.get(e.eventId());
                stored.add(new StoredEvent(at[0], at[1], e.eventId(), streamId, streamType, expectedVersion + i + 1,
                        e.eventType(), e.gridCode(), e.occurredAt(), e.payload()));
            }
            return stored;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) && String.valueOf(e.getMessage()).contains("events_stream_version_unique")) {
                throw new ConcurrencyConflict(streamId, expectedVersion, e);
            }
            throw new EventStoreException("append to stream " + streamId + " failed", e);
        }
    }

    /**
     * Records {@code event} as version {@code version} of its stream, as another store numbered it (a read side's
     * journal of other services' events); empty when this store holds that version already. One statement, where
     * asking the stream's version first would be two; a unique violation would end the caller's transaction.
     */
    public Optional<StoredEvent> appendIfNew(Connection connection, UUID streamId, String streamType, int version,
                                                       NewEvent event) {
        try (PreparedStatement ps = prepareOne(connection, APPEND_IF_NEW, streamId, streamType, version, event);
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new StoredEvent(rs.getLong(1), Long.parseLong(rs.getString(2)), event.eventId(), streamId,
                    streamType, version, event.eventType(), event.gridCode(), event.occurredAt(), event.payload()));
        } catch (SQLException e) {
            throw new EventStoreException("append to stream " + streamId + " failed", e);
        }
    }

    private static PreparedStatement prepareOne(Connection c, String sql, UUID streamId, String streamType, int version,
                                                NewEvent e) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.setObject(1, e.eventId());
        ps.setObject(2, streamId);
        ps.setString(3, streamType);
        ps.setInt(4, version);
        ps.setString(5, e.eventType());
        ps.setString(6, e.gridCode());
        ps.setTimestamp(7, Timestamp.from(e.occurredAt()));
        ps.setString(8, e.payload());
        return ps;
    }

    /** Several events in one statement: columns as arrays, unnested by Postgres. */
    private static PreparedStatement prepareMany(Connection c, UUID streamId, String streamType, int expectedVersion,
                                                 List<NewEvent> events) throws SQLException {
        int n = events.size();
        Object[] ids = new Object[n];
        Integer[] versions = new Integer[n];
        String[] types = new String[n];
        String[] gridCodes = new String[n];
        Timestamp[] times = new Timestamp[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            NewEvent e = events.get(i);
            ids[i] = e.eventId();
            versions[i] = expectedVersion + i + 1;
            types[i] = e.eventType();
            gridCodes[i] = e.gridCode();
            times[i] = Timestamp.from(e.occurredAt());
            payloads[i] = e.payload();
        }
        PreparedStatement ps = c.prepareStatement(APPEND);
        ps.setObject(1, streamId);
        ps.setString(2, streamType);
        ps.setArray(3, c.createArrayOf("uuid", ids));
        ps.setArray(4, c.createArrayOf("int4", versions));
        ps.setArray(5, c.createArrayOf("text", types));
        ps.setArray(6, c.createArrayOf("text", gridCodes));
        ps.setArray(7, c.createArrayOf("timestamptz", times));
        ps.setArray(8, c.createArrayOf("text", payloads));
        return ps;
    }

    public List<StoredEvent> load(Connection connection, UUID streamId) {
        try (PreparedStatement ps = connection.prepareStatement(LOAD_STREAM)) {
            ps.setObject(1, streamId);
            return readAll(ps);
        } catch (SQLException e) {
            throw new EventStoreException("load of stream " + streamId + " failed", e);
        }
    }

    public int version(Connection connection, UUID streamId) {
        try (PreparedStatement ps = connection.prepareStatement(STREAM_VERSION)) {
            ps.setObject(1, streamId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new EventStoreException("version of stream " + streamId + " failed", e);
        }
    }

    /** Up to {@code limit} committed events after {@code after} in commit order, matching {@code filter}. */
    public List<StoredEvent> readCommitted(Connection connection, EventCursor after, EventFilter filter, int limit) {
        if (!anyAfter(connection, after)) {
            return List.of();
        }
        String below = horizon(connection);
        try (PreparedStatement ps = Sql.prepare(connection, READ_BELOW)) {
            ps.setString(1, Long.toString(after.transactionId()));
            ps.setLong(2, after.position());
            ps.setString(3, below);
            String like = filter.gridCodePrefix() == null ? null : escapeLike(filter.gridCodePrefix()) + "%";
            ps.setString(4, like);
            ps.setString(5, like);
            ps.setArray(6, connection.createArrayOf("text", filter.unitsAbove().toArray()));
            Array types = filter.eventTypes().isEmpty() ? null
                    : connection.createArrayOf("text", filter.eventTypes().toArray());
            ps.setArray(7, types);
            ps.setArray(8, types);
            ps.setInt(9, limit);
            return readAll(ps);
        } catch (SQLException e) {
            throw new EventStoreException("read after " + after + " failed", e);
        }
    }

    /**
     * Every transaction of this database below the returned id has ended, now and so for any later statement: a read
     * below it in a later snapshot sees all their events (ADR 0005).
     */
    private static String horizon(Connection connection) {
        try (PreparedStatement ps = connection.prepareStatement(HORIZON); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new EventStoreException("read horizon failed", e);
        }
    }

    /** Whether anything committed lies after {@code after}: one index probe on a connection of its own. */
    public boolean anyAfter(DataSource dataSource, EventCursor after) {
        try (Connection c = dataSource.getConnection()) {
            return anyAfter(c, after);
        } catch (SQLException e) {
            throw new EventStoreException("read after " + after + " failed", e);
        }
    }

    private static boolean anyAfter(Connection connection, EventCursor after) {
        try (PreparedStatement ps = connection.prepareStatement(ANY_AFTER)) {
            ps.setString(1, Long.toString(after.transactionId()));
            ps.setLong(2, after.position());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new EventStoreException("read after " + after + " failed", e);
        }
    }

    private static List<StoredEvent> readAll(PreparedStatement ps) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                events.add(new StoredEvent(
                        rs.getLong("position"),
                        Long.parseLong(rs.getString("txid")),
                        rs.getObject("event_id", UUID.class),
                        rs.getObject("stream_id", UUID.class),
                        rs.getString("stream_type"),
                        rs.getInt("version"),
                        rs.getString("event_type"),
                        rs.getString("grid_code"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("payload")));
            }
        }
        return events;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
