package cn.wanggezhili.eventstore;

/**
 * A place in commit order: events are read by (transaction id, position), never by position alone, because a
 * bigserial is handed out before commit and a slow transaction commits a low position late.
 * Its text form {@code <txid>-<position>} is what SSE clients send back as Last-Event-ID.
 */
public record EventCursor(long transactionId, long position) implements Comparable<EventCursor> {

    public static final EventCursor START = new EventCursor(0, 0);

    public static EventCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return START;
        }
        int dash = text.indexOf('-');
        if (dash <= 0) {
            throw new IllegalArgumentException("not an event cursor: " + text);
        }
        try {
            return new EventCursor(Long.parseLong(text.substring(0, dash)), Long.parseLong(text.substring(dash + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not an event cursor: " + text, e);
        }
    }

    @Override
    public int compareTo(EventCursor other) {
        int byTx = Long.compare(transactionId, other.transactionId);
        return byTx != 0 ? byTx : Long.compare(position, other.position);
    }

    @Override
    public String toString() {
        return transactionId + "-" + position;
    }
}
