package org.gridsuite.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.YearMonth;
import org.gridsuite.eventstore.Sql;
import org.gridsuite.scoring.domain.Quarter;

/** What the entry rules need to know of the books: points already collected on an indicator, and closed quarters. */
@ApplicationScoped
public class Books {

    /**
     * Absolute points a subject has pending or approved on an indicator in a month: what its cap bounds. Holds the
     * (subject, indicator, month) for the rest of the transaction, so that two entries recorded at the same moment
     * cannot both fit under the cap; the lock is not a write, so an entry's append stays its first (ADR 0001).
     */
    public int pointsSoFar(Connection c, String subjectId, String schemeCode, String indicatorCode, YearMonth month) {
        Sql.list(c, "select pg_advisory_xact_lock(hashtextextended(?, 11))", rs -> null,
                "cap " + subjectId + " " + schemeCode + " " + indicatorCode + " " + month);
        return (int) Sql.count(c, """
                select coalesce(sum(abs(points)), 0) from entry_view
                 where subject_id = ? and month = ? and scheme_code = ? and indicator_code = ? and status in ('PENDING', 'APPROVED')
                """, subjectId, month.toString(), schemeCode, indicatorCode);
    }

    /** True when a settlement of the unit or of a unit above it has closed the month's quarter. */
    public boolean settled(Connection c, String code, YearMonth month) {
        return Sql.count(c, "select count(*) from quarter_settlement where quarter = ? and ? like code_prefix || '%'",
                Quarter.of(month).toString(), code) > 0;
    }
}
