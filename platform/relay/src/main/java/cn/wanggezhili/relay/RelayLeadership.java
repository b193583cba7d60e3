package cn.wanggezhili.relay;

import cn.wanggezhili.eventstore.EventStoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Which instance of a service publishes its topic: the one holding a session advisory lock on a connection of its
 * own, for as long as that connection lives. When the leader's process dies, Postgres ends its session, the lock is
 * free and a standby takes it at its next attempt. The lock only decides who should publish; the transactional
 * producer's fencing is what makes a leader that lost its lock unable to publish (see {@link OutboxRelay}).
 */
final class RelayLeadership implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayLeadership.class);

    private static final String TRY_LOCK = "select pg_try_advisory_lock(hashtext(?))";
    private static final String UNLOCK = "select pg_advisory_unlock(hashtext(?))";

    /** A standby asks for the lock, and the leader checks its connection, this often. */
    private static final long CHECK_NANOS = Duration.ofSeconds(1).toNanos();

    private final DataSource dataSource;
    private final String name;
    private Connection held;
    private long lastCheck = System.nanoTime() - CHECK_NANOS;

    RelayLeadership(DataSource dataSource, String name) {
        this.dataSource = dataSource;
        this.name = name;
    }

    /** Whether this instance leads now: a standby tries the lock, a leader looks at its lock's connection (each at most once a second). */
    boolean lead() {
        boolean due = System.nanoTime() - lastCheck >= CHECK_NANOS;
        if (held != null) {
            if (due) {
                lastCheck = System.nanoTime();
                confirm();
            }
            return held != null;
        }
        if (!due) {
            return false;
        }
        lastCheck = System.nanoTime();
        tryAcquire();
        return held != null;
    }

    private void tryAcquire() {
        Connection c = null;
        try {
            c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement(TRY_LOCK)) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        held = c;
                        LOG.infof("%s: this instance publishes now", name);
                        return;
                    }
                }
            }
            c.close();
        } catch (SQLException e) {
            discard(c);
            throw new EventStoreException("cannot ask for the lock of " + name, e);
        }
    }

    /** A lock whose connection died is gone (another instance may hold it now): step down. */
    private void confirm() {
        boolean alive;
        try {
            alive = held.isValid(5);
        } catch (SQLException e) {
            alive = false;
        }
        if (!alive) {
            LOG.warnf("%s: the lock's connection is gone; this instance stops publishing", name);
            discard(held);
            held = null;
        }
    }

    /** Steps down: unlocks (the connection goes back to a pool, which would otherwise keep the lock) and lets go. */
    @Override
    public void close() {
        if (held == null) {
            return;
        }
        boolean unlocked = false;
        try (PreparedStatement ps = held.prepareStatement(UNLOCK)) {
            ps.setString(1, name);
            ps.execute();
            unlocked = true;
        } catch (SQLException e) {
            LOG.debugf("%s: unlock failed (%s); the connection is discarded", name, e.getMessage());
        }
        if (unlocked) {
            closeQuietly(held);
        } else {
            discard(held);
        }
        held = null;
    }

    /** A broken connection must not go back to a pool as if it were sound: aborted, a pool destroys it on close. */
    private static void discard(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.abort(Runnable::run);
        } catch (SQLException e) {
            LOG.debugf("abort failed (%s)", e.getMessage());
        }
        closeQuietly(c);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // already broken
        }
    }
}
