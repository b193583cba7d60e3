package cn.wanggezhili.livestream;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import cn.wanggezhili.eventstore.EventCursor;
import cn.wanggezhili.eventstore.EventFilter;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.EventsCommitted;
import cn.wanggezhili.eventstore.StoredEvent;

/**
 * A service's committed events as Server-Sent Events for dashboards: filtered by grid subtree and event type,
 * each with id {@code <txid>-<position>} so that a client reconnecting with Last-Event-ID resumes exactly after
 * the last event it saw, in commit order, skipping nothing. All streams of the process share one tail reader
 * ({@link EventFanOut}): the table is read once per poll interval however many screens are connected, and at once
 * when this process's consumers commit ({@link #eventsCommitted}).
 */
@ApplicationScoped
public class CommittedEventStream {

    private static final int BATCH = 200;

    /** Events waiting for one slow screen before it falls back to reading by itself. */
    private static final int INBOX = 2000;

    @Inject
    DataSource dataSource;

    @Inject
    EventStore eventStore;

    /** One fan-out per poll interval asked for (every service asks for one). */
    private final Map<Duration, EventFanOut> fanOuts = new ConcurrentHashMap<>();

    /**
     * @param shown the event's payload as this stream's caller may see it, or empty to skip it (grid scope, the read
     *              policy of its type, masking)
     */
    public Multi<OutboundSseEvent> stream(Sse sse, EventCursor resumeAfter, EventFilter filter,
                                          Function<StoredEvent, Optional<String>> shown, Duration pollInterval) {
        EventFanOut fanOut = fanOuts.computeIfAbsent(pollInterval, interval -> new EventFanOut(
                CommittedReads.of(dataSource, eventStore), interval, BATCH, INBOX, Infrastructure.getDefaultWorkerPool()));
        return fanOut.subscribe(resumeAfter, filter)
                .map(e -> shown.apply(e).map(payload -> sse.newEventBuilder()
                        .id(e.cursor().toString())
                        .name(e.eventType())
                        .mediaType(MediaType.APPLICATION_JSON_TYPE)
                        .data(String.class, StreamedCloudEvent.of(e, payload))
                        .build()))
                .filter(Optional::isPresent)
                .map(Optional::get);
    }

    /** This process committed events: the streams read them now instead of at their next tick ({@link EventFanOut#wake}). */
    void eventsCommitted(@Observes EventsCommitted signal) {
        fanOuts.values().forEach(EventFanOut::wake);
    }

    @PreDestroy
    void stop() {
        fanOuts.values().forEach(EventFanOut::close);
    }

}
