package cn.wanggezhili.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * Watches, while a run goes, for transactions of other databases on the same Postgres server that hold a
 * transaction id. The relay publishes only events below {@code pg_snapshot_xmin(pg_current_snapshot())}, and that
 * horizon is the whole server's: while any such transaction is open, nothing committed after it started is
 * published, whatever database it is in. Sampled every 50 ms, so shorter ones are mostly missed; the age is since
 * the transaction's start, an upper bound on how long it held its id.
 */
final class XminHolders implements AutoCloseable {

    private static final Duration EVERY = Duration.ofMillis(50);
    private static final String HOLDERS = """
            select pid, backend_xid::text, extract(epoch from clock_timestamp() - xact_start) * 1000
              from pg_stat_activity
             where backend_xid is not null and datname is distinct from current_database()
            """;

    private final Connection connection;
    private final Map<String, Double> longestByTransaction = new ConcurrentHashMap<>();
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** {@code connection}: its own, to the bench database, closed with this watch. */
    XminHolders(Connection connection) {
        this.connection = connection;
        this.thread = new Thread(this::run, "xmin-holders");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try (PreparedStatement ps = connection.prepareStatement(HOLDERS)) {
            while (running) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        longestByTransaction.merge(rs.getLong(1) + ":" + rs.getString(2), rs.getDouble(3), Math::max);
                    }
                }
                LockSupport.parkNanos(EVERY.toNanos());
            }
        } catch (SQLException e) {
            failure.set(e);
        }
    }

    /** Stops watching: how many such transactions were seen, how many lasted 100 ms or more, the longest. */
    Summary stop() throws InterruptedException, SQLException {
        running = false;
        thread.join();
        connection.close();
        if (failure.get() != null) {
            throw new IllegalStateException("watching other databases' transactions failed", failure.get());
        }
        return new Summary(longestByTransaction.size(),
                longestByTransaction.values().stream().filter(ms -> ms >= 100).count(),
                longestByTransaction.values().stream().mapToDouble(Double::doubleValue).max().orElse(0));
    }

    @Override
    public void close() throws SQLException {
        running = false;
        connection.close();
    }

    record Summary(int seen, long atLeast100Ms, double longestMillis) {

        String markdown() {
            return seen == 0 ? "none seen" : String.format("%d seen, %d ≥ 100 ms, longest %.0f ms", seen, atLeast100Ms, longestMillis);
        }
    }
}
