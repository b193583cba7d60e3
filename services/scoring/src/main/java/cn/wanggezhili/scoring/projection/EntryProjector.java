package cn.wanggezhili.scoring.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.time.Instant;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryAmended;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryApproved;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryRecorded;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryRejected;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryVoided;

/** Keeps entry_view (the passbooks) from entry events; each write is guarded by the entry's stream version. */
@ApplicationScoped
public class EntryProjector {

    void apply(Connection c, ScoreEntryEvent event, int version, Instant at) {
        switch (event) {
            case ScoreEntryRecorded e -> Sql.update(c, """
                    insert into entry_view (id, code, scheme_code, scheme_version, category_code, indicator_code, star, subject_type,
                        subject_id, subject_name, month, points, status, source_kind, source_event_id, source_event_type, evidence,
                        note, recorded_by, recorded_by_name, recorded_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing
                    """, e.entryId().value(), e.code(), e.schemeCode(), e.schemeVersion(), e.categoryCode(), e.indicatorCode(),
                    e.star(), e.subjectType(), e.subjectId(), e.subjectName(), e.month(), e.points(), e.source().kind(),
                    e.source().eventId(), e.source().eventType(), e.evidence().toArray(String[]::new), e.note(),
                    e.recordedBy().username(), e.recordedBy().name(), e.at(), version);
            case ScoreEntryApproved e ->
                    set(c, e, version, "status = 'APPROVED', reviewed_by = ?, reviewed_at = ?", e.reviewer().username(), e.at());
            case ScoreEntryRejected e -> set(c, e, version, "status = 'REJECTED', reviewed_by = ?, reviewed_at = ?, review_note = ?",
                    e.reviewer().username(), e.at(), e.reason());
            case ScoreEntryAmended e -> set(c, e, version, "points = ?", e.newPoints());
            case ScoreEntryVoided e -> set(c, e, version, "status = 'VOIDED'");
        }
    }

    private static void set(Connection c, ScoreEntryEvent e, int version, String assignments, Object... values) {
        Object[] params = new Object[values.length + 3];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = version;
        params[values.length + 1] = e.entryId().value();
        params[values.length + 2] = version;
        Sql.update(c, "update entry_view set " + assignments + ", version = ? where id = ? and version < ?", params);
    }
}
