package cn.wanggezhili.eventstore;

import java.util.UUID;

/** Another command appended to the stream first: the caller's decision was taken on stale state (HTTP 409). */
public class ConcurrencyConflict extends RuntimeException {

    private final UUID streamId;
    private final int expectedVersion;

    public ConcurrencyConflict(UUID streamId, int expectedVersion, Throwable cause) {
        super("stream " + streamId + " moved past version " + expectedVersion, cause);
        this.streamId = streamId;
        this.expectedVersion = expectedVersion;
    }

    public UUID streamId() {
        return streamId;
    }

    public int expectedVersion() {
        return expectedVersion;
    }
}
