package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.Actor;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.Notice;
import cn.wanggezhili.scoring.domain.NoticeEvent.NoticePublished;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionRaised;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionResolved;
import cn.wanggezhili.scoring.domain.NoticeId;
import cn.wanggezhili.scoring.domain.ObjectionOutcome;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.ScoringRuleViolation;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.ProblemException;

/**
 * Public notice (公示): a period's approved results for a subtree go up for an objection window; objections are
 * raised by anyone whose scope covers the entry and resolved by a reviewer or administrator (upheld, amended,
 * voided) before the quarter is settled.
 */
@ApplicationScoped
public class Notices {

    static final String[] PUBLISHERS = {Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN, Role.REVIEWER};

    @Inject
    EventLog log;

    @Inject
    Subjects subjects;

    @Inject
    StarKeeper stars;

    /** The shortest objection window the county allows (a floor; the county picks each notice's window). */
    @ConfigProperty(name = "scoring.notice.shortest-window", defaultValue = "PT1M")
    Duration shortestWindow;

    @Transactional
    public NoticeId publish(GridCode unit, Period period, Duration window, Caller caller) {
        requireAnyRole(caller, PUBLISHERS);
        requireCovers(caller, unit);
        return log.run(c -> {
            if (Sql.count(c, "select count(*) from notice_view where code = ? and period = ?", unit.value(), period.value()) > 0) {
                throw new ScoringRuleViolation(ScoringRuleViolation.Rule.NOTICE_ALREADY_PUBLISHED, "period",
                        "the results of " + period.value() + " for " + unit + " are already on notice");
            }
            long[] totals = Sql.one(c, """
                    select count(distinct subject_id), coalesce(sum(points), 0) from entry_view
                     where code like ? and month = any(?) and status = 'APPROVED'
                    """, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, unit.subtreePrefix() + "%", period.monthArray()).orElseThrow();
            NoticeId id = new NoticeId(log.newId());
            NoticePublished event = Notice.publish(id, unit.value(), period.value(), window, shortestWindow, subjects.asActor(c, caller),
                    (int) totals[0], (int) totals[1], log.now());
            log.appendNotice(c, Notice.NONE, event);
            return id;
        });
    }

    @Transactional
    public UUID object(NoticeId noticeId, EntryId entryId, String reason, Caller caller) {
        return log.run(c -> {
            Notice notice = log.notice(c, noticeId);
            ScoreEntry entry = log.entry(c, entryId);
            requireCovers(caller, new GridCode(entry.code()));
            boolean onNotice = entry.status() == cn.wanggezhili.scoring.domain.EntryStatus.APPROVED
                    && new GridCode(notice.code()).contains(new GridCode(entry.code()))
                    && Period.parse(notice.period(), "period").months().contains(entry.month());
            UUID objectionId = log.newId();
            ObjectionRaised event = notice.raiseObjection(objectionId, entryId, onNotice, subjects.asActor(c, caller), reason, log.now());
            log.appendNotice(c, notice, event);
            return objectionId;
        });
    }

    @Transactional
    public void resolve(NoticeId noticeId, UUID objectionId, ObjectionOutcome outcome, Integer points, String note, Caller caller) {
        requireAnyRole(caller, PUBLISHERS);
        log.run(c -> {
            Notice notice = log.notice(c, noticeId);
            requireCovers(caller, new GridCode(notice.code()));
            if (!notice.hasObjection(objectionId)) {
                throw ProblemException.notFound("objection " + objectionId);
            }
            Actor by = subjects.asActor(c, caller);
            ObjectionResolved resolved = notice.resolve(objectionId, outcome, points, note, by, log.now());
            // every stream appended to is read before the first write (ADR 0001)
            ScoreEntry entry = log.entry(c, resolved.entryId());
            int starsBefore = stars.hold(c, entry.subjectType(), entry.subjectId());
            log.appendNotice(c, notice, resolved);
            if (outcome != ObjectionOutcome.UPHELD) {
                ScoreEntryEvent change = outcome == ObjectionOutcome.AMENDED
                        ? entry.amend(points, objectionId.toString(), by, log.now())
                        : entry.voidEntry(objectionId.toString(), by, log.now());
                log.appendEntry(c, entry, List.of(change));
                stars.afterChange(c, entry.id(), entry.subjectType(), entry.subjectId(), entry.code(), YearMonth.parse(entry.month()).getYear(),
                        starsBefore);
            }
            return null;
        });
    }
}
