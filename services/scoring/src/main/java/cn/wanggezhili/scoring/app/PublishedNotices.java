package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.NoticeBoard;
import cn.wanggezhili.scoring.domain.Period;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/** The notice board over notice_view, and what a period's results of a subtree add up to, on the command's connection. */
@ApplicationScoped
public class PublishedNotices implements NoticeBoard {

    /** How many subjects a notice lists and their points in all. */
    public record Results(int subjects, int totalPoints) {
    }

    @Inject
    Database database;

    @Override
    public boolean isPublished(String code, String period) {
        return database.run(c -> Sql.count(c, "select count(*) from notice_view where code = ? and period = ?", code, period) > 0);
    }

    /** The approved results of the period on units under {@code unit}. */
    public Results results(GridCode unit, Period period) {
        return database.run(c -> Sql.one(c, """
                select count(distinct subject_id), coalesce(sum(points), 0) from entry_view
                 where code like ? and month = any(?) and status = 'APPROVED'
                """, rs -> new Results((int) rs.getLong(1), (int) rs.getLong(2)), unit.subtreePrefix() + "%", period.monthArray())
                .orElseThrow());
    }
}
