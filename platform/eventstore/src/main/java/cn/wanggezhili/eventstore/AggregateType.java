package cn.wanggezhili.eventstore;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * What the event store needs to know of one kind of aggregate: the stream type it writes, how its events become
 * JSON, which grid unit each event concerns, which stream an event belongs to, and how the aggregate is rebuilt
 * from its events (the domain's {@code replay}) and at which version it stands.
 *
 * @param <A> the aggregate (a domain record that decides and evolves)
 * @param <E> its sealed event type
 */
public record AggregateType<A, E>(String streamType, EventCodec<E> codec, Function<? super E, String> gridCode,
                                  Function<? super E, UUID> streamId, Function<List<E>, A> replay,
                                  ToIntFunction<? super A> version) {
}
