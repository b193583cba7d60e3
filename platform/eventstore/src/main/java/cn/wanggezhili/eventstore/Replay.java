package cn.wanggezhili.eventstore;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Feeds every committed event of this service's own table, in commit order, to a projection being rebuilt. */
public final class Replay {

    private static final int BATCH = 1000;

    private Replay() {
    }

    public static long all(Connection c, EventStore store, Consumer<StoredEvent> projection) throws SQLException {
        EventCursor cursor = EventCursor.START;
        long count = 0;
        while (true) {
            List<StoredEvent> batch = store.readCommitted(c, cursor, EventFilter.ALL, BATCH);
            if (batch.isEmpty()) {
                return count;
            }
            batch.forEach(projection);
            count += batch.size();
            cursor = batch.get(batch.size() - 1).cursor();
        }
    }
}
