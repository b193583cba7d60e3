package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.scoring.app.Commands.ResolveObjection;
import cn.wanggezhili.scoring.domain.HouseholdStars;
import cn.wanggezhili.scoring.domain.Notice;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionResolved;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.security.Caller;

/**
 * A reviewer or administrator resolves an objection on a notice of their unit: the entry stands (UPHELD), gets the
 * corrected points (AMENDED) or no longer counts (VOIDED), and the household's stars follow.
 */
@ApplicationScoped
public class ResolveObjectionHandler {

    @Inject
    AggregateRepository<Notice, NoticeEvent> notices;

    @Inject
    AggregateRepository<ScoreEntry, ScoreEntryEvent> entries;

    @Inject
    SubjectRegister subjects;

    @Inject
    StarKeeper stars;

    @Inject
    Clock clock;

    @Transactional
    public void handle(ResolveObjection cmd, Caller caller) {
        requireAnyRole(caller, ScoringRoles.PUBLISHERS);
        Notice notice = notices.require(cmd.noticeId().value(), "notice");
        requireCovers(caller, new GridCode(notice.code()));
        if (!notice.hasObjection(cmd.objectionId())) {
            throw new NotFound("objection", cmd.objectionId());
        }
        ObjectionResolved resolved = notice.resolve(cmd.objectionId(), cmd.outcome(), cmd.points(), cmd.note(),
                subjects.asActor(caller), clock.instant());
        // every stream appended to is read, and the household's stars held, before the first write (ADR 0001)
        ScoreEntry entry = entries.require(resolved.entryId().value(), "score entry");
        List<ScoreEntryEvent> changes = entry.afterObjection(resolved);
        HouseholdStars held = stars.hold(entry.subjectType(), entry.subjectId());
        notices.append(notice, List.of(resolved));
        if (!changes.isEmpty()) {
            entries.append(entry, changes);
            stars.afterChange(entry.id(), entry.subjectType(), entry.subjectId(), entry.code(),
                    YearMonth.parse(entry.month()).getYear(), held);
        }
    }
}
