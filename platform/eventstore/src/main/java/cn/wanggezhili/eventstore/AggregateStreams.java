package cn.wanggezhili.eventstore;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One kind of aggregate's streams: its domain events read back from and appended to the event table as JSON,
 * each stamped with an id, a time and the grid code it concerns. Services keep one per aggregate type.
 */
public final class AggregateStreams<E> {

    private final EventStore store;
    private final EventCodec<E> codec;
    private final String streamType;
    private final Function<E, String> gridCode;

    public AggregateStreams(EventStore store, EventCodec<E> codec, String streamType, Function<E, String> gridCode) {
        this.store = store;
        this.codec = codec;
        this.streamType = streamType;
        this.gridCode = gridCode;
    }

    /** The stream's events in version order; empty for a stream never written. */
    public List<E> load(Connection c, UUID streamId) {
        return store.load(c, streamId).stream().map(e -> codec.fromJson(e.eventType(), e.payload())).toList();
    }

    /** Appends at {@code expectedVersion}; a concurrent writer makes this a {@link ConcurrencyConflict}. */
    public List<StoredEvent> append(Connection c, UUID streamId, int expectedVersion, List<? extends E> events,
                                    Instant at, Supplier<UUID> ids) {
        List<NewEvent> batch = events.stream()
                .map(e -> new NewEvent(ids.get(), codec.typeName(e), gridCode.apply(e), at, codec.toJson(e)))
                .toList();
        return store.append(c, streamId, streamType, expectedVersion, batch);
    }

    public EventCodec<E> codec() {
        return codec;
    }
}
