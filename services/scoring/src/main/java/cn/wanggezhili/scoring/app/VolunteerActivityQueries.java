package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.scoring.app.EntryQueries.EntryView;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/** A volunteer activity as recorded, with the entries it made; read by whoever covers its unit. */
@ApplicationScoped
public class VolunteerActivityQueries {

    public static final String RECORDED = ScoringEvents.type("VolunteerActivityRecorded");

    /** An activity as recorded, with the entries it made (a household over the indicator's cap gets none). */
    public record ActivityView(UUID id, String unitCode, LocalDate date, String titleZh, double hours, List<UUID> householdIds,
                               List<String> evidence, String recordedBy, String recordedByName, Instant recordedAt,
                               List<EntryView> entries) {
    }

    @Inject
    Database database;

    public ActivityView activity(UUID id, Caller caller) {
        return database.run(c -> {
            ActivityView activity = Sql.one(c, "select * from volunteer_activity_view where id = ?", VolunteerActivityQueries::row, id)
                    .orElseThrow(() -> new NotFound("volunteer activity", id));
            GridScopeGuard.requireCovers(caller, new GridCode(activity.unitCode()));
            // the entries' source is the activity's event, the first of its stream
            List<EntryView> entries = Sql.list(c, """
                    select * from entry_view where source_event_type = ? and source_event_id = (
                        select event_id::text from events where stream_id = ? and version = 1) order by subject_id
                    """, EntryQueries::row, RECORDED, id);
            return new ActivityView(activity.id(), activity.unitCode(), activity.date(), activity.titleZh(), activity.hours(),
                    activity.householdIds(), activity.evidence(), activity.recordedBy(), activity.recordedByName(),
                    activity.recordedAt(), entries);
        });
    }

    private static ActivityView row(ResultSet rs) throws SQLException {
        return new ActivityView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getObject("activity_date", LocalDate.class),
                rs.getString("title_zh"), rs.getDouble("hours"), Arrays.asList((UUID[]) array(rs.getArray("household_ids"))),
                Arrays.asList((String[]) array(rs.getArray("evidence"))), rs.getString("recorded_by"), rs.getString("recorded_by_name"),
                Sql.instant(rs, "recorded_at"), List.of());
    }

    private static Object array(Array array) throws SQLException {
        return array.getArray();
    }
}
