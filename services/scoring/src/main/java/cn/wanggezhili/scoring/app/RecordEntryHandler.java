package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.scoring.app.Commands.RecordEntry;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.EntrySource;
import cn.wanggezhili.scoring.domain.HouseholdStars;
import cn.wanggezhili.scoring.domain.RecordScoreEntry;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.security.Caller;

/**
 * A scorer records a score entry (一事一记录) for a subject in scope, citing an indicator of the scheme's latest version;
 * it awaits the monthly review.
 */
@ApplicationScoped
public class RecordEntryHandler {

    @Inject
    AggregateRepository<ScoreEntry, ScoreEntryEvent> entries;

    @Inject
    SubjectRegister subjects;

    @Inject
    PublishedSchemes schemes;

    @Inject
    Books books;

    @Inject
    StarKeeper stars;

    @Inject
    CountyTime countyTime;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Transactional
    public EntryId handle(RecordEntry cmd, Caller caller) {
        requireAnyRole(caller, ScoringRoles.SCORERS);
        Subject subject = subjects.find(cmd.subjectId()).orElseThrow(() -> new NotFound("subject", cmd.subjectId()));
        requireCovers(caller, new GridCode(subject.code()));
        Scheme scheme = schemes.latest(cmd.schemeCode()).orElseThrow(() -> new NotFound("scheme", cmd.schemeCode()));
        YearMonth month = cmd.month() == null ? countyTime.thisMonth() : cmd.month();
        EntryId id = new EntryId(ids.get());
        RecordScoreEntry record = new RecordScoreEntry(id, scheme, cmd.indicatorCode(), subject, month, EntrySource.scorer(),
                cmd.evidence(), cmd.note(), subjects.asActor(caller));
        // the household's stars and the indicator's month are held before the first write (ADR 0001)
        HouseholdStars held = stars.hold(subject.type(), subject.id().toString());
        List<ScoreEntryEvent> events = ScoreEntry.record(record,
                books.pointsSoFar(subject.id().toString(), scheme.code(), cmd.indicatorCode(), month),
                books.settled(subject.code(), month), clock.instant());
        entries.append(ScoreEntry.NONE, events);
        stars.afterChange(id, subject.type(), subject.id().toString(), subject.code(), month.getYear(), held);
        return id;
    }
}
