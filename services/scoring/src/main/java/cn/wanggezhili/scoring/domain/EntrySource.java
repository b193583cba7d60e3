package cn.wanggezhili.scoring.domain;

/**
 * Where an entry comes from: a scorer's record (kind SCORER, with evidence) or another service's event (kind EVENT,
 * citing its id and type), so that every entry in a passbook can be traced.
 */
public record EntrySource(String kind, String eventId, String eventType) {

    public static final String SCORER = "SCORER";
    public static final String EVENT = "EVENT";

    public static EntrySource scorer() {
        return new EntrySource(SCORER, null, null);
    }

    public static EntrySource event(String eventId, String eventType) {
        return new EntrySource(EVENT, eventId, eventType);
    }

    public boolean fromEvent() {
        return EVENT.equals(kind);
    }
}
