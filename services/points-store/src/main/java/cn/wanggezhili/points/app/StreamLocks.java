package cn.wanggezhili.points.app;

import java.sql.Connection;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;

/**
 * Serialises commands on one account or one item: a transaction-scoped advisory lock taken before the stream is
 * loaded. A redemption must fail only for want of points or stock, never because another one appended first, so
 * the second waits for the first to commit and then decides on fresh state. Locks are always taken in the order
 * redemption, account, item, so two commands never wait on each other.
 */
final class StreamLocks {

    private StreamLocks() {
    }

    static void lock(Connection c, UUID stream) {
        Sql.one(c, "select pg_advisory_xact_lock(?)", rs -> rs.getObject(1), stream.getMostSignificantBits() ^ stream.getLeastSignificantBits());
    }
}
