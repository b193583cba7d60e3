package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.Ranking;
import cn.wanggezhili.scoring.domain.SubjectTotal;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;

/**
 * The yearly summary (一年一总结) of a subtree, ranked: each active subject's yearly score is the base score of its
 * type's latest scheme plus its approved points of the year; the domain ranks them and sets their tiers.
 */
@ApplicationScoped
public class YearlyRanking {

    @Inject
    Database database;

    public List<TierAssigned> ranked(GridCode under, int year, SubjectType type, Instant now) {
        return database.run(c -> {
            int base = base(c, type);
            List<SubjectTotal> totals = Sql.list(c, """
                    select s.subject_id::text, s.code, coalesce(sum(e.points) filter (where e.status = 'APPROVED'), 0)::int
                      from subject s left join entry_view e on e.subject_id = s.subject_id::text and e.month like ?
                     where s.code like ? and s.subject_type = ? and s.active
                     group by s.subject_id, s.code
                    """, rs -> new SubjectTotal(type, rs.getString(1), null, rs.getString(2), base + rs.getInt(3)),
                    year + "-%", under.subtreePrefix() + "%", type.name());
            return Ranking.rank(totals, year, under.value(), now);
        });
    }

    /** The base score every subject of the type starts the year with: its latest scheme's. */
    public int baseScore(SubjectType type) {
        return database.run(c -> base(c, type));
    }

    private static int base(Connection c, SubjectType type) {
        return (int) Sql.count(c, """
                select coalesce((select base_score from scheme_view where subject_type = ? order by published_at desc, version desc limit 1), 0)
                """, type.name());
    }
}
