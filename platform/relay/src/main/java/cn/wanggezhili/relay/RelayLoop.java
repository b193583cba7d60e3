package cn.wanggezhili.relay;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import org.jboss.logging.Logger;

/** Runs an {@link OutboxRelay} on its own thread (and owns it): at once while there is a backlog, every poll interval when idle. */
public final class RelayLoop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RelayLoop.class);
    private static final Duration BACKOFF = Duration.ofSeconds(1);

    private final OutboxRelay relay;
    private final Duration pollInterval;
    private final Thread thread;
    private volatile boolean running = true;

    public RelayLoop(OutboxRelay relay, Duration pollInterval, String name) {
        this.relay = relay;
        this.pollInterval = pollInterval;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    public RelayLoop start() {
        thread.start();
        return this;
    }

    private void run() {
        while (running) {
            try {
                if (relay.publishBatch() == 0) {
                    LockSupport.parkNanos(pollInterval.toNanos());
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                // the cause says why (a database or broker error); the message alone only says which read failed
                Throwable cause = e.getCause() == null ? e : e.getCause();
                LOG.warnf("relay %s failed, retrying in %d s: %s (%s)", thread.getName(), BACKOFF.toSeconds(), e.getMessage(), cause);
                LockSupport.parkNanos(BACKOFF.toNanos());
            }
        }
    }

    /** Lets the current batch finish (or fail), stops, and closes the relay (another instance may lead then). */
    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(Duration.ofSeconds(10).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            relay.close();
        }
    }
}
