package cn.wanggezhili.points.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.Optional;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.points.domain.SubjectTiers;
import cn.wanggezhili.points.domain.SubjectType;
import cn.wanggezhili.points.domain.Tier;

/**
 * Subjects' yearly tiers as scoring assigns them (scoring.TierAssigned.v1). A tier may arrive before the account
 * exists, so it is kept per subject; the latest year ranked applies. Read on the command's own connection.
 */
@ApplicationScoped
public class TierBook implements SubjectTiers {

    @Inject
    Database database;

    /** Called by the consumer, on its connection. */
    public void record(Connection c, SubjectType type, String subjectId, String code, int year, int tier, Integer rank,
                       Integer rankedAmong) {
        Sql.update(c, """
                insert into subject_tier (subject_type, subject_id, year, code, tier, rank, ranked_among) values (?, ?, ?, ?, ?, ?, ?)
                on conflict (subject_type, subject_id, year) do update
                   set tier = excluded.tier, rank = excluded.rank, ranked_among = excluded.ranked_among, code = excluded.code
                """, type, subjectId, year, code, tier, rank, rankedAmong);
    }

    @Override
    public Optional<Tier> latest(SubjectType type, String subjectId) {
        return database.run(c -> Sql.one(c, """
                select tier from subject_tier where subject_type = ? and subject_id = ? order by year desc limit 1
                """, rs -> new Tier(rs.getInt(1)), type, subjectId));
    }
}
