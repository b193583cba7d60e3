package cn.wanggezhili.livestream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.Cancellable;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import cn.wanggezhili.eventstore.EventCursor;
import cn.wanggezhili.eventstore.EventFilter;
import cn.wanggezhili.eventstore.StoredEvent;
import org.jboss.logging.Logger;

/**
 * One tail reader per process for every live stream: while any subscriber is connected, it reads the committed events
 * after the newest cursor it has seen every poll interval (one read per tick, more only while a full batch comes back)
 * and hands each batch to every subscriber, which keeps those of its filter. When this process commits events itself
 * ({@link #wake}) it reads at once instead of at the next tick.
 *
 * <p>A subscriber first catches up with reads of its own from where it resumes. Before each of those reads it is
 * registered with the tail, so every batch the tail reads from then on reaches its inbox; when one of its reads comes
 * back short of a full batch it has everything up to that read's horizon, and the inbox has everything the tail read
 * after the registration, which began below that horizon: together they leave no gap, and events already handed out
 * (cursor not after the subscriber's) are skipped, so none comes twice. From then on it is live and reads nothing itself.
 *
 * <p>The inbox is bounded: a subscriber that does not take its events (a slow screen) loses its inbox and its place at
 * the tail, and catches up by itself again from the last event it was handed. The tail never waits for a subscriber.
 */
