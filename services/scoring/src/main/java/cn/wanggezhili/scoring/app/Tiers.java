package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.Ranking;
import cn.wanggezhili.scoring.domain.SubjectTotal;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

/**
 * The yearly summary (一年一总结) and rank within a grid subtree: each subject's yearly score is the base score of its
 * type's scheme plus its approved points of the year; the rank sets its tier in the points store. Ranking a
 * subtree, year and subject type again answers the first ranking and appends nothing.
 */
@ApplicationScoped
public class Tiers {

    public record YearlyScore(SubjectType subjectType, String subjectId, String subjectName, String code, int baseScore,
                              int points, int yearlyScore, int rank, int rankedAmong, Integer tier) {
    }

    @Inject
    EventLog log;

    /** The live yearly summary of a subtree, ranked (no tiers are assigned by reading it). */
    public List<YearlyScore> summary(GridCode under, int year, SubjectType type, Caller caller) {
        requireCovers(caller, under);
        return log.run(c -> ranked(c, under, year, type, log.now()).stream().map(t -> new YearlyScore(t.subjectType(),
                t.subjectId(), name(c, t.subjectId()), t.code(), base(c, type), t.yearlyScore() - base(c, type), t.yearlyScore(),
                t.rank(), t.rankedAmong(), t.tier())).toList());
    }

    @Transactional
    public List<TierAssigned> assign(GridCode under, int year, SubjectType type, Caller caller) {
        requireAnyRole(caller, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN);
        requireCovers(caller, under);
        UUID stream = UUID.nameUUIDFromBytes(("tiers:" + under + ":" + year + ":" + type).getBytes(StandardCharsets.UTF_8));
        return log.run(c -> {
            Sql.one(c, "select pg_advisory_xact_lock(?)", rs -> 0, stream.getMostSignificantBits());
            if (log.exists(c, stream)) {
                return Sql.list(c, "select * from tier_view where ranked_within = ? and year = ? and subject_type = ? order by rank, subject_id",
                        rs -> new TierAssigned(SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id"),
                                rs.getString("code"), year, rs.getInt("rank"), rs.getInt("ranked_among"), under.value(),
                                rs.getInt("tier"), rs.getInt("yearly_score"), Sql.instant(rs, "assigned_at")),
                        under.value(), year, type.name());
            }
            List<TierAssigned> tiers = ranked(c, under, year, type, log.now());
            if (!tiers.isEmpty()) {
                log.appendTiers(c, stream, tiers);
            }
            return tiers;
        });
    }

    private List<TierAssigned> ranked(Connection c, GridCode under, int year, SubjectType type, Instant now) {
        int base = base(c, type);
        List<SubjectTotal> totals = Sql.list(c, """
                select s.subject_id::text, s.code, coalesce(sum(e.points) filter (where e.status = 'APPROVED'), 0)::int
                  from subject s left join entry_view e on e.subject_id = s.subject_id::text and e.month like ?
                 where s.code like ? and s.subject_type = ? and s.active
                 group by s.subject_id, s.code
                """, rs -> new SubjectTotal(type, rs.getString(1), null, rs.getString(2), base + rs.getInt(3)),
                year + "-%", under.subtreePrefix() + "%", type.name());
        return Ranking.rank(totals, year, under.value(), now);
    }

    private static int base(Connection c, SubjectType type) {
        return (int) Sql.count(c, """
                select coalesce((select base_score from scheme_view where subject_type = ? order by published_at desc, version desc limit 1), 0)
                """, type.name());
    }

    private static String name(Connection c, String subjectId) {
        return Sql.one(c, "select name from subject where subject_id = ?::uuid", rs -> rs.getString(1), subjectId).orElse(null);
    }
}
