package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.app.EntryQueries.EntryView;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.scoring.domain.VolunteerActivity;
import cn.wanggezhili.scoring.domain.VolunteerActivityRecorded;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.web.ProblemException;

/**
 * Volunteer activities (爱心超市+健康银行), recorded here because no other service knows them: a scorer in scope
 * records the activity as {@code scoring.VolunteerActivityRecorded.v1}, and in the same transaction the event goes
 * through the trigger path every other service's event takes ({@link TriggeredEntries}): each household indicator
 * whose trigger names the event type scores each participating household once (the entry id comes from the event,
 * the indicator and the household), under the indicator's cap and the monthly review like any triggered entry.
 */
@ApplicationScoped
public class VolunteerActivities {

    public static final String RECORDED = ScoringEvents.type("VolunteerActivityRecorded");

    public record RecordActivity(GridCode unit, LocalDate date, String titleZh, double hours, List<UUID> householdIds,
                                 List<String> evidence) {
    }

    /** An activity as recorded, with the entries it made (a household over the indicator's cap gets none). */
    public record ActivityView(UUID id, String unitCode, LocalDate date, String titleZh, double hours, List<UUID> householdIds,
                               List<String> evidence, String recordedBy, String recordedByName, Instant recordedAt,
                               List<EntryView> entries) {
    }

    @Inject
    EventLog log;

    @Inject
    Subjects subjects;

    @Inject
    Books books;

    @Inject
    TriggeredEntries triggered;

    @Transactional
    public UUID record(RecordActivity cmd, Caller caller) {
        requireAnyRole(caller, ScoreEntries.SCORERS);
        requireCovers(caller, cmd.unit());
        return log.run(c -> {
            Map<UUID, Subject> participants = new LinkedHashMap<>();
            for (UUID id : cmd.householdIds()) {
                Subject household = subjects.find(c, id).orElseThrow(() -> ProblemException.notFound("household " + id));
                requireCovers(caller, new GridCode(household.code()));
                participants.put(id, household);
            }
            UUID activityId = log.newId();
            VolunteerActivityRecorded event = VolunteerActivity.record(new VolunteerActivity.Record(activityId, cmd.unit(), cmd.date(),
                    cmd.titleZh(), cmd.hours(), cmd.householdIds(), cmd.evidence(), subjects.asActor(c, caller)), participants,
                    LocalDate.ofInstant(log.now(), EventLog.ZONE), books.settled(c, cmd.unit().value(), YearMonth.from(cmd.date())),
                    log.now());
            StoredEvent stored = log.appendVolunteerActivity(c, event);
            // the entries count in the month of the activity, not of its recording
            triggered.on(c, new TriggeredEntries.ForeignEvent(stored.eventId(), stored.eventType(), stored.gridCode(),
                    cmd.date().atStartOfDay(EventLog.ZONE).toInstant(), JsonPayload.of(stored.payload())::path));
            return activityId;
        });
    }

    public ActivityView activity(UUID id, Caller caller) {
        return log.run(c -> {
            ActivityView activity = Sql.one(c, "select * from volunteer_activity_view where id = ?", VolunteerActivities::row, id)
                    .orElseThrow(() -> ProblemException.notFound("volunteer activity " + id));
            requireCovers(caller, new GridCode(activity.unitCode()));
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
