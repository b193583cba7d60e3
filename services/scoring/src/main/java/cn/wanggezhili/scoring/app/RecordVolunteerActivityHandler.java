package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.eventstore.JsonPayload;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.scoring.app.Commands.RecordVolunteerActivity;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.scoring.domain.VolunteerActivity;
import cn.wanggezhili.scoring.domain.VolunteerActivityRecorded;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.sql.Database;

/**
 * Volunteer activities (爱心超市+健康银行), recorded here because no other service knows them: a scorer in scope
 * records the activity as {@code scoring.VolunteerActivityRecorded.v1} on a stream of its own, and in the same
 * transaction the event goes through the trigger path every other service's event takes ({@link TriggeredEntries}):
 * each household indicator whose trigger names the event type scores each participating household once, under the
 * indicator's cap and the monthly review like any triggered entry.
 */
@ApplicationScoped
public class RecordVolunteerActivityHandler {

    @Inject
    AggregateRepository<List<VolunteerActivityRecorded>, VolunteerActivityRecorded> activities;

    @Inject
    SubjectRegister subjects;

    @Inject
    Books books;

    @Inject
    TriggeredEntries triggered;

    @Inject
    Database database;

    @Inject
    Supplier<UUID> ids;

    @Inject
    Clock clock;

    /** The activity's id. */
    @Transactional
    public UUID handle(RecordVolunteerActivity cmd, Caller caller) {
        requireAnyRole(caller, ScoringRoles.SCORERS);
        requireCovers(caller, cmd.unit());
        Map<UUID, Subject> participants = participants(cmd.householdIds(), caller);
        UUID activityId = ids.get();
        Instant now = clock.instant();
        VolunteerActivityRecorded recorded = VolunteerActivity.record(new VolunteerActivity.Record(activityId, cmd.unit(), cmd.date(),
                        cmd.titleZh(), cmd.hours(), cmd.householdIds(), cmd.evidence(), subjects.asActor(caller)), participants,
                LocalDate.ofInstant(now, CountyTime.ZONE), books.settled(cmd.unit().value(), YearMonth.from(cmd.date())), now);
        StoredEvent stored = activities.append(List.of(), List.of(recorded)).get(0);
        // the entries count in the month of the activity, not of its recording
        database.run(c -> triggered.on(c, new TriggeredEntries.ForeignEvent(stored.eventId(), stored.eventType(), stored.gridCode(),
                cmd.date().atStartOfDay(CountyTime.ZONE).toInstant(), JsonPayload.of(stored.payload())::path)));
        return activityId;
    }

    /** Every named household as the register knows it, each in the caller's scope. */
    private Map<UUID, Subject> participants(List<UUID> householdIds, Caller caller) {
        Map<UUID, Subject> participants = new LinkedHashMap<>();
        for (UUID id : householdIds) {
            Subject household = subjects.find(id).orElseThrow(() -> new NotFound("household", id));
            requireCovers(caller, new GridCode(household.code()));
            participants.put(id, household);
        }
        return participants;
    }
}
