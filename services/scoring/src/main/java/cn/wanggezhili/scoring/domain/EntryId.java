package cn.wanggezhili.scoring.domain;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

public record EntryId(UUID value) {

    public EntryId {
        Objects.requireNonNull(value, "EntryId");
    }

    /**
     * The id of the entry an event creates for an indicator: the same event delivered again gives the same id, so
     * it can create the entry only once.
     */
    public static EntryId fromEvent(UUID eventId, String schemeCode, String indicatorCode) {
        return new EntryId(UUID.nameUUIDFromBytes(("entry:" + eventId + ":" + schemeCode + ":" + indicatorCode)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /** For a trigger scoring every subject of a list: one entry per event, indicator and subject. */
    public static EntryId fromEvent(UUID eventId, String schemeCode, String indicatorCode, String subjectId) {
        return new EntryId(UUID.nameUUIDFromBytes(("entry:" + eventId + ":" + schemeCode + ":" + indicatorCode + ":" + subjectId)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
