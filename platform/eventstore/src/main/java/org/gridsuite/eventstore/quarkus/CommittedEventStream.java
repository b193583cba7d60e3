package org.gridsuite.eventstore.quarkus;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.gridsuite.eventstore.EventCursor;
import org.gridsuite.eventstore.EventFilter;
import org.gridsuite.eventstore.EventStore;
import org.gridsuite.eventstore.EventStoreException;
import org.gridsuite.eventstore.StoredEvent;

/**
 * A service's committed events as Server-Sent Events for dashboards: filtered by grid subtree and event type,
 * each with id {@code <txid>-<position>} so that a client reconnecting with Last-Event-ID resumes exactly after
 * the last event it saw, in commit order, skipping nothing.
 */
@ApplicationScoped
public class CommittedEventStream {

    private static final int BATCH = 200;

    @Inject
    DataSource dataSource;

    @Inject
    EventStore eventStore;

    /**
     * @param visible a last check per event (e.g. the caller's grid scope when it has several roots)
     */
    public Multi<OutboundSseEvent> stream(Sse sse, EventCursor resumeAfter, EventFilter filter, Predicate<StoredEvent> visible,
                                          Duration pollInterval) {
        AtomicReference<EventCursor> cursor = new AtomicReference<>(resumeAfter);
        return Multi.createFrom().ticks().startingAfter(Duration.ofMillis(1)).every(pollInterval)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> next(cursor, filter))
                .filter(visible)
                .map(e -> sse.newEventBuilder()
                        .id(e.cursor().toString())
                        .name(e.eventType())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(String.class, envelope(e))
                        .build());
    }

    private List<StoredEvent> next(AtomicReference<EventCursor> cursor, EventFilter filter) {
        try (Connection c = dataSource.getConnection()) {
            List<StoredEvent> batch = eventStore.readCommitted(c, cursor.get(), filter, BATCH);
            if (!batch.isEmpty()) {
                cursor.set(batch.get(batch.size() - 1).cursor());
            }
            return batch;
        } catch (SQLException e) {
            throw new EventStoreException("event stream read failed", e);
        }
    }

    /** The SSE data: the event's attributes around its payload, in the CloudEvents JSON shape. */
    private static String envelope(StoredEvent e) {
        return "{\"id\":\"" + e.eventId() + "\",\"type\":\"" + e.eventType() + "\",\"subject\":\"" + e.streamId()
                + "\",\"sequence\":" + e.version() + ",\"time\":\"" + e.occurredAt() + "\",\"gridcode\":"
                + (e.gridCode() == null ? "null" : "\"" + e.gridCode() + "\"") + ",\"data\":" + e.payload() + "}";
    }
}
