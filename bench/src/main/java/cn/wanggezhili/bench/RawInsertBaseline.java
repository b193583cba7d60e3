package cn.wanggezhili.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The floor an event store cannot beat: one plain row per transaction into a table with only a primary key.
 * Same payload, same connection handling, same commit as the candidate.
 */
final class RawInsertBaseline implements Workload {

    private static final String CREATE = """
            create table if not exists raw_event (
                id           uuid        primary key,
                stream_id    uuid        not null,
                event_type   text        not null,
                occurred_at  timestamptz not null,
                payload      jsonb       not null
            )
            """;

    private static final String INSERT =
            "insert into raw_event (id, stream_id, event_type, occurred_at, payload) values (?, ?, ?, ?, ?::jsonb)";

    private final int streamsPerWriter;

    RawInsertBaseline(int streamsPerWriter) {
        this.streamsPerWriter = streamsPerWriter;
    }

    @Override
    public String name() {
        return "baseline: raw insert";
    }

    @Override
    public void reset(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(CREATE);
            s.execute("truncate raw_event");
        }
    }

    @Override
    public Writer newWriter(int writerIndex) {
        WriterStreams streams = new WriterStreams(streamsPerWriter);
        String gridCode = SamplePayload.gridCode(writerIndex);
        return connection -> {
            int s = streams.next();
            try (PreparedStatement ps = connection.prepareStatement(INSERT)) {
                ps.setObject(1, UUID.randomUUID());
                ps.setObject(2, streams.id(s));
                ps.setString(3, SamplePayload.EVENT_TYPE);
                ps.setTimestamp(4, Timestamp.from(Instant.now()));
                ps.setString(5, SamplePayload.of(streams.id(s), gridCode, streams.advance(s, 1)));
                ps.executeUpdate();
            }
        };
    }
}
