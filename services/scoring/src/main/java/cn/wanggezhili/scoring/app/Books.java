package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.YearMonth;
import java.util.UUID;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.Quarter;
import cn.wanggezhili.scoring.domain.Subject;

/** What the entry rules need to know of the books: points already collected on an indicator, and closed quarters. */
@ApplicationScoped
public class Books {

    @Inject
    Database database;

    @Inject
    AdvisoryLocks locks;

    /**
     * Absolute points a subject has pending or approved on an indicator in a month: what its cap bounds. Holds the
     * (subject, indicator, month) for the rest of the transaction, so that two entries recorded at the same moment
     * cannot both fit under the cap; the lock is not a write, so an entry's append stays its first (ADR 0001).
     */
    public int pointsSoFar(String subjectId, String schemeCode, String indicatorCode, YearMonth month) {
        locks.hold(capKey(subjectId, schemeCode, indicatorCode, month));
        return database.run(c -> pointsHeld(c, subjectId, schemeCode, indicatorCode, month));
    }

    /**
     * What an entry from an event needs to know of the books, for a trigger scoring thousands of events a minute:
     * whether the entry exists (the event was scored before), the subject as the register knows it (null when not),
     * whether the quarter is settled for its unit (or for {@code eventCode} when the register does not know it), and,
     * for a capped indicator, the points so far under the same hold as {@link #pointsSoFar}. One round trip, two for
     * a capped indicator (its sum is read after the lock is held, in a statement of its own). On the consumer's
     * connection: the entry commits with the consumer's position.
     */
    public TriggerBooks forTrigger(Connection c, EntryId entry, UUID subjectId, String eventCode, String schemeCode,
                                   String indicatorCode, boolean capped, YearMonth month) {
        String hold = capped ? "pg_advisory_xact_lock(hashtextextended(?, 11)) as held, " : "";
        String sql = "select " + hold + """
                exists (select 1 from entry_view where id = ?) as scored, s.*,
                exists (select 1 from quarter_settlement q where q.quarter = ? and coalesce(s.code, ?) like q.code_prefix || '%') as settled
                  from (values (1)) as one left join subject s on s.subject_id = ?
                """;
        Object[] params = capped
                ? new Object[] {capKey(subjectId.toString(), schemeCode, indicatorCode, month), entry.value(), Quarter.of(month).toString(),
                        eventCode, subjectId}
                : new Object[] {entry.value(), Quarter.of(month).toString(), eventCode, subjectId};
        TriggerBooks books = Sql.one(c, sql, rs -> new TriggerBooks(rs.getBoolean("scored"),
                rs.getString("subject_type") == null ? null : SubjectRegister.row(rs), rs.getBoolean("settled"), 0), params).orElseThrow();
        return books.scored() || !capped ? books
                : new TriggerBooks(false, books.known(), books.settled(), pointsHeld(c, subjectId.toString(), schemeCode, indicatorCode, month));
    }

    /** See {@link #forTrigger}; {@code pointsSoFar} is 0 for an indicator without a cap. */
    public record TriggerBooks(boolean scored, Subject known, boolean settled, int pointsSoFar) {
    }

    private static String capKey(String subjectId, String schemeCode, String indicatorCode, YearMonth month) {
        return "cap " + subjectId + " " + schemeCode + " " + indicatorCode + " " + month;
    }

    private static int pointsHeld(Connection c, String subjectId, String schemeCode, String indicatorCode, YearMonth month) {
        return (int) Sql.count(c, """
                select coalesce(sum(abs(points)), 0) from entry_view
                 where subject_id = ? and month = ? and scheme_code = ? and indicator_code = ? and status in ('PENDING', 'APPROVED')
                """, subjectId, month.toString(), schemeCode, indicatorCode);
    }

    /** True when a settlement of the unit or of a unit above it has closed the month's quarter. */
    public boolean settled(String code, YearMonth month) {
        return database.run(c -> Sql.count(c, "select count(*) from quarter_settlement where quarter = ? and ? like code_prefix || '%'",
                Quarter.of(month).toString(), code) > 0);
    }
}
