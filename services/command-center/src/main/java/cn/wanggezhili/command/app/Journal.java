package cn.wanggezhili.command.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Optional;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.NewEvent;
import cn.wanggezhili.consumer.ReceivedEvent;
import cn.wanggezhili.eventstore.StoredEvent;

/**
 * Every service's events, recorded here under their own id, stream and version: the journal is this service's event
 * table, so the platform's committed-read serves one live stream of the whole suite (GET /api/v1/events) and figures
 * can be rebuilt from it. Each event recorded is handed to the figures in the same transaction.
 */
@ApplicationScoped
public class Journal {

    @Inject
    EventStore store;

    @Inject
    Instance<SuiteReadModel> readModels;

    /** Records and applies {@code event}; does nothing when the journal holds it already (a replay from offset 0). */
    public void record(Connection c, ReceivedEvent event) {
        String streamType = event.streamType() == null ? event.eventType().split("\\.")[0] : event.streamType();
        Optional<StoredEvent> stored = store.appendIfNew(c, event.streamId(), streamType, event.version(),
                new NewEvent(event.eventId(), event.eventType(), event.gridCode(), event.occurredAt(), event.payload()));
        if (stored.isPresent()) {
            for (SuiteReadModel model : readModels) {
                model.apply(c, stored.get());
            }
        }
    }
}
