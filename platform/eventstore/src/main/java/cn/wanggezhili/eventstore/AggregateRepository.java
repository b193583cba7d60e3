package cn.wanggezhili.eventstore;

import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.sql.Database;

/**
 * The one way a service loads an aggregate and appends what it decided:
 * <ol>
 *   <li>{@link #load}: replay the stream's events; an id never written, or the id of another kind of aggregate,
 *       gives the aggregate as it is before its first event (a command then answers 404, never 500);</li>
 *   <li>{@link #append}: append at the version the aggregate was loaded at, so a concurrent writer makes this a
 *       {@link ConcurrencyConflict}, and hand the stored events to the read model in the same transaction.</li>
 * </ol>
 * Deciding happens between the two, in the domain. Without a connection, both work on the {@link Database}'s,
 * which inside a command handler's {@code @Transactional} method is the transaction's own; a consumer passes the
 * connection of its poll's transaction.
 */
public final class AggregateRepository<A, E> {

    /**
     * The service's read model of this aggregate, written in the transaction of the append; it is given the
     * aggregate as it was loaded, so that one that shows the state after the events can evolve it (no second read).
     */
    @FunctionalInterface
    public interface ReadModel<A, E> {

        void apply(Connection c, A before, List<? extends E> events, List<StoredEvent> stored);

        /** A read model kept event by event. */
        static <A, E> ReadModel<A, E> eachEvent(EventProjector<E> projector) {
            return (c, before, events, stored) -> {
                for (int i = 0; i < events.size(); i++) {
                    projector.apply(c, events.get(i), stored.get(i));
                }
            };
        }
    }

    @FunctionalInterface
    public interface EventProjector<E> {
        void apply(Connection c, E event, StoredEvent stored);
    }

    private final EventStore store;
    private final AggregateType<A, E> type;
    private final ReadModel<A, ? super E> readModel;
    private final Clock clock;
    private final Supplier<UUID> ids;
    private final Database database;

    public AggregateRepository(EventStore store, AggregateType<A, E> type, ReadModel<A, ? super E> readModel, Clock clock,
                               Supplier<UUID> ids, Database database) {
        this.store = store;
        this.type = type;
        this.readModel = readModel;
        this.clock = clock;
        this.ids = ids;
        this.database = database;
    }

    public A load(UUID id) {
        return database.run(c -> load(c, id));
    }

    /**
     * The aggregate a command acts on, or {@link NotFound} ("{@code what} id not found", 404) when the stream holds no
     * such aggregate: never written, or another kind of stream.
     */
    public A require(UUID id, String what) {
        return database.run(c -> require(c, id, what));
    }

    public A require(Connection c, UUID id, String what) {
        A aggregate = load(c, id);
        if (type.version().applyAsInt(aggregate) == 0) {
            throw new NotFound(what, id);
        }
        return aggregate;
    }

    public List<StoredEvent> append(A current, List<? extends E> events) {
        return database.run(c -> append(c, current, events));
    }

    public List<StoredEvent> append(A current, List<? extends E> events, Instant at) {
        return database.run(c -> append(c, current, events, at));
    }

    /** The aggregate from its stream's events; as before its first event when the stream holds no such aggregate. */
    public A load(Connection c, UUID id) {
        List<StoredEvent> stored = store.load(c, id);
        if (!stored.isEmpty() && !type.streamType().equals(stored.get(0).streamType())) {
            stored = List.of();
        }
        return type.replay().apply(stored.stream().map(e -> type.codec().fromJson(e.eventType(), e.payload())).toList());
    }

    /** Appends {@code events}, stamped now, to the stream of the first of them; returns them as stored. */
    public List<StoredEvent> append(Connection c, A current, List<? extends E> events) {
        return append(c, current, events, clock.instant());
    }

    /** As above, stamped {@code at}: a step's business time, e.g. a session held yesterday and entered today. */
    public List<StoredEvent> append(Connection c, A current, List<? extends E> events, Instant at) {
        if (events.isEmpty()) {
            return List.of();
        }
        List<NewEvent> batch = events.stream()
                .map(e -> new NewEvent(ids.get(), type.codec().typeName(e), type.gridCode().apply(e), at, type.codec().toJson(e)))
                .toList();
        UUID stream = type.streamId().apply(events.get(0));
        List<StoredEvent> stored = store.append(c, stream, type.streamType(), type.version().applyAsInt(current), batch);
        readModel.apply(c, current, events, stored);
        return stored;
    }

    public AggregateType<A, E> type() {
        return type;
    }
}
