package cn.wanggezhili.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.NewEvent;

/** The code under test: one event per transaction through {@link EventStore#append} at the known version. */
final class EventStoreAppendCandidate implements Workload {

    private final EventStore store = new EventStore();
    private final int streamsPerWriter;

    EventStoreAppendCandidate(int streamsPerWriter) {
        this.streamsPerWriter = streamsPerWriter;
    }

    @Override
    public String name() {
        return "candidate: EventStore.append";
    }

    @Override
    public void reset(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("truncate events, relay_checkpoint");
        }
    }

    @Override
    public Writer newWriter(int writerIndex) {
        WriterStreams streams = new WriterStreams(streamsPerWriter);
        String gridCode = SamplePayload.gridCode(writerIndex);
        return connection -> {
            int s = streams.next();
            int expected = streams.version(s);
            NewEvent event = new NewEvent(UUID.randomUUID(), SamplePayload.EVENT_TYPE, gridCode, Instant.now(),
                    SamplePayload.of(streams.id(s), gridCode, expected + 1));
            store.append(connection, streams.id(s), "task", expected, List.of(event));
            streams.advance(s, 1);
        };
    }
}
