package cn.wanggezhili.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.NewEvent;

/**
 * Fills the event table before the relay bench. Loading is not what is measured, so it batches: several streams
 * of many events per transaction, each stream appended through {@link EventStore#append} like real events.
 */
final class EventPreloader {

    private final DataSource dataSource;
    private final EventStore store;
    private final int eventsPerStream;
    private final int streamsPerTransaction;

    EventPreloader(DataSource dataSource, EventStore store, int eventsPerStream, int streamsPerTransaction) {
        this.dataSource = dataSource;
        this.store = store;
        this.eventsPerStream = eventsPerStream;
        this.streamsPerTransaction = streamsPerTransaction;
    }

    /** Appends {@code total} events; returns the seconds it took. */
    double load(int total) throws SQLException {
        long start = System.nanoTime();
        int loaded = 0;
        int stream = 0;
        while (loaded < total) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                for (int s = 0; s < streamsPerTransaction && loaded < total; s++, stream++) {
                    int n = Math.min(eventsPerStream, total - loaded);
                    store.append(c, UUID.randomUUID(), "task", 0, events(stream, n));
                    loaded += n;
                }
                c.commit();
            }
        }
        vacuum();
        return (System.nanoTime() - start) / 1e9;
    }

    /**
     * An autovacuum of the fresh 100k rows would otherwise start during some measured run and slow it down (seen:
     * one relay run at half the speed of the others, its Postgres CPU per event doubled).
     */
    private void vacuum() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("vacuum (analyze) events");
        }
    }

    private static List<NewEvent> events(int stream, int n) {
        String gridCode = SamplePayload.gridCode(stream);
        UUID taskId = UUID.randomUUID();
        Instant at = Instant.parse("2026-11-27T08:00:00Z");
        List<NewEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            events.add(new NewEvent(UUID.randomUUID(), SamplePayload.EVENT_TYPE, gridCode, at.plusSeconds(i),
                    SamplePayload.of(taskId, gridCode, i + 1)));
        }
        return events;
    }
}
