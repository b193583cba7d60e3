package cn.wanggezhili.eventstore;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * An event about to be appended: its id and time come from the caller (the domain never calls the clock), the
 * payload is JSON, {@code gridCode} is the grid unit the event concerns so that readers can filter by subtree.
 */
public record NewEvent(UUID eventId, String eventType, String gridCode, Instant occurredAt, String payload) {

    public NewEvent {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(payload, "payload");
    }
}
