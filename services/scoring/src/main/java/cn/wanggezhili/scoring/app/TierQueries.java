package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The live yearly summary of a subtree, and the tiers assigned to it. */
@ApplicationScoped
public class TierQueries {

    public record YearlyScore(SubjectType subjectType, String subjectId, @Schema(nullable = true) String subjectName, String code,
                              int baseScore,
                              int points, int yearlyScore, int rank, int rankedAmong, Integer tier) {
    }

    @Inject
    Database database;

    @Inject
    YearlyRanking ranking;

    @Inject
    Clock clock;

    /** The summary ranked as it stands (no tiers are assigned by reading it). */
    public List<YearlyScore> summary(GridCode under, int year, SubjectType type, Caller caller) {
        GridScopeGuard.requireCovers(caller, under);
        List<TierAssigned> ranked = ranking.ranked(under, year, type, clock.instant());
        int base = ranking.baseScore(type);
        return database.run(c -> ranked.stream().map(t -> new YearlyScore(t.subjectType(), t.subjectId(),
                Sql.one(c, "select name from subject where subject_id = ?::uuid", rs -> rs.getString(1), t.subjectId()).orElse(null),
                t.code(), base, t.yearlyScore() - base, t.yearlyScore(), t.rank(), t.rankedAmong(), t.tier())).toList());
    }

    /** The tiers a ranking of the subtree, year and type assigned, best first. */
    public List<TierAssigned> assigned(GridCode under, int year, SubjectType type) {
        return database.run(c -> Sql.list(c, """
                select * from tier_view where ranked_within = ? and year = ? and subject_type = ? order by rank, subject_id
                """, rs -> new TierAssigned(SubjectType.valueOf(rs.getString("subject_type")), rs.getString("subject_id"),
                rs.getString("code"), year, rs.getInt("rank"), rs.getInt("ranked_among"), under.value(), rs.getInt("tier"),
                rs.getInt("yearly_score"), Sql.instant(rs, "assigned_at")), under.value(), year, type.name()));
    }
}
