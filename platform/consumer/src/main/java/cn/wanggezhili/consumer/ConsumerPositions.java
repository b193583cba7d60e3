package cn.wanggezhili.consumer;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Operator actions on where a consumer stands; run them while the consumer is stopped. */
public final class ConsumerPositions {

    private ConsumerPositions() {
    }

    /** Replay: read every topic again from offset 0. Applied events stay applied (their versions are remembered). */
    public static void replayFromStart(Connection c, String consumer) throws SQLException {
        delete(c, "delete from consumer_offset where consumer = ?", consumer);
    }

    /** Rebuild: forget everything applied, so that a projection emptied by the caller is filled again from 0. */
    public static void forget(Connection c, String consumer) throws SQLException {
        delete(c, "delete from consumer_offset where consumer = ?", consumer);
        delete(c, "delete from consumer_stream_position where consumer = ?", consumer);
    }

    private static void delete(Connection c, String sql, String consumer) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, consumer);
            ps.executeUpdate();
        }
    }
}
