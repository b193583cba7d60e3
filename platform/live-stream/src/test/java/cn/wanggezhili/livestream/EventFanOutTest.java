package cn.wanggezhili.livestream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import cn.wanggezhili.eventstore.EventCursor;
import cn.wanggezhili.eventstore.EventFilter;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.EventStoreSchema;
import cn.wanggezhili.eventstore.NewEvent;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live streams of one process share one tail reader: every screen gets exactly the events of its filter in commit
 * order while writers append, one resuming far behind catches up by itself and then joins, a slow one falls back to
 * reading by itself instead of losing events or holding up the others, and the table is read once per tick however
 * many screens are connected (counted at the {@link CommittedReads} seam).
 */
class EventFanOutTest {

    private static final String DATABASE = "eventstore_stream_test";
    private static final List<String> GRID_CODES = List.of("141081001001", "141081001002", "141081002001", "141082001001");
    private static final List<String> TYPES = List.of("test.TaskReported.v1", "test.CaseOpened.v1", "test.PointsCredited.v1");

    /** A screen's "all events": equal to the tail's filter, but not the same instance, so its reads count as its own. */
    private static final EventFilter EVERYTHING = new EventFilter(null, Set.of());

    static AgroalDataSource dataSource;
    static ExecutorService worker;
    final EventStore store = new EventStore();
    CountingReads reads;
    EventFanOut fanOut;
    final List<AssertSubscriber<StoredEvent>> subscribers = new ArrayList<>();

    @BeforeAll
    static void database() {
        TestServers.freshDatabase(DATABASE);
        dataSource = TestServers.dataSource(DATABASE, 20);
        EventStoreSchema.migrate(dataSource);
        worker = Executors.newCachedThreadPool();
    }

    @AfterAll
    static void close() {
        worker.shutdownNow();
        dataSource.close();
    }

