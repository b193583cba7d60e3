package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.scoring.app.Commands.PublishNotice;
import cn.wanggezhili.scoring.domain.Notice;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.NoticeEvent.NoticePublished;
import cn.wanggezhili.scoring.domain.NoticeId;
import cn.wanggezhili.security.Caller;

/** Public notice (公示): a period's approved results of a subtree go up for an objection window, once per unit and period. */
@ApplicationScoped
public class PublishNoticeHandler {

    @Inject
    AggregateRepository<Notice, NoticeEvent> notices;

    @Inject
    PublishedNotices board;

    @Inject
    SubjectRegister subjects;

    @Inject
    Supplier<UUID> ids;

    @Inject
    Clock clock;

    /** The shortest objection window the county allows (a floor; the county picks each notice's window). */
    @ConfigProperty(name = "scoring.notice.shortest-window", defaultValue = "PT1M")
    Duration shortestWindow;

    @Transactional
    public NoticeId handle(PublishNotice cmd, Caller caller) {
        requireAnyRole(caller, ScoringRoles.PUBLISHERS);
        requireCovers(caller, cmd.unit());
        PublishedNotices.Results results = board.results(cmd.unit(), cmd.period());
        NoticeId id = new NoticeId(ids.get());
        NoticePublished published = Notice.publish(id, cmd.unit().value(), cmd.period().value(), cmd.objectionWindow(),
                shortestWindow, subjects.asActor(caller), results.subjects(), results.totalPoints(), clock.instant(), board);
        notices.append(Notice.NONE, List.of(published));
        return id;
    }
}
