package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateStreams;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.Notice;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.NoticeId;
import cn.wanggezhili.scoring.domain.SchemePublished;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.SettlementEvent;
import cn.wanggezhili.scoring.domain.StarEvent;
import cn.wanggezhili.scoring.domain.SubjectRegistered;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.scoring.domain.VolunteerActivityRecorded;
import cn.wanggezhili.web.ProblemException;

/**
 * Scoring's streams: loads aggregates from their events and appends new ones together with the read model, always
 * on the caller's connection (a request's transaction, or a consumer's together with its position).
 */
@ApplicationScoped
public class EventLog {

    /** Periods are local time in the county (docs/domain.md). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    Database database;

    @Inject
    ReadModel readModel;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Inject
    EventStore eventStore;

    private AggregateStreams<ScoreEntryEvent> entries;
    private AggregateStreams<NoticeEvent> notices;
    private AggregateStreams<SettlementEvent> settlements;
    private AggregateStreams<StarEvent> stars;
    private AggregateStreams<SchemePublished> schemes;
    private AggregateStreams<SubjectRegistered> subjects;
    private AggregateStreams<TierAssigned> tiers;
    private AggregateStreams<VolunteerActivityRecorded> volunteering;

    @Inject
    void streams(EventStore store) {
        entries = new AggregateStreams<>(store, ScoringEvents.ENTRIES, "ScoreEntry", ScoreEntryEvent::code);
        notices = new AggregateStreams<>(store, ScoringEvents.NOTICES, "Notice", NoticeEvent::code);
        settlements = new AggregateStreams<>(store, ScoringEvents.SETTLEMENTS, "Settlement", SettlementEvent::code);
        stars = new AggregateStreams<>(store, ScoringEvents.STARS, "HouseholdStars", StarEvent::code);
        schemes = new AggregateStreams<>(store, ScoringEvents.SCHEMES, "Scheme", SchemePublished::code);
        subjects = new AggregateStreams<>(store, ScoringEvents.SUBJECTS, "Subject", SubjectRegistered::code);
        tiers = new AggregateStreams<>(store, ScoringEvents.TIERS, "Tiers", TierAssigned::code);
        volunteering = new AggregateStreams<>(store, ScoringEvents.VOLUNTEERING, "VolunteerActivity", VolunteerActivityRecorded::code);
    }

    public Instant now() {
        return clock.instant();
    }

    public YearMonth thisMonth() {
        return YearMonth.from(now().atZone(ZONE));
    }

    public UUID newId() {
        return ids.get();
    }

    public <T> T run(Sql.Work<T> work) {
        return database.run(work);
    }

    public boolean exists(Connection c, UUID stream) {
        return eventStore.version(c, stream) > 0;
    }

    public ScoreEntry entry(Connection c, EntryId id) {
        ScoreEntry entry = ScoreEntry.replay(entries.load(c, id.value()));
        if (!entry.exists()) {
            throw ProblemException.notFound("score entry " + id);
        }
        return entry;
    }

    public void appendEntry(Connection c, ScoreEntry entry, List<? extends ScoreEntryEvent> events) {
        UUID stream = entry.exists() ? entry.id().value() : events.get(0).entryId().value();
        Instant at = now();
        List<StoredEvent> stored = entries.append(c, stream, entry.version(), events, at, ids);
        for (int i = 0; i < events.size(); i++) {
            readModel.entry(c, events.get(i), stored.get(i).version(), at);
        }
    }

    public Notice notice(Connection c, NoticeId id) {
        Notice notice = Notice.replay(notices.load(c, id.value()));
        if (!notice.exists()) {
            throw ProblemException.notFound("notice " + id);
        }
        return notice;
    }

    public void appendNotice(Connection c, Notice notice, NoticeEvent event) {
        List<StoredEvent> stored = notices.append(c, event.noticeId().value(), notice.version(), List.of(event), now(), ids);
        readModel.notice(c, event, stored.get(0).version());
    }

    /** Each credit on its own stream (its settlement id, at version 1: a second credit is a conflict), then the run. */
    public void appendSettlement(Connection c, List<SettlementEvent> events) {
        for (SettlementEvent e : events) {
            UUID stream = switch (e) {
                case SettlementEvent.PointsCredited credit -> credit.settlementId();
                case SettlementEvent.QuarterSettled run -> run.settlementRunId();
            };
            settlements.append(c, stream, 0, List.of(e), now(), ids);
            readModel.settlement(c, e);
        }
    }

    public List<StarEvent> stars(Connection c, String householdId) {
        return stars.load(c, cn.wanggezhili.scoring.domain.HouseholdStars.streamId(householdId));
    }

    public void appendStars(Connection c, String householdId, int version, List<StarEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        stars.append(c, cn.wanggezhili.scoring.domain.HouseholdStars.streamId(householdId), version, events, now(), ids);
        events.forEach(e -> readModel.star(c, e));
    }

    public int schemeVersion(Connection c, String schemeCode) {
        return eventStore.version(c, SchemePublished.streamId(schemeCode));
    }

    public void appendScheme(Connection c, SchemePublished event) {
        schemes.append(c, SchemePublished.streamId(event.scheme().code()), event.scheme().version() - 1, List.of(event), now(), ids);
        readModel.scheme(c, event);
    }

    public void appendSubject(Connection c, SubjectRegistered event) {
        subjects.append(c, event.subjectId(), 0, List.of(event), now(), ids);
        readModel.subject(c, event);
    }

    public void appendTiers(Connection c, UUID stream, List<TierAssigned> events) {
        tiers.append(c, stream, 0, events, now(), ids);
        events.forEach(e -> readModel.tier(c, e));
    }

    /** A new activity's stream, at version 1; the stored event (its id and payload feed the triggers). */
    public StoredEvent appendVolunteerActivity(Connection c, VolunteerActivityRecorded event) {
        StoredEvent stored = volunteering.append(c, event.activityId(), 0, List.of(event), now(), ids).get(0);
        readModel.volunteerActivity(c, event);
        return stored;
    }
}