    @BeforeEach
    void emptyTable() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("truncate events");
        }
        reads = new CountingReads(CommittedReads.of(dataSource, store));
    }

    @AfterEach
    void hangUp() {
        subscribers.forEach(AssertSubscriber::cancel);
        if (fanOut != null) {
            fanOut.close();
        }
    }

    @Test
    void fifty_screens_with_their_own_filters_each_get_exactly_their_events_in_commit_order_while_writers_append()
            throws Exception {
        fanOut = new EventFanOut(reads, Duration.ofMillis(20), 50, 2000, worker);
        appendConcurrently(4, 20); // history before anyone connects
        List<EventFilter> filters = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            String prefix = i % 5 == 4 ? null : List.of("1410", "141081001", "141081002", "141082").get(i % 4);
            Set<String> types = i % 3 == 0 ? Set.of() : i % 3 == 1 ? Set.of(TYPES.get(0)) : Set.of(TYPES.get(1), TYPES.get(2));
            filters.add(new EventFilter(prefix, types));
        }
        // half connect before the writers start, half while they write
        for (int i = 0; i < 25; i++) {
            connect(EventCursor.START, filters.get(i));
        }
        Future<?> writing = worker.submit(() -> appendConcurrently(4, 60));
        for (int i = 25; i < 50; i++) {
            connect(EventCursor.START, filters.get(i));
        }
        writing.get();

        for (int i = 0; i < 50; i++) {
            List<StoredEvent> expected = readAll(EventCursor.START, filters.get(i));
            AssertSubscriber<StoredEvent> s = subscribers.get(i);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(s.getItems()).hasSameSizeAs(expected));
            assertThat(ids(s.getItems())).as("subscriber %d (%s)", i, filters.get(i)).containsExactlyElementsOf(ids(expected));
        }
        assertThat(fanOut.registeredSubscribers()).isEqualTo(50);
    }

    @Test
    void a_screen_resuming_from_an_old_last_event_id_gets_everything_after_it_exactly_once() throws Exception {
        fanOut = new EventFanOut(reads, Duration.ofMillis(20), 50, 2000, worker);
        appendConcurrently(3, 100); // several catch-up batches of 50
        List<StoredEvent> history = readAll(EventCursor.START, EventFilter.ALL);
        connect(EventCursor.START, EVERYTHING); // the tail is running, ahead of the one resuming
        EventCursor lastSeen = history.get(40).cursor();
        Future<?> writing = worker.submit(() -> appendConcurrently(3, 40));
        AssertSubscriber<StoredEvent> resuming = connect(lastSeen, EVERYTHING);
        writing.get();

        List<StoredEvent> expected = readAll(lastSeen, EventFilter.ALL);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(resuming.getItems()).hasSameSizeAs(expected));
        assertThat(ids(resuming.getItems())).containsExactlyElementsOf(ids(expected)).doesNotHaveDuplicates();
        assertThat(reads.own.get()).as("it read by itself to catch up").isGreaterThan(1);
    }

    @Test
    void the_table_is_read_once_per_tick_whether_one_screen_or_fifty_are_connected() throws Exception {
        assertThat(readsForTicks(1, 10)).isEqualTo(10);
        hangUp();
        subscribers.clear();
        reads = new CountingReads(CommittedReads.of(dataSource, store));
        assertThat(readsForTicks(50, 10)).as("the old stream read 50 times per tick").isEqualTo(10);
    }

    /** Connects screens with mixed filters, lets them go live, then counts the reads of {@code ticks} ticks with new events. */
    private int readsForTicks(int screens, int ticks) throws Exception {
        fanOut = new EventFanOut(reads, null, 200, 2000, worker); // ticked by hand
        appendConcurrently(1, 5);
        for (int i = 0; i < screens; i++) {
            connect(EventCursor.START, new EventFilter(i % 2 == 0 ? "141081" : null, Set.of()));
        }
        // every screen has the newest event once it is live (by its own short read or from the tail)
        StoredEvent marker = append("141081001001", TYPES.get(0)).get(0);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            fanOut.poll();
            assertThat(subscribers).allSatisfy(s -> assertThat(ids(s.getItems())).contains(marker.eventId()));
        });
        int before = reads.all();
        for (int t = 0; t < ticks; t++) {
            StoredEvent e = append(GRID_CODES.get(t % GRID_CODES.size()), TYPES.get(t % TYPES.size())).get(0);
            fanOut.poll();
            boolean forEveryone = e.gridCode().startsWith("141081");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(subscribers)
                    .filteredOn(s -> forEveryone || subscribers.indexOf(s) % 2 == 1)
                    .allSatisfy(s -> assertThat(s.getItems().get(s.getItems().size() - 1).eventId()).isEqualTo(e.eventId())));
        }
        return reads.all() - before;
    }

    @Test
    void a_slow_screen_falls_back_to_reading_by_itself_and_loses_nothing_while_the_others_go_on() throws Exception {
        fanOut = new EventFanOut(reads, null, 200, 10, worker); // ticked by hand, 10 events per inbox
        AssertSubscriber<StoredEvent> fast = connect(EventCursor.START, EVERYTHING);
        AssertSubscriber<StoredEvent> slow = fanOut.subscribe(EventCursor.START, EVERYTHING)
                .subscribe().withSubscriber(AssertSubscriber.create(1));
        subscribers.add(slow);
        StoredEvent first = append("141081001001", TYPES.get(0)).get(0);
        await().untilAsserted(() -> {
            fanOut.poll();
            assertThat(fast.getItems()).extracting(StoredEvent::eventId).contains(first.eventId());
            assertThat(slow.getItems()).extracting(StoredEvent::eventId).contains(first.eventId());
        });

        for (int t = 0; t < 30; t++) {
            append("141081001001", TYPES.get(1));
            fanOut.poll();
        }
        List<StoredEvent> expected = readAll(EventCursor.START, EventFilter.ALL);
        await().untilAsserted(() -> assertThat(fast.getItems()).hasSameSizeAs(expected));
        assertThat(slow.getItems()).hasSize(1);
        assertThat(fanOut.registeredSubscribers()).as("the slow one left the tail").isEqualTo(1);

        int ownBefore = reads.own.get();
        slow.request(Long.MAX_VALUE);
        await().untilAsserted(() -> assertThat(slow.getItems()).hasSameSizeAs(expected));
        assertThat(ids(slow.getItems())).containsExactlyElementsOf(ids(expected));
        assertThat(ids(fast.getItems())).containsExactlyElementsOf(ids(expected));
        assertThat(reads.own.get()).as("it caught up by itself").isGreaterThan(ownBefore);
        assertThat(fanOut.registeredSubscribers()).as("and joined the tail again").isEqualTo(2);
    }

    @Test
    void a_wake_up_hands_what_this_process_committed_to_the_screens_without_waiting_for_a_tick() throws Exception {
        fanOut = new EventFanOut(reads, null, 200, 2000, worker); // no ticks at all: only wake-ups read the tail
        fanOut.wake();
        assertThat(reads.all()).as("a wake-up with no screen connected reads nothing").isZero();

        AssertSubscriber<StoredEvent> screen = connect(EventCursor.START, EVERYTHING);
        StoredEvent first = append("141081001001", TYPES.get(0)).get(0);
        await().untilAsserted(() -> {
            fanOut.poll(); // by hand, so that no wake-up read is still queued after this
            assertThat(ids(screen.getItems())).contains(first.eventId()); // by its own read or the tail's: live now
        });
        StoredEvent next = append("141081002001", TYPES.get(1)).get(0);
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                .until(() -> !ids(screen.getItems()).contains(next.eventId())); // a live screen waits for the tail
        int tailReads = reads.tail.get();

        fanOut.wake();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(ids(screen.getItems())).containsExactly(first.eventId(), next.eventId()));
        assertThat(reads.tail.get()).as("the tail read it").isGreaterThan(tailReads);
    }

    @Test
    void nothing_is_read_once_the_last_screen_hangs_up() throws Exception {
        fanOut = new EventFanOut(reads, Duration.ofMillis(20), 200, 2000, worker);
        AssertSubscriber<StoredEvent> screen = connect(EventCursor.START, EVERYTHING);
        StoredEvent e = append("141081001001", TYPES.get(0)).get(0);
        await().untilAsserted(() -> assertThat(ids(screen.getItems())).contains(e.eventId()));
        await().untilAsserted(() -> assertThat(reads.tail.get()).isGreaterThan(0));

        screen.cancel();
        assertThat(fanOut.registeredSubscribers()).isZero();
        int after = reads.all();
        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> reads.all() == after);

        AssertSubscriber<StoredEvent> again = connect(e.cursor(), EVERYTHING);
        StoredEvent next = append("141081001001", TYPES.get(0)).get(0);
        await().untilAsserted(() -> assertThat(ids(again.getItems())).containsExactly(next.eventId()));
    }

    private AssertSubscriber<StoredEvent> connect(EventCursor after, EventFilter filter) {
        AssertSubscriber<StoredEvent> s = fanOut.subscribe(after, filter).subscribe().withSubscriber(AssertSubscriber.create(Long.MAX_VALUE));
        subscribers.add(s);
        return s;
    }

    /** {@code writers} threads each commit {@code transactions} transactions of one to three events. */
    private void appendConcurrently(int writers, int transactions) {
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            running.add(worker.submit(() -> {
                for (int t = 0; t < transactions; t++) {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    List<NewEvent> events = new ArrayList<>();
                    for (int n = random.nextInt(1, 4); n > 0; n--) {
                        String code = random.nextInt(10) == 0 ? null : GRID_CODES.get(random.nextInt(GRID_CODES.size()));
                        events.add(event(code, TYPES.get(random.nextInt(TYPES.size()))));
                    }
                    append(events);
                }
                return null;
            }));
        }
        for (Future<?> f : running) {
            try {
                f.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private List<StoredEvent> append(String gridCode, String type) {
        return append(List.of(event(gridCode, type)));
    }

    private List<StoredEvent> append(List<NewEvent> events) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<StoredEvent> stored = store.append(c, UUID.randomUUID(), "test", 0, events);
            c.commit();
            return stored;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static NewEvent event(String gridCode, String type) {
        return new NewEvent(UUID.randomUUID(), type, gridCode, Instant.parse("2026-11-27T08:00:00Z"), "{\"n\":1}");
    }

    /** The truth: the committed read with the same filter, all of it. */
    private List<StoredEvent> readAll(EventCursor after, EventFilter filter) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return store.readCommitted(c, after, filter, 100_000);
        }
    }

    private static List<UUID> ids(List<StoredEvent> events) {
        return events.stream().map(StoredEvent::eventId).toList();
    }

    /** Counts the table reads: the tail's (all events) and the subscribers' own (catching up). */
    static final class CountingReads implements CommittedReads {

        final CommittedReads real;
        final AtomicInteger tail = new AtomicInteger();
        final AtomicInteger own = new AtomicInteger();

        CountingReads(CommittedReads real) {
            this.real = real;
        }

        int all() {
            return tail.get() + own.get();
        }

        @Override
        public List<StoredEvent> after(EventCursor after, EventFilter filter, int limit) {
            (filter == EventFilter.ALL ? tail : own).incrementAndGet();
            return real.after(after, filter, limit);
        }

        @Override
        public EventCursor newest() {
            return real.newest();
        }
    }
}
