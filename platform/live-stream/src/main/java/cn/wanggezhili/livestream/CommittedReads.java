package cn.wanggezhili.livestream;

import cn.wanggezhili.sql.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import cn.wanggezhili.eventstore.EventCursor;
import cn.wanggezhili.eventstore.EventFilter;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.EventStoreException;
import cn.wanggezhili.eventstore.StoredEvent;

/**
 * The live streams' only access to the event table: committed reads in commit order. A seam, so that tests can count
 * how often the table is read.
 */
public interface CommittedReads {

    /** Up to {@code limit} committed events after {@code after} matching {@code filter}, in commit order. */
    List<StoredEvent> after(EventCursor after, EventFilter filter, int limit);

    /**
     * A cursor at or near the newest committed event, below which nothing can commit any more: where a shared tail
     * reader starts without reading the table's history.
     */
    EventCursor newest();

    static CommittedReads of(DataSource dataSource, EventStore store) {
        return new Database(dataSource, store);
    }

    /** Reads on a connection of the service's pool, in autocommit. */
    final class Database implements CommittedReads {

        /** The newest transaction that left events here, optionally below a transaction id (index events_commit_order). */
        private static final String NEWEST_TRANSACTION = """
                select max(transaction_id)::text from events where (?::text is null or transaction_id < ?::text::xid8)
                """;

        /** Older transactions still running than this are not expected; beyond it the tail starts at the beginning. */
        private static final int MAX_STEPS_BACK = 100;

        private final DataSource dataSource;
        private final EventStore store;

        Database(DataSource dataSource, EventStore store) {
            this.dataSource = dataSource;
            this.store = store;
        }

        @Override
        public List<StoredEvent> after(EventCursor after, EventFilter filter, int limit) {
            try (Connection c = dataSource.getConnection()) {
                return store.readCommitted(c, after, filter, limit);
            } catch (SQLException e) {
                throw new EventStoreException("event stream read failed", e);
            }
        }

        /**
         * The newest transaction's first event, if the committed read reaches it (no older transaction of this database
         * still running); otherwise the transaction before it, and so on. The horizon itself stays in
         * {@link EventStore#readCommitted} (ADR 0005).
         */
        @Override
        public EventCursor newest() {
            try (Connection c = dataSource.getConnection()) {
                String below = null;
                for (int step = 0; step < MAX_STEPS_BACK; step++) {
                    String newest;
                    try (PreparedStatement ps = c.prepareStatement(NEWEST_TRANSACTION)) {
                        ps.setString(1, below);
                        ps.setString(2, below);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            newest = rs.getString(1);
                        }
                    }
                    if (newest == null) {
                        return EventCursor.START;
                    }
                    List<StoredEvent> first = store.readCommitted(c, new EventCursor(Long.parseLong(newest), 0),
                            EventFilter.ALL, 1);
                    if (!first.isEmpty()) {
                        return first.get(0).cursor();
                    }
                    below = newest;
                }
                return EventCursor.START;
            } catch (SQLException e) {
                throw new EventStoreException("newest committed event not found", e);
            }
        }
    }
}
