package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.NoticeId;
import cn.wanggezhili.scoring.domain.Quarter;
import cn.wanggezhili.scoring.domain.SubjectTotal;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/** What settling a unit's quarter needs to know of the books: its notice, each subject's points, who was credited. */
@ApplicationScoped
public class QuarterBooks {

    @Inject
    Database database;

    /** The notice of the unit's quarter, if its results were published. */
    public Optional<NoticeId> notice(GridCode unit, Quarter quarter) {
        return database.run(c -> Sql.one(c, "select id from notice_view where code = ? and period = ?",
                rs -> new NoticeId(rs.getObject(1, UUID.class)), unit.value(), quarter.toString()));
    }

    /** Each subject's approved points in the quarter, for subjects now on units under {@code unit}. */
    public List<SubjectTotal> totals(GridCode unit, Quarter quarter) {
        String[] months = quarter.months().stream().map(Object::toString).toArray(String[]::new);
        return database.run(c -> Sql.list(c, """
                select subject_type, subject_id, max(subject_name) as subject_name, max(code) as code, sum(points)::int as points
                  from entry_view where code like ? and month = any(?) and status = 'APPROVED'
                 group by subject_type, subject_id order by subject_id
                """, rs -> new SubjectTotal(SubjectType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getInt(5)), unit.subtreePrefix() + "%", months));
    }

    /** Subjects under {@code unit} credited for the quarter already (by an overlapping settlement). */
    public Set<String> creditedBefore(GridCode unit, Quarter quarter) {
        return new HashSet<>(database.run(c -> Sql.list(c, "select subject_id from settlement_credit where quarter = ? and code like ?",
                rs -> rs.getString(1), quarter.toString(), unit.subtreePrefix() + "%")));
    }
}
