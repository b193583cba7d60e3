package cn.wanggezhili.consumer;

import cn.wanggezhili.eventstore.ConcurrencyConflict;
import cn.wanggezhili.eventstore.EventsCommitted;
import cn.wanggezhili.sql.Database;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Works the service's inboxes (ADR 0008): each note in a transaction of its own, at once after a consumer's poll
 * committed and on a sweep for what failed or another instance left. Safe in every instance at once: notes are read
 * without locks, and of two instances working one note the second's append conflicts and changes nothing.
 */
@ApplicationScoped
public class InboxRunner {

    private static final Logger LOG = Logger.getLogger(InboxRunner.class);
    private static final int BATCH = 200;

    @Inject
    Instance<InboxWork> works;

    @Inject
    Database database;

    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "inbox-runner");
        thread.setDaemon(true);
        return thread;
    });

    @Scheduled(every = "${eventstore.inbox.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        runAll();
    }

    /** A consumer noted work and committed: work it now, off the consumer's thread, one queued run at a time. */
    void onCommit(@Observes EventsCommitted signal) {
        if (Inbox.takeNoted() && wakeQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                wakeQueued.set(false);
                runAll();
            });
        }
    }

    /** Works what is due in every inbox; returns how many notes were done. Tests and operators may call it. */
    public synchronized int runAll() {
        int done = 0;
        for (InboxWork work : works) {
            done += run(work);
        }
        return done;
    }

    private int run(InboxWork work) {
        List<InboxItem> due = database.run(c -> Inbox.due(c, work.inbox(), BATCH));
        int done = 0;
        for (InboxItem item : due) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    work.handle(item);
                    database.run(c -> Inbox.done(c, item));
                });
                done++;
            } catch (ConcurrencyConflict e) {
                LOG.debugf("inbox %s: %s changed meanwhile, next run looks again", item.inbox(), item.key());
            } catch (RuntimeException e) {
                LOG.warnf("inbox %s: work on %s failed (attempt %d), backing off: %s", item.inbox(), item.key(),
                        item.attempts() + 1, e.toString());
                QuarkusTransaction.requiringNew().run(() -> database.run(c -> {
                    Inbox.failed(c, item, e.toString());
                    return null;
                }));
            }
        }
        return done;
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
