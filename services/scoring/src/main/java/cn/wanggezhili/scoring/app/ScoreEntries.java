package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.Actor;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.EntrySource;
import cn.wanggezhili.scoring.domain.RecordScoreEntry;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.ProblemException;

/**
 * Score entries recorded by scorers and reviewed monthly. Each command loads what it touches, checks the caller's
 * role and grid scope on the subject's unit, lets the domain decide and appends in one transaction.
 */
@ApplicationScoped
public class ScoreEntries {

    static final String[] SCORERS = {Role.SCORER, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};
    static final String[] REVIEWERS = {Role.REVIEWER, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN};

    public record RecordEntry(String schemeCode, String indicatorCode, UUID subjectId, YearMonth month, List<String> evidence,
                              String note) {
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

    @Transactional
    public EntryId record(RecordEntry cmd, Caller caller) {
        requireAnyRole(caller, SCORERS);
        return log.run(c -> {
            Subject subject = subjects.find(c, cmd.subjectId()).orElseThrow(() -> ProblemException.notFound("subject " + cmd.subjectId()));
            requireCovers(caller, new GridCode(subject.code()));
            Scheme scheme = schemes.latest(c, cmd.schemeCode()).orElseThrow(() -> ProblemException.notFound("scheme " + cmd.schemeCode()));
            YearMonth month = cmd.month() == null ? log.thisMonth() : cmd.month();
            EntryId id = new EntryId(log.newId());
            Actor scorer = subjects.asActor(c, caller);
            int starsBefore = stars.hold(c, subject.type(), subject.id().toString());
            List<ScoreEntryEvent> events = ScoreEntry.record(
                    new RecordScoreEntry(id, scheme, cmd.indicatorCode(), subject, month, EntrySource.scorer(), cmd.evidence(), cmd.note(), scorer),
                    books.pointsSoFar(c, subject.id().toString(), scheme.code(), cmd.indicatorCode(), month),
                    books.settled(c, subject.code(), month), log.now());
            log.appendEntry(c, ScoreEntry.NONE, events);
            stars.afterChange(c, id, subject.type(), subject.id().toString(), subject.code(), month.getYear(), starsBefore);
            return id;
        });
    }

    @Transactional
    public void approve(EntryId id, Caller caller) {
        review(id, caller, null);
    }

    @Transactional
    public void reject(EntryId id, String reason, Caller caller) {
        if (reason == null) {
            throw ProblemException.badField("reason", "required");
        }
        review(id, caller, reason);
    }

    private void review(EntryId id, Caller caller, String rejection) {
        requireAnyRole(caller, REVIEWERS);
        log.run(c -> {
            ScoreEntry entry = log.entry(c, id);
            requireCovers(caller, new GridCode(entry.code()));
            Actor reviewer = subjects.asActor(c, caller);
            YearMonth month = YearMonth.parse(entry.month());
            boolean settled = books.settled(c, entry.code(), month);
            int starsBefore = stars.hold(c, entry.subjectType(), entry.subjectId());
            ScoreEntryEvent event = rejection == null ? entry.approve(reviewer, settled, log.now())
                    : entry.reject(reviewer, rejection, settled, log.now());
            log.appendEntry(c, entry, List.of(event));
            stars.afterChange(c, id, entry.subjectType(), entry.subjectId(), entry.code(), month.getYear(), starsBefore);
            return null;
        });
    }
}
