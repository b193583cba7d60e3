package cn.wanggezhili.scoring.domain;

import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.ENTRY_NOT_ON_NOTICE;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.INVALID_WINDOW;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.NOTICE_ALREADY_PUBLISHED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.OBJECTION_ALREADY_RESOLVED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.OBJECTION_WINDOW_CLOSED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.POINTS_REQUIRED;
import static cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule.REASON_REQUIRED;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.NoticeEvent.NoticePublished;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionRaised;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionResolved;

/**
 * A public notice, rebuilt from its events: open for objections until {@code closesAt}; {@code objections} maps each
 * objection to its entry and whether it is resolved. Settlement waits until the window has closed and every
 * objection is resolved.
 */
public record Notice(NoticeId id, String code, String period, Instant closesAt, Map<UUID, Objection> objections, int version) {

    public static final Notice NONE = new Notice(null, null, null, null, Map.of(), 0);
    /** A notice is up for at most a month (公示期); the shortest window is the county's setting. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(31);

    public record Objection(EntryId entryId, boolean resolved) {
    }

    public Notice {
        objections = Map.copyOf(objections);
    }

    public static Notice replay(List<NoticeEvent> events) {
        Notice notice = NONE;
        for (NoticeEvent e : events) {
            notice = notice.evolve(e);
        }
        return notice;
    }

    public boolean exists() {
        return id != null;
    }

    /**
     * Puts a period's results of a unit up for objections, once per unit and period ({@code board}: the notices so
     * far), for a window of at least the county's {@code shortestWindow} and at most a month.
     */
    public static NoticePublished publish(NoticeId id, String code, String period, Duration window, Duration shortestWindow,
                                          Actor by, int subjects, int totalPoints, Instant now, NoticeBoard board) {
        if (board.isPublished(code, period)) {
            throw new ScoringRuleViolation(NOTICE_ALREADY_PUBLISHED, "period",
                    "the results of " + period + " for " + code + " are already on notice");
        }
        if (window == null || window.compareTo(shortestWindow) < 0 || window.compareTo(LONGEST_WINDOW) > 0) {
            throw new ScoringRuleViolation(INVALID_WINDOW, "objectionWindow", "the objection window is " + shortestWindow + " to 31 days");
        }
        return new NoticePublished(id, code, period, now.plus(window), by, subjects, totalPoints, now);
    }

    public boolean windowOpen(Instant now) {
        return now.isBefore(closesAt);
    }

    public long openObjections() {
        return objections.values().stream().filter(o -> !o.resolved()).count();
    }

    /** Anyone the notice concerns may object to one of its entries ({@link #lists}) while the window is open. */
    public ObjectionRaised raiseObjection(UUID objectionId, ScoreEntry entry, Actor by, String reason, Instant now) {
        return raiseObjection(objectionId, entry.id(), lists(entry), by, reason, now);
    }

    /** An entry is on the notice when it is approved, on the notice's subtree and counts in its period. */
    public boolean lists(ScoreEntry entry) {
        return entry.status() == EntryStatus.APPROVED && new GridCode(code).contains(new GridCode(entry.code()))
                && Period.of(period).map(p -> p.contains(entry.month())).orElse(false);
    }

    /** The rule itself, once whether the entry is on the notice is known. */
    ObjectionRaised raiseObjection(UUID objectionId, EntryId entryId, boolean entryOnNotice, Actor by, String reason,
                                   Instant now) {
        if (!windowOpen(now)) {
            throw new ScoringRuleViolation(OBJECTION_WINDOW_CLOSED, "entryId", "the objection window closed at " + closesAt);
        }
        if (reason == null || reason.isBlank()) {
            throw new ScoringRuleViolation(REASON_REQUIRED, "reason", "an objection gives its reason");
        }
        if (!entryOnNotice) {
            throw new ScoringRuleViolation(ENTRY_NOT_ON_NOTICE, "entryId", "the entry is not among this notice's approved results");
        }
        return new ObjectionRaised(id, code, objectionId, entryId, by, reason, now);
    }

    public boolean hasObjection(UUID objectionId) {
        return objections.containsKey(objectionId);
    }

    public ObjectionResolved resolve(UUID objectionId, ObjectionOutcome outcome, Integer amendedPoints, String note, Actor by,
                                     Instant now) {
        Objection objection = objections.get(objectionId);
        if (objection.resolved()) {
            throw new ScoringRuleViolation(OBJECTION_ALREADY_RESOLVED, "objectionId", "the objection is already resolved");
        }
        if (outcome == ObjectionOutcome.AMENDED && amendedPoints == null) {
            throw new ScoringRuleViolation(POINTS_REQUIRED, "points", "an amendment gives the corrected points");
        }
        return new ObjectionResolved(id, code, objectionId, objection.entryId(), outcome,
                outcome == ObjectionOutcome.AMENDED ? amendedPoints : null, note, by, now);
    }

    public Notice evolve(NoticeEvent event) {
        int v = version + 1;
        return switch (event) {
            case NoticePublished e -> new Notice(e.noticeId(), e.code(), e.period(), e.closesAt(), Map.of(), v);
            case ObjectionRaised e -> withObjection(e.objectionId(), new Objection(e.entryId(), false), v);
            case ObjectionResolved e -> withObjection(e.objectionId(), new Objection(e.entryId(), true), v);
        };
    }

    private Notice withObjection(UUID objectionId, Objection objection, int newVersion) {
        Map<UUID, Objection> next = new HashMap<>(objections);
        next.put(objectionId, objection);
        return new Notice(id, code, period, closesAt, next, newVersion);
    }
}
