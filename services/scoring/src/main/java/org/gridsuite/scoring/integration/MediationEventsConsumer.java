package org.gridsuite.scoring.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import org.gridsuite.eventstore.JsonPayload;
import org.gridsuite.eventstore.ReceivedEvent;
import org.gridsuite.eventstore.quarkus.Subscription;
import org.gridsuite.scoring.app.TriggeredEntries;

/** Mediation's events score indicators whose trigger names them (a case closed with an agreement, …). */
@ApplicationScoped
public class MediationEventsConsumer implements Subscription {

    @Inject
    TriggeredEntries triggered;

    @Override
    public String consumerName() {
        return "scoring.mediation";
    }

    @Override
    public List<String> topics() {
        return List.of("mediation.events");
    }

    @Override
    public void handle(Connection c, ReceivedEvent event) {
        triggered.on(c, new TriggeredEntries.ForeignEvent(event.eventId(), event.eventType(), event.gridCode(),
                event.occurredAt(), JsonPayload.of(event.payload())::path));
    }
}
