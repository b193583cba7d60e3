package cn.wanggezhili.command.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import cn.wanggezhili.command.domain.CaseFigures;
import cn.wanggezhili.command.domain.GridLevels;
import cn.wanggezhili.command.domain.PointFigures;
import cn.wanggezhili.command.domain.TaskFigures;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.LocalPeriod;

/** The figures of a subtree for a period, read from the command centre's own tables; the caller's scope first. */
@ApplicationScoped
public class FigureQueries {

    @Inject
    Database database;

    @Inject
    Clock clock;

    @ConfigProperty(name = "command.mediation-success-target")
    double successTarget;

    @Inject
    GridLevels levels;

    public SuiteFigures figures(GridCode under, LocalPeriod period, Caller caller) {
        Watchers.require(caller);
        GridScopeGuard.requireCovers(caller, under);
        Instant now = clock.instant();
        String subtree = under.subtreePrefix() + "%";
        return database.run(c -> new SuiteFigures(under, period, now, tasks(c, subtree, period, now), cases(c, subtree, period),
                points(c, subtree, period), tenStarHouseholds(c, subtree), activeStaff(c, subtree, period),
                mostActive(c, subtree, period), levelsAsAnnounced(c)));
    }

    private TaskFigures tasks(Connection c, String subtree, LocalPeriod p, Instant now) {
        long[] n = Sql.one(c, """
                select count(*) filter (where created_at >= ? and created_at < ?),
                       count(*) filter (where status not in ('CLOSED', 'CANCELLED')),
                       count(*) filter (where status not in ('CLOSED', 'CANCELLED', 'COMPLETED', 'IN_MEDIATION') and due_at < ?),
                       count(*) filter (where status = 'CLOSED' and closed_at >= ? and closed_at < ?),
                       count(*) filter (where status = 'CLOSED' and closed_at >= ? and closed_at < ? and closed_at_origin)
                  from task_fact where origin_code like ?
                """, rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)},
                p.start(), p.end(), now, p.start(), p.end(), p.start(), p.end(), subtree).orElseThrow();
        Map<Integer, Long> escalated = new HashMap<>();
        Sql.list(c, """
                select e.to_depth, count(*) from task_escalation e join task_fact t on t.task_id = e.task_id
                 where t.origin_code like ? and e.at >= ? and e.at < ? group by e.to_depth
                """, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, subtree, p.start(), p.end())
                .forEach(row -> levels.ofDepth((int) row[0]).ifPresent(level -> escalated.put(level.number(), row[1])));
        return new TaskFigures(n[0], n[1], n[2], n[3], n[4], escalated);
    }

    /** The configured levels, with the Chinese names the registry announced on its units where it did. */
    private GridLevels levelsAsAnnounced(Connection c) {
        Map<Integer, String> announced = new HashMap<>();
        Sql.list(c, "select level, min(level_name) from grid_unit where level_name is not null group by level",
                rs -> Map.entry(rs.getInt(1), rs.getString(2))).forEach(e -> announced.put(e.getKey(), e.getValue()));
        return levels.named(announced);
    }

    private CaseFigures cases(Connection c, String subtree, LocalPeriod p) {
        return Sql.one(c, """
                select count(*) filter (where registered_at >= ? and registered_at < ?),
                       count(*) filter (where concluded),
                       count(*) filter (where concluded and outcome = 'AGREEMENT'),
                       count(*) filter (where concluded and outcome = 'AGREEMENT' and closed_at_level = 'GRID'),
                       avg(extract(epoch from closed_at - registered_at) / 86400) filter (where concluded)
                  from (select *, closed_at >= ? and closed_at < ? and outcome in ('AGREEMENT', 'FAILED') as concluded
                          from mediation_case where code like ?) m
                """, rs -> new CaseFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getObject(5) == null ? null : Math.round(rs.getDouble(5) * 10) / 10.0, successTarget),
                p.start(), p.end(), p.start(), p.end(), subtree).orElseThrow();
    }

    private static PointFigures points(Connection c, String subtree, LocalPeriod p) {
        long credited = Sql.count(c, "select coalesce(sum(points), 0) from points_credit where code like ? and at >= ? and at < ?",
                subtree, p.start(), p.end());
        return Sql.one(c, """
                select coalesce(sum(points), 0), count(*), coalesce(sum(items), 0)
                  from points_redemption where code like ? and at >= ? and at < ?
                """, rs -> new PointFigures(credited, rs.getLong(1), rs.getLong(2), rs.getLong(3)), subtree, p.start(), p.end())
                .orElseThrow();
    }

    private static long tenStarHouseholds(Connection c, String subtree) {
        return Sql.count(c, """
                select count(*) from (select household_id from star_holding where code like ?
                                       group by household_id having count(*) >= 10) h
                """, subtree);
    }

    private static long activeStaff(Connection c, String subtree, LocalPeriod p) {
        return Sql.count(c, "select count(distinct staff_id) from staff_activity where code like ? and day between ? and ?",
                subtree, p.from(), p.to());
    }

    private static List<SuiteFigures.StaffActivity> mostActive(Connection c, String subtree, LocalPeriod p) {
        return Sql.list(c, """
                select max(name), sum(actions) from staff_activity where code like ? and day between ? and ?
                 group by staff_id order by sum(actions) desc, max(name) limit 5
                """, rs -> new SuiteFigures.StaffActivity(rs.getString(1), rs.getLong(2)), subtree, p.from(), p.to());
    }
}
