package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.scoring.domain.NoticeId;
import cn.wanggezhili.scoring.domain.Period;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The notice board (公示栏), leaderboards by subtree and period, and the ten-star households of a village. */
@ApplicationScoped
public class BoardQueries {

    public record NoticeView(UUID id, String code, String period, Instant closesAt, boolean open, String publishedBy,
                             int subjects, int totalPoints, Instant publishedAt, long openObjections) {
    }

    /** The resolution's fields are null while the objection is open; amendedPoints is set for AMENDED only. */
    public record ObjectionView(UUID id, UUID entryId, String raisedBy, String reason, Instant raisedAt, String status,
                                @Schema(nullable = true) Integer amendedPoints, @Schema(nullable = true) String note,
                                @Schema(nullable = true) String resolvedBy, @Schema(nullable = true) Instant resolvedAt) {
    }

    public record Standing(int rank, SubjectType subjectType, String subjectId, @Schema(nullable = true) String subjectName,
                           String code, int points, int entries) {
    }

    public record StarHolding(String star, String starName, boolean held, int score, int threshold, Instant changedAt) {
    }

    public record TenStarHousehold(String householdId, @Schema(nullable = true) String name, String code, int stars) {
    }

    @Inject
    Database database;

    @Inject
    Clock clock;

    public List<NoticeView> notices(GridCode under, Caller caller) {
        GridScopeGuard.requireCovers(caller, under);
        Instant now = clock.instant();
        return database.run(c -> Sql.list(c, """
                select n.*, (select count(*) from objection_view o where o.notice_id = n.id and o.status = 'OPEN') as open_objections
                  from notice_view n where n.code like ? order by n.published_at desc, n.id limit 200
                """, rs -> notice(rs, now), under.subtreePrefix() + "%"));
    }

    /** A notice: visible to whoever covers its unit, or any unit below it (a grid worker reads the township's notice). */
    public NoticeView notice(NoticeId id, Caller caller) {
        Instant now = clock.instant();
        NoticeView notice = database.run(c -> Sql.one(c, """
                select n.*, (select count(*) from objection_view o where o.notice_id = n.id and o.status = 'OPEN') as open_objections
                  from notice_view n where n.id = ?
                """, rs -> notice(rs, now), id.value())).orElseThrow(() -> new NotFound("notice", id));
        GridCode code = new GridCode(notice.code());
        if (!caller.covers(code) && caller.scope().stream().noneMatch(code::contains)) {
            GridScopeGuard.requireCovers(caller, code);
        }
        return notice;
    }

    public List<ObjectionView> objections(NoticeId id) {
        return database.run(c -> Sql.list(c, "select * from objection_view where notice_id = ? order by raised_at, id", rs -> new ObjectionView(
                rs.getObject("id", UUID.class), rs.getObject("entry_id", UUID.class), rs.getString("raised_by"), rs.getString("reason"),
                Sql.instant(rs, "raised_at"), rs.getString("status"), (Integer) rs.getObject("amended_points"), rs.getString("note"),
                rs.getString("resolved_by"), Sql.instant(rs, "resolved_at")), id.value()));
    }

    /** Approved points per subject under a unit in a period, highest first; equal points share a rank. */
    public List<Standing> leaderboard(GridCode under, SubjectType type, Period period, int limit, Caller caller) {
        GridScopeGuard.requireCovers(caller, under);
        List<Standing> rows = database.run(c -> Sql.list(c, """
                select subject_type, subject_id, max(subject_name), max(code), sum(points)::int as total, count(*)::int,
                       rank() over (order by sum(points) desc)::int
                  from entry_view where code like ? and month = any(?) and status = 'APPROVED' and (?::text is null or subject_type = ?)
                 group by subject_type, subject_id order by total desc, subject_id limit ?
                """, rs -> new Standing(rs.getInt(7), SubjectType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getInt(5), rs.getInt(6)), under.subtreePrefix() + "%", period.monthArray(),
                type == null ? null : type.name(), type == null ? null : type.name(), limit));
        return rows;
    }

    public List<StarHolding> stars(String householdId) {
        return database.run(c -> Sql.list(c, "select * from star_holding where household_id = ? order by star", rs -> new StarHolding(
                rs.getString("star"), rs.getString("star_name"), rs.getBoolean("held"), rs.getInt("score"), rs.getInt("threshold"),
                Sql.instant(rs, "changed_at")), householdId));
    }

    /** Households under a unit (a village) holding all ten stars now. */
    public List<TenStarHousehold> tenStarHouseholds(GridCode under, Caller caller) {
        GridScopeGuard.requireCovers(caller, under);
        return database.run(c -> Sql.list(c, """
                select h.household_id, max(s.name), max(h.code), count(*)::int from star_holding h
                  left join subject s on s.subject_id::text = h.household_id
                 where h.code like ? and h.held group by h.household_id having count(*) >= 10 order by max(h.code), h.household_id
                """, rs -> new TenStarHousehold(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)),
                under.subtreePrefix() + "%"));
    }

    private static NoticeView notice(ResultSet rs, Instant now) throws SQLException {
        Instant closes = Sql.instant(rs, "closes_at");
        return new NoticeView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("period"), closes,
                now.isBefore(closes), rs.getString("published_by"), rs.getInt("subjects"), rs.getInt("total_points"),
                Sql.instant(rs, "published_at"), rs.getLong("open_objections"));
    }
}
