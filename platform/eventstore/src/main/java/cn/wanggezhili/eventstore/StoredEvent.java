package cn.wanggezhili.eventstore;

import java.time.Instant;
import java.util.UUID;

/** An event as committed in the event table, with its place in commit order ({@link #cursor()}). */
public record StoredEvent(
        long position,
        long transactionId,
        UUID eventId,
        UUID streamId,
        String streamType,
        int version,
        String eventType,
        String gridCode,
        Instant occurredAt,
        String payload) {

    public EventCursor cursor() {
        return new EventCursor(transactionId, position);
    }
}
