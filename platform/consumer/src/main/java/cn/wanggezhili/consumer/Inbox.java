package cn.wanggezhili.consumer;

import cn.wanggezhili.sql.Sql;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The inbox table (ADR 0008): a consumer notes work in its own transaction, and the work is done later in a
 * transaction whose first write is its append. Plain statements on the caller's connection.
 */
public final class Inbox {

    /**
     * Set by every note in this process, taken by the runner after a consumer's commit: it looks at once only when
     * something may have been noted, not after every poll (a note rolled back with its poll just finds nothing).
     */
    private static final AtomicBoolean NOTED = new AtomicBoolean();

    /** Failed work waits 1 s, doubling, at most this long. */
    static final Duration LONGEST_BACK_OFF = Duration.ofMinutes(10);

    private Inbox() {
    }

    /** Notes work for {@code key}; a newer note replaces an older one not yet done (and its failures). */
    public static void note(Connection c, String inbox, String key, String payloadJson) {
        Sql.update(c, """
                insert into inbox (inbox, key, token, payload) values (?, ?, ?, ?::jsonb)
                on conflict (inbox, key) do update
                   set token = excluded.token, payload = excluded.payload, noted_at = now(),
                       attempts = 0, next_attempt_at = now(), last_error = null
                """, inbox, key, UUID.randomUUID(), payloadJson);
        NOTED.set(true);
    }

    /** Whether anything was noted since the last call. */
    static boolean takeNoted() {
        return NOTED.getAndSet(false);
    }

    /** Work due now, oldest note first; read without locks (a lock would be a write before the work's append). */
    public static List<InboxItem> due(Connection c, String inbox, int limit) {
        return Sql.list(c, """
                select inbox, key, token, payload::text, noted_at, attempts from inbox
                 where inbox = ? and next_attempt_at <= now() order by noted_at limit ?
                """, rs -> new InboxItem(rs.getString(1), rs.getString(2), rs.getObject(3, UUID.class), rs.getString(4),
                Sql.instant(rs, "noted_at"), rs.getInt(6)), inbox, limit);
    }

    /** The work is done: the note goes, unless it was noted again meanwhile (then the newer note is worked too). */
    public static boolean done(Connection c, InboxItem item) {
        return Sql.update(c, "delete from inbox where inbox = ? and key = ? and token = ?",
                item.inbox(), item.key(), item.token()) > 0;
    }

    /** The work failed: try again later, keep the error for an operator. */
    public static void failed(Connection c, InboxItem item, String error) {
        long seconds = Math.min(LONGEST_BACK_OFF.toSeconds(), 1L << Math.min(item.attempts(), 20));
        Sql.update(c, """
                update inbox set attempts = attempts + 1, next_attempt_at = now() + make_interval(secs => ?),
                                 last_error = ?
                 where inbox = ? and key = ? and token = ?
                """, (double) seconds, error, item.inbox(), item.key(), item.token());
    }

    /** Everything waiting in {@code inbox}, failed work included: what an operator looks at. */
    public static long waiting(Connection c, String inbox) {
        return Sql.count(c, "select count(*) from inbox where inbox = ?", inbox);
    }
}
