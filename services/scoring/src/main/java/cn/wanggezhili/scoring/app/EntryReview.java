package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.Actor;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.HouseholdStars;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.security.Caller;

/**
 * The monthly review (一月一审核) of one entry, shared by approval and rejection inside their handlers' transactions:
 * the entry is loaded and its unit checked against the caller's scope, the domain decides, and the household's
 * stars follow.
 */
@ApplicationScoped
class EntryReview {

    /** The reviewer's verdict on a pending entry, as the domain gives it. */
    @FunctionalInterface
    interface Verdict {
        ScoreEntryEvent on(ScoreEntry entry, Actor reviewer, boolean settled, Instant now);
    }

    @Inject
    AggregateRepository<ScoreEntry, ScoreEntryEvent> entries;

    @Inject
    SubjectRegister subjects;

    @Inject
    Books books;

    @Inject
    StarKeeper stars;

    @Inject
    Clock clock;

    void review(EntryId id, Caller caller, Verdict verdict) {
        ScoreEntry entry = entries.require(id.value(), "score entry");
        requireCovers(caller, new GridCode(entry.code()));
        Actor reviewer = subjects.asActor(caller);
        YearMonth month = YearMonth.parse(entry.month());
        boolean settled = books.settled(entry.code(), month);
        HouseholdStars held = stars.hold(entry.subjectType(), entry.subjectId());
        entries.append(entry, List.of(verdict.on(entry, reviewer, settled, clock.instant())));
        stars.afterChange(id, entry.subjectType(), entry.subjectId(), entry.code(), month.getYear(), held);
    }
}
