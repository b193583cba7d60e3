package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.Period;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Reads of score entries and passbooks (一人一折); every read checks the caller's scope on the subject's unit. */
@ApplicationScoped
public class EntryQueries {

    /** Null where nothing applies: no star outside households' schemes, no source event for a scorer's entry, no review yet. */
    @Schema(description = "A score entry as its passbook shows it")
    public record EntryView(UUID id, String code, String schemeCode, int schemeVersion, String categoryCode,
                            String indicatorCode, @Schema(nullable = true) String star, String subjectType, String subjectId,
                            @Schema(nullable = true) String subjectName,
                            String month, int points, String status, String sourceKind, @Schema(nullable = true) String sourceEventId,
                            @Schema(nullable = true) String sourceEventType, List<String> evidence, @Schema(nullable = true) String note,
                            String recordedBy, String recordedByName, Instant recordedAt, @Schema(nullable = true) String reviewedBy,
                            @Schema(nullable = true) Instant reviewedAt, @Schema(nullable = true) String reviewNote, int version) {
    }

    @Inject
    Database database;

    public EntryView entry(EntryId id, Caller caller) {
        EntryView entry = database.run(c -> Sql.one(c, "select * from entry_view where id = ?", EntryQueries::row, id.value()))
                .orElseThrow(() -> new NotFound("score entry", id));
        GridScopeGuard.requireCovers(caller, new GridCode(entry.code()));
        return entry;
    }

    /** Entries on units under {@code under}, optionally of a status and months, oldest first by id. */
    public Page<EntryView> list(GridCode under, String status, Period period, int limit, String after, Caller caller) {
        GridScopeGuard.requireCovers(caller, under);
        List<EntryView> rows = database.run(c -> Sql.list(c, """
                select * from entry_view
                 where code like ? and (?::text is null or status = ?) and (?::text[] is null or month = any(?))
                   and (?::uuid is null or id > ?::uuid)
                 order by id limit ?
                """, EntryQueries::row, under.subtreePrefix() + "%", status, status,
                period == null ? null : period.monthArray(), period == null ? null : period.monthArray(), after, after, limit + 1));
        return Page.of(rows, limit, e -> e.id().toString());
    }

    /** Every entry of a subject in a period, newest month first, with its status. */
    public List<EntryView> passbook(UUID subjectId, Period period) {
        return database.run(c -> Sql.list(c, """
                select * from entry_view where subject_id = ? and month = any(?) order by month desc, recorded_at desc, id
                """, EntryQueries::row, subjectId.toString(), period.monthArray()));
    }

    static EntryView row(ResultSet rs) throws SQLException {
        return new EntryView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("scheme_code"),
                rs.getInt("scheme_version"), rs.getString("category_code"), rs.getString("indicator_code"), rs.getString("star"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("subject_name"), rs.getString("month"),
                rs.getInt("points"), rs.getString("status"), rs.getString("source_kind"), rs.getString("source_event_id"),
                rs.getString("source_event_type"), Arrays.asList((String[]) rs.getArray("evidence").getArray()),
                rs.getString("note"), rs.getString("recorded_by"), rs.getString("recorded_by_name"),
                Sql.instant(rs, "recorded_at"), rs.getString("reviewed_by"), Sql.instant(rs, "reviewed_at"),
                rs.getString("review_note"), rs.getInt("version"));
    }
}
