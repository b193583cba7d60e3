package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.Notice;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.NoticeId;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;

/**
 * The entries and notices a command names, loaded from their streams; an id that names none (or names another kind
 * of stream) answers 404.
 */
@ApplicationScoped
public class Existing {

    @Inject
    AggregateRepository<ScoreEntry, ScoreEntryEvent> entries;

    @Inject
    AggregateRepository<Notice, NoticeEvent> notices;

    public ScoreEntry entry(EntryId id) {
        ScoreEntry entry = entries.load(id.value());
        if (!entry.exists()) {
            throw new NotFound("score entry", id);
        }
        return entry;
    }

    public Notice notice(NoticeId id) {
        Notice notice = notices.load(id.value());
        if (!notice.exists()) {
            throw new NotFound("notice", id);
        }
        return notice;
    }
}
