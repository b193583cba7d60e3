package cn.wanggezhili.scoring.domain;

import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.CAP_EXCEEDED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.ENTRY_NOT_APPROVED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.EVIDENCE_REQUIRED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.NOT_PENDING;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.PERIOD_SETTLED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.REASON_REQUIRED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.REVIEWER_IS_SCORER;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.REVIEWER_IS_SUBJECT;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.SELF_SCORING;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.WRONG_SUBJECT_TYPE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionResolved;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryAmended;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryApproved;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryRecorded;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryRejected;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryVoided;

/**
 * A score entry, rebuilt from its events. Command methods check the rules and return new events; {@link #evolve}
 * gives the next state. {@code recordedBy} is the scorer (SYSTEM for an entry from an event).
 */
public record ScoreEntry(EntryId id, String code, SubjectType subjectType, String subjectId, String subjectUsername,
                         String month, int points, EntryStatus status, Actor recordedBy, int version) {

    public static final ScoreEntry NONE = new ScoreEntry(null, null, null, null, null, null, 0, null, null, 0);

    public static ScoreEntry replay(List<ScoreEntryEvent> events) {
        ScoreEntry entry = NONE;
        for (ScoreEntryEvent e : events) {
            entry = entry.evolve(e);
        }
        return entry;
    }

    public boolean exists() {
        return id != null;
    }

    /**
     * Records an entry. {@code pointsSoFar} is what the subject already collected on the indicator that month
     * (pending or approved, in absolute points): the cap bounds it. {@code settled} is true when the month's
     * quarter is settled for the subject's unit: its books are closed.
     */
    public static List<ScoreEntryEvent> record(RecordScoreEntry cmd, int pointsSoFar, boolean settled, Instant at) {
        Scheme scheme = cmd.scheme();
        Indicator indicator = scheme.requireIndicator(cmd.indicatorCode());
        Subject subject = cmd.subject();
        if (subject.type() != scheme.subjectType()) {
            throw new ScoringRuleViolation(WRONG_SUBJECT_TYPE, "subjectId",
                    "scheme " + scheme.code() + " scores " + scheme.subjectType() + ", not " + subject.type());
        }
        if (cmd.scorer() != null && subject.isLoggedInAs(cmd.scorer().username())) {
            throw new ScoringRuleViolation(SELF_SCORING, "subjectId", "nobody scores themselves");
        }
        if (indicator.evidenceRequired() && !cmd.source().fromEvent() && cmd.evidence().isEmpty()) {
            throw new ScoringRuleViolation(EVIDENCE_REQUIRED, "evidence", "indicator " + indicator.code() + " needs evidence");
        }
        if (settled) {
            throw new ScoringRuleViolation(PERIOD_SETTLED, "month", "the quarter of " + cmd.month() + " is settled");
        }
        if (indicator.capPerPeriod() != null && pointsSoFar + Math.abs(indicator.points()) > indicator.capPerPeriod()) {
            throw new ScoringRuleViolation(CAP_EXCEEDED, "indicatorCode", "indicator " + indicator.code() + " is capped at "
                    + indicator.capPerPeriod() + " points a month; " + pointsSoFar + " already recorded");
        }
        Category category = scheme.categoryOf(indicator.code());
        Actor by = cmd.scorer() == null ? Actor.SYSTEM : cmd.scorer();
        List<ScoreEntryEvent> events = new ArrayList<>();
        events.add(new ScoreEntryRecorded(cmd.entryId(), subject.code(), scheme.code(), scheme.version(), category.code(),
                indicator.code(), category.star(), subject.type(), subject.id().toString(), subject.name(), subject.username(),
                cmd.month().toString(), indicator.points(), cmd.source(), cmd.evidence(), cmd.note(), by, at));
        if (cmd.source().fromEvent() && indicator.autoApproved()) {
            events.add(new ScoreEntryApproved(cmd.entryId(), subject.code(), Actor.SYSTEM, at));
        }
        return events;
    }

    /** A reviewer, never the entry's own scorer nor its subject, approves a pending entry (一月一审核). */
    public ScoreEntryApproved approve(Actor reviewer, boolean settled, Instant at) {
        checkReview(reviewer, settled);
        return new ScoreEntryApproved(id, code, reviewer, at);
    }

    public ScoreEntryRejected reject(Actor reviewer, String reason, boolean settled, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new ScoringRuleViolation(REASON_REQUIRED, "reason", "a rejection gives its reason");
        }
        checkReview(reviewer, settled);
        return new ScoreEntryRejected(id, code, reviewer, reason, at);
    }

    private void checkReview(Actor reviewer, boolean settled) {
        if (status != EntryStatus.PENDING) {
            throw new ScoringRuleViolation(NOT_PENDING, "status", "the entry is " + status + ", not pending review");
        }
        if (reviewer.isSamePersonAs(recordedBy.username())) {
            throw new ScoringRuleViolation(REVIEWER_IS_SCORER, "reviewer", "a scorer does not review their own entries");
        }
        if (reviewer.isSamePersonAs(subjectUsername)) {
            throw new ScoringRuleViolation(REVIEWER_IS_SUBJECT, "reviewer", "nobody reviews their own score");
        }
        if (settled) {
            throw new ScoringRuleViolation(PERIOD_SETTLED, "month", "the quarter of " + month + " is settled");
        }
    }

    /**
     * What a resolved objection does to its entry: an upheld one leaves it as it is, an amendment gives it the
     * corrected points, a voided one strikes it out.
     */
    public List<ScoreEntryEvent> afterObjection(ObjectionResolved resolved) {
        String objectionId = resolved.objectionId().toString();
        return switch (resolved.outcome()) {
            case UPHELD -> List.of();
            case AMENDED -> List.of(amend(resolved.amendedPoints(), objectionId, resolved.resolvedBy(), resolved.at()));
            case VOIDED -> List.of(voidEntry(objectionId, resolved.resolvedBy(), resolved.at()));
        };
    }

    /** An objection's outcome changes the points of an approved entry. */
    public ScoreEntryAmended amend(int newPoints, String objectionId, Actor by, Instant at) {
        requireApproved();
        return new ScoreEntryAmended(id, code, points, newPoints, objectionId, by, at);
    }

    /** An objection's outcome strikes an approved entry out. */
    public ScoreEntryVoided voidEntry(String objectionId, Actor by, Instant at) {
        requireApproved();
        return new ScoreEntryVoided(id, code, objectionId, by, at);
    }

    private void requireApproved() {
        if (status != EntryStatus.APPROVED) {
            throw new ScoringRuleViolation(ENTRY_NOT_APPROVED, "entryId", "only approved entries are on public notice");
        }
    }

    public ScoreEntry evolve(ScoreEntryEvent event) {
        int v = version + 1;
        return switch (event) {
            case ScoreEntryRecorded e -> new ScoreEntry(e.entryId(), e.code(), e.subjectType(), e.subjectId(),
                    e.subjectUsername(), e.month(), e.points(), EntryStatus.PENDING, e.recordedBy(), v);
            case ScoreEntryApproved approved -> with(points, EntryStatus.APPROVED, v);
            case ScoreEntryRejected rejected -> with(points, EntryStatus.REJECTED, v);
            case ScoreEntryAmended e -> with(e.newPoints(), status, v);
            case ScoreEntryVoided voided -> with(points, EntryStatus.VOIDED, v);
        };
    }

    private ScoreEntry with(int newPoints, EntryStatus newStatus, int newVersion) {
        return new ScoreEntry(id, code, subjectType, subjectId, subjectUsername, month, newPoints, newStatus, recordedBy, newVersion);
    }
}
