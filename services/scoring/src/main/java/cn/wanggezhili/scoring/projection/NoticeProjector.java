package cn.wanggezhili.scoring.projection;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.NoticeEvent.NoticePublished;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionRaised;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionResolved;

/** Keeps notice_view and objection_view from notice events. */
@ApplicationScoped
public class NoticeProjector {

    void apply(Connection c, NoticeEvent event, int version) {
        switch (event) {
            case NoticePublished e -> Sql.update(c, """
                    insert into notice_view (id, code, period, closes_at, published_by, subjects, total_points, published_at, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing
                    """, e.noticeId().value(), e.code(), e.period(), e.closesAt(), e.publishedBy().username(), e.subjects(),
                    e.totalPoints(), e.at(), version);
            case ObjectionRaised e -> Sql.update(c, """
                    insert into objection_view (id, notice_id, entry_id, raised_by, reason, raised_at, status)
                    values (?, ?, ?, ?, ?, ?, 'OPEN') on conflict (id) do nothing
                    """, e.objectionId(), e.noticeId().value(), e.entryId().value(), e.raisedBy().username(), e.reason(), e.at());
            case ObjectionResolved e -> Sql.update(c, """
                    update objection_view set status = ?, amended_points = ?, note = ?, resolved_by = ?, resolved_at = ? where id = ?
                    """, e.outcome(), e.amendedPoints(), e.note(), e.resolvedBy().username(), e.at(), e.objectionId());
        }
        Sql.update(c, "update notice_view set version = ? where id = ? and version < ?", version, event.noticeId().value(), version);
    }
}
