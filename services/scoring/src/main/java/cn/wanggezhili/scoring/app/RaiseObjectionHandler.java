package cn.wanggezhili.scoring.app;

import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.app.Commands.RaiseObjection;
import cn.wanggezhili.scoring.domain.Notice;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionRaised;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.security.Caller;

/** Anyone whose scope covers an entry on a notice may object to it while the window is open: no role is required. */
@ApplicationScoped
public class RaiseObjectionHandler {

    @Inject
    AggregateRepository<ScoreEntry, ScoreEntryEvent> entries;

    @Inject
    AggregateRepository<Notice, NoticeEvent> notices;

    @Inject
    SubjectRegister subjects;

    @Inject
    Supplier<UUID> ids;

    @Inject
    Clock clock;

    /** The objection's id. */
    @Transactional
    public UUID handle(RaiseObjection cmd, Caller caller) {
        Notice notice = notices.require(cmd.noticeId().value(), "notice");
        ScoreEntry entry = entries.require(cmd.entryId().value(), "score entry");
        requireCovers(caller, new GridCode(entry.code()));
        UUID objectionId = ids.get();
        ObjectionRaised raised = notice.raiseObjection(objectionId, entry, subjects.asActor(caller), cmd.reason(), clock.instant());
        notices.append(notice, List.of(raised));
        return objectionId;
    }
}
