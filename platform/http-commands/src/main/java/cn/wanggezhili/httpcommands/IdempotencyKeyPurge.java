package cn.wanggezhili.httpcommands;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import cn.wanggezhili.sql.Database;
import org.jboss.logging.Logger;

/**
 * Deletes answers older than the retention, a batch at a time, so that the table holds about a day of commands
 * rather than every command ever sent (each row may hold a response body). Replicas purging at once only share the work.
 */
@ApplicationScoped
public class IdempotencyKeyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyKeyPurge.class);
    private static final int BATCH = 5000;
    private static final String PURGE = """
            delete from idempotency_key where ctid in (
              select ctid from idempotency_key where created_at <= now() - make_interval(secs => ?)
               limit ? for update skip locked)
            """;

    @Inject
    Database database;

    @Inject
    IdempotencySettings settings;

    @Scheduled(every = "${http-commands.idempotency.purge-interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purgeExpired() {
        int deleted;
        int total = 0;
        do {
            deleted = purgeBatch();
            total += deleted;
        } while (deleted == BATCH);
        if (total > 0) {
            LOG.debugf("purged %d expired idempotency keys", total);
        }
    }

    /** One batch of expired answers deleted; returns how many. */
    public int purgeBatch() {
        return database.run(c -> {
            try (var ps = c.prepareStatement(PURGE)) {
                ps.setDouble(1, settings.retention().toMillis() / 1000.0);
                ps.setInt(2, BATCH);
                return ps.executeUpdate();
            }
        });
    }
}