public final class EventFanOut implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(EventFanOut.class);

    /** Reads per tick while the tail keeps getting full batches (a backlog after a burst); the next tick goes on. */
    private static final int MAX_READS_PER_TICK = 10;

    /**
     * Wake-up reads begin at least this far apart: a busy consumer commits a poll every few milliseconds, and each read
     * after new events also asks for the read horizon (pg_stat_activity); a read per commit cost Postgres ~0.08 cores
     * at 200 commands/s in the suite bench. Events wait at most this long for the next wake-up read.
     */
    private static final long WAKE_GAP_NANOS = Duration.ofMillis(10).toNanos();

    private final CommittedReads reads;
    private final Duration pollInterval;
    private final int batchSize;
    private final int inboxCapacity;
    private final Executor worker;

    private final Set<Subscriber> registered = new LinkedHashSet<>();
    /** Where the tail is; null while nobody is connected (it then starts at the newest committed event). */
    private EventCursor tail;
    /** Bumped whenever the tail stops or restarts, so that a read begun before is not applied after. */
    private long generation;
    private Cancellable ticking;
    /** A wake-up's read is queued and has not begun: further wake-ups until then add nothing. */
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    /** When the last wake-up read began (System.nanoTime). */
    private volatile long lastWakeRead = System.nanoTime() - WAKE_GAP_NANOS;

    /**
     * @param batchSize     events per read, for the tail and for catching up
     * @param inboxCapacity events waiting per subscriber before it falls back to catching up by itself
     * @param worker        where reads run (never an event loop)
     */
    public EventFanOut(CommittedReads reads, Duration pollInterval, int batchSize, int inboxCapacity, Executor worker) {
        this.reads = reads;
        this.pollInterval = pollInterval;
        this.batchSize = batchSize;
        this.inboxCapacity = inboxCapacity;
        this.worker = worker;
    }

    /** The committed events after {@code resumeAfter} that {@code filter} keeps, in commit order, live until cancelled. */
    public Multi<StoredEvent> subscribe(EventCursor resumeAfter, EventFilter filter) {
        return Multi.createFrom().deferred(() -> {
            Subscriber s = new Subscriber(resumeAfter, filter);
            return Multi.createBy().repeating().uni(s::next).indefinitely()
                    .onItem().<StoredEvent>disjoint()
                    .onTermination().invoke(() -> leave(s));
        });
    }

    /** How many subscribers the tail serves now (those catching up after an overflow are not counted). */
    public synchronized int registeredSubscribers() {
        return registered.size();
    }

    /**
     * This process committed events (its consumer applied a poll, say): reads the tail now, or {@link #WAKE_GAP_NANOS}
     * after the last wake-up read if that was more recent, rather than at the next tick, so that screens see them
     * without waiting up to a poll interval. Wake-ups while one read is queued make that one read; a read that finds
     * nothing new is one index probe. Events other processes commit come with the ticks.
     */
    public void wake() {
        synchronized (this) {
            if (tail == null) {
                return; // nobody connected: nothing to read for
            }
        }
        if (wakeQueued.compareAndSet(false, true)) {
            Runnable read = () -> {
                wakeQueued.set(false);
                lastWakeRead = System.nanoTime();
                pollLogged();
            };
            long wait = lastWakeRead + WAKE_GAP_NANOS - System.nanoTime();
            (wait <= 0 ? worker : CompletableFuture.delayedExecutor(wait, TimeUnit.NANOSECONDS, worker)).execute(read);
        }
    }

    @Override
    public synchronized void close() {
        registered.clear();
        stopTail();
    }

    /**
     * One tick of the tail: reads what committed since the last one and hands it to every registered subscriber. A tick
     * and a wake-up may read at the same time: the first to come back moves the tail, the other drops its batch and
     * reads on from there.
     */
    void poll() {
        for (int i = 0; i < MAX_READS_PER_TICK; i++) {
            EventCursor from;
            long started;
            synchronized (this) {
                if (tail == null) {
                    return;
                }
                from = tail;
                started = generation;
            }
            List<StoredEvent> batch = reads.after(from, EventFilter.ALL, batchSize);
            if (batch.isEmpty()) {
                return;
            }
            List<Subscriber> toWake = new ArrayList<>();
            synchronized (this) {
                if (generation != started) {
                    return; // the tail stopped (or restarted) meanwhile
                }
                if (!from.equals(tail)) {
                    continue; // another read moved the tail meanwhile: read on from where it is
                }
                tail = batch.get(batch.size() - 1).cursor();
                for (var it = registered.iterator(); it.hasNext(); ) {
                    Subscriber s = it.next();
                    switch (s.offer(batch)) {
                        case OVERFLOWED -> {
                            it.remove();
                            toWake.add(s);
                        }
                        case WAKE -> toWake.add(s);
                        case NOTHING -> { }
                    }
                }
                if (registered.isEmpty()) {
                    stopTail();
                }
            }
            toWake.forEach(Subscriber::wake);
            if (batch.size() < batchSize) {
                return;
            }
        }
    }

    /** Registers a subscriber with the tail (starting the tail for the first); returns its registration. */
    private synchronized long register(Subscriber s) {
        if (s.hungUp()) {
            return -1; // it hung up while catching up: it must not keep the tail running
        }
        if (tail == null) {
            tail = reads.newest();
            generation++;
            startTail();
        }
        registered.add(s);
        return s.registered();
    }

    private void leave(Subscriber s) {
        s.hangUp();
        synchronized (this) {
            registered.remove(s);
            if (registered.isEmpty()) {
                stopTail();
            }
        }
        s.wake();
    }

    private void startTail() {
        if (pollInterval == null) {
            return; // ticked by hand (tests)
        }
        ticking = Multi.createFrom().ticks().startingAfter(pollInterval).every(pollInterval)
                .onOverflow().drop()
                .emitOn(worker)
                .subscribe().with(tick -> pollLogged(), failure -> LOG.error("event stream tail stopped", failure));
    }

    private void pollLogged() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("event stream tail read failed; retrying at the next tick", e);
        }
    }

    private void stopTail() {
        if (ticking != null) {
            ticking.cancel();
            ticking = null;
        }
        tail = null;
        generation++;
    }

    private enum Offered { NOTHING, WAKE, OVERFLOWED }

    /** One connected stream: its filter, the last event handed out, and its inbox while live at the tail. */
    private final class Subscriber {

        private final EventFilter filter;
        private final ArrayDeque<StoredEvent> inbox = new ArrayDeque<>();
        private EventCursor handedOut;
        /** Whether the inbox gets the tail's batches, and since which registration (bumped when it overflows). */
        private boolean atTail;
        private long registration;
        private boolean live;
        private CompletableFuture<Void> waiting;
        private boolean hungUp;

        Subscriber(EventCursor resumeAfter, EventFilter filter) {
            this.handedOut = resumeAfter;
            this.filter = filter;
        }

        /** The next events to hand out (possibly none, after a wake-up that brought nothing new). */
        Uni<List<StoredEvent>> next() {
            CompletableFuture<Void> wait;
            synchronized (this) {
                if (!live) {
                    return Uni.createFrom().item(this::catchUp).runSubscriptionOn(worker);
                }
                List<StoredEvent> ready = drain();
                if (!ready.isEmpty()) {
                    return Uni.createFrom().item(ready);
                }
                wait = waiting = new CompletableFuture<>();
            }
            return Uni.createFrom().completionStage(wait).replaceWith(List.<StoredEvent>of());
        }

        /** One read of its own; when it comes back short while registered throughout, the subscriber is live. */
        private List<StoredEvent> catchUp() {
            long since;
            synchronized (this) {
                since = atTail ? registration : -1;
            }
            if (since < 0) {
                since = register(this);
            }
            EventCursor from;
            synchronized (this) {
                from = handedOut;
            }
            List<StoredEvent> batch = reads.after(from, filter, batchSize);
            synchronized (this) {
                if (!batch.isEmpty()) {
                    handedOut = batch.get(batch.size() - 1).cursor();
                }
                if (batch.size() < batchSize && atTail && registration == since) {
                    live = true;
                }
            }
            return batch;
        }

        synchronized void hangUp() {
            hungUp = true;
        }

        synchronized boolean hungUp() {
            return hungUp;
        }

        /** Called by {@link #register} under the fan-out's lock. */
        synchronized long registered() {
            atTail = true;
            registration++;
            return registration;
        }

        /** Called by the tail under the fan-out's lock: keeps the batch's events of this filter. */
        synchronized Offered offer(List<StoredEvent> batch) {
            int before = inbox.size();
            for (StoredEvent e : batch) {
                if (matches(e)) {
                    inbox.add(e);
                }
            }
            if (inbox.size() > inboxCapacity) {
                inbox.clear();
                atTail = false;
                live = false;
                return Offered.OVERFLOWED;
            }
            return inbox.size() > before && waiting != null ? Offered.WAKE : Offered.NOTHING;
        }

        /** Completes a pending wait on a worker thread, so that no subscriber's delivery runs on the tail's. */
        void wake() {
            CompletableFuture<Void> w;
            synchronized (this) {
                w = waiting;
                waiting = null;
            }
            if (w != null) {
                worker.execute(() -> w.complete(null));
            }
        }

        private List<StoredEvent> drain() {
            List<StoredEvent> ready = new ArrayList<>(inbox.size());
            for (StoredEvent e; (e = inbox.poll()) != null; ) {
                if (e.cursor().compareTo(handedOut) > 0) {
                    ready.add(e);
                    handedOut = e.cursor();
                }
            }
            return ready;
        }

        /** The same choice as the committed read's filter: grid code prefix (or a unit above) and event types. */
        private boolean matches(StoredEvent e) {
            return filter.matches(e.gridCode(), e.eventType());
        }
    }
}
