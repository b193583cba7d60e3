package org.gridsuite.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.gridsuite.scoring.domain.Category;
import org.gridsuite.scoring.domain.EntryId;
import org.gridsuite.scoring.domain.EntrySource;
import org.gridsuite.scoring.domain.Indicator;
import org.gridsuite.scoring.domain.RecordScoreEntry;
import org.gridsuite.scoring.domain.Scheme;
import org.gridsuite.scoring.domain.ScoreEntry;
import org.gridsuite.scoring.domain.ScoreEntryEvent;
import org.gridsuite.scoring.domain.ScoringRuleViolation;
import org.gridsuite.scoring.domain.Subject;
import org.jboss.logging.Logger;

/**
 * Score entries from other services' events (a task closed on time, a case settled): every indicator whose trigger
 * matches records one entry for the subject the payload names. The entry's id comes from the event id and the
 * indicator, so an event delivered again finds its entry and creates nothing. Runs on the consumer's connection:
 * the entry commits together with the consumer's position.
 */
@ApplicationScoped
public class TriggeredEntries {

    private static final Logger LOG = Logger.getLogger(TriggeredEntries.class);

    /** An event from another service: its CloudEvents attributes and a reader of its payload's fields by path. */
    public record ForeignEvent(UUID eventId, String eventType, String gridCode, Instant occurredAt,
                               Function<String, String> field) {
    }

    @Inject
    EventLog log;

    @Inject
    Schemes schemes;

    @Inject
    Subjects subjects;

    @Inject
    Books books;

    @Inject
    StarKeeper stars;

    /** How many entries the event created (0 on redelivery). */
    public int on(Connection c, ForeignEvent event) {
        int created = 0;
        for (Scheme scheme : schemes.triggeredBy(c, event.eventType())) {
            for (Category category : scheme.categories()) {
                for (Indicator indicator : category.indicators()) {
                    if (indicator.trigger() != null && indicator.trigger().matches(event.eventType(), event.field())) {
                        created += record(c, event, scheme, indicator) ? 1 : 0;
                    }
                }
            }
        }
        return created;
    }

    private boolean record(Connection c, ForeignEvent event, Scheme scheme, Indicator indicator) {
        EntryId id = EntryId.fromEvent(event.eventId(), scheme.code(), indicator.code());
        if (log.exists(c, id.value())) {
            return false; // delivered before
        }
        Subject subject = subject(c, event, scheme, indicator);
        if (subject == null) {
            LOG.warnf("event %s (%s) names no subject at %s; indicator %s not scored", event.eventId(), event.eventType(),
                    indicator.trigger().subject(), indicator.code());
            return false;
        }
        YearMonth month = YearMonth.from(event.occurredAt().atZone(EventLog.ZONE));
        try {
            // the consumer's position was written first in this transaction: see StarKeeper.versionBefore
            int starsBefore = stars.versionBefore(c, subject.type(), subject.id().toString());
            List<ScoreEntryEvent> events = ScoreEntry.record(new RecordScoreEntry(id, scheme, indicator.code(), subject, month,
                    EntrySource.event(event.eventId().toString(), event.eventType()), List.of(), null, null),
                    books.pointsSoFar(c, subject.id().toString(), scheme.code(), indicator.code(), month),
                    books.settled(c, subject.code(), month), log.now());
            log.appendEntry(c, ScoreEntry.NONE, events);
            stars.afterChange(c, id, subject.type(), subject.id().toString(), subject.code(), month, starsBefore);
            return true;
        } catch (ScoringRuleViolation e) {
            // a capped indicator or a settled quarter: the event is read, nothing is scored
            LOG.infof("event %s not scored on %s: %s", event.eventId(), indicator.code(), e.rule());
            return false;
        }
    }

    /** The subject the payload names: from the register, or from the payload itself for staff not yet known here. */
    private Subject subject(Connection c, ForeignEvent event, Scheme scheme, Indicator indicator) {
        String id = event.field().apply(indicator.trigger().subject());
        UUID subjectId;
        try {
            subjectId = id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (subjectId == null) {
            return null;
        }
        return subjects.find(c, subjectId).orElseGet(() -> event.gridCode() == null ? null
                : new Subject(scheme.subjectType(), subjectId, event.field().apply(indicator.trigger().subjectNamePath()),
                event.gridCode(), null));
    }
}
