package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.scoring.domain.Category;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.EntrySource;
import cn.wanggezhili.scoring.domain.Indicator;
import cn.wanggezhili.scoring.domain.RecordScoreEntry;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.ScoringRuleViolation;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.scoring.domain.SubjectType;
import org.jboss.logging.Logger;

/**
 * Score entries from other services' events (a task closed on time, a case settled): every indicator whose trigger
 * matches records one entry for the subject the payload names. The entry's id comes from the event id and the
 * indicator (and the subject, for a trigger naming every subject of a list), so an event delivered again finds its
 * entry and creates nothing. Runs on the consumer's connection: the entry commits together with the consumer's
 * position (or, for scoring's own volunteer activities, together with the activity).
 */
@ApplicationScoped
public class TriggeredEntries {

    private static final Logger LOG = Logger.getLogger(TriggeredEntries.class);

    /** An event from another service: its CloudEvents attributes and a reader of its payload's fields by path. */
    public record ForeignEvent(UUID eventId, String eventType, String gridCode, Instant occurredAt,
                               Function<String, String> field) {
    }

    @Inject
    AggregateRepository<ScoreEntry, ScoreEntryEvent> entries;

    @Inject
    PublishedSchemes schemes;

    @Inject
    Books books;

    @Inject
    StarReviewWork starReviews;

    @Inject
    Clock clock;

    /** How many entries the event created (0 on redelivery). */
    public int on(Connection c, ForeignEvent event) {
        int created = 0;
        for (Scheme scheme : schemes.triggeredBy(c, event.eventType())) {
            for (Category category : scheme.categories()) {
                for (Indicator indicator : category.indicators()) {
                    if (indicator.trigger() != null && indicator.trigger().matches(event.eventType(), event.field())) {
                        for (String subjectId : indicator.trigger().subjectIds(event.field())) {
                            EntryId id = indicator.trigger().eachOfList()
                                    ? EntryId.fromEvent(event.eventId(), scheme.code(), indicator.code(), subjectId)
                                    : EntryId.fromEvent(event.eventId(), scheme.code(), indicator.code());
                            created += record(c, event, scheme, indicator, id, subjectId) ? 1 : 0;
                        }
                    }
                }
            }
        }
        return created;
    }

    private boolean record(Connection c, ForeignEvent event, Scheme scheme, Indicator indicator, EntryId id, String subjectId) {
        UUID subjectUuid;
        try {
            subjectUuid = UUID.fromString(subjectId);
        } catch (IllegalArgumentException e) {
            subjectUuid = null;
        }
        YearMonth month = YearMonth.from(event.occurredAt().atZone(CountyTime.ZONE));
        Books.TriggerBooks known = subjectUuid == null ? null : books.forTrigger(c, id, subjectUuid, event.gridCode(), scheme.code(),
                indicator.code(), indicator.capPerPeriod() != null, month);
        if (known != null && known.scored()) {
            return false; // delivered before
        }
        Subject subject = known == null ? null : known.known() != null ? known.known() : unregistered(event, scheme, indicator, subjectUuid);
        if (subject == null) {
            LOG.warnf("event %s (%s) names no subject at %s; indicator %s not scored", event.eventId(), event.eventType(),
                    indicator.trigger().subject(), indicator.code());
            return false;
        }
        try {
            List<ScoreEntryEvent> events = ScoreEntry.record(new RecordScoreEntry(id, scheme, indicator.code(), subject, month,
                    EntrySource.event(event.eventId().toString(), event.eventType()), List.of(), null, null),
                    known.pointsSoFar(), known.settled(), clock.instant());
            entries.append(c, ScoreEntry.NONE, events);
            if (subject.type() == SubjectType.HOUSEHOLD) {
                // not here: this transaction wrote before it could hold the household's stars (StarReviewWork)
                starReviews.note(c, subject.id().toString(), scheme.code(), month.getYear(), subject.code());
            }
            return true;
        } catch (ScoringRuleViolation e) {
            // a capped indicator or a settled quarter: the event is read, nothing is scored
            LOG.infof("event %s not scored on %s: %s", event.eventId(), indicator.code(), e.rule());
            return false;
        }
    }

    /** A grid worker the registry has not told us of yet: named and placed as the event says; other subjects: none. */
    private static Subject unregistered(ForeignEvent event, Scheme scheme, Indicator indicator, UUID subjectId) {
        return event.gridCode() == null || scheme.subjectType() != SubjectType.GRID_WORKER ? null
                : new Subject(scheme.subjectType(), subjectId, event.field().apply(indicator.trigger().subjectNamePath()),
                event.gridCode(), null);
    }
}
