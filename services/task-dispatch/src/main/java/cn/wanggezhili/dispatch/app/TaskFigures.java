package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.LocalPeriod;

/**
 * Coverage figures of a subtree for a period (local days): how much work fell due and was done, how much ran late,
 * how much closed on the level it arose on ("small matters stay in the grid", 小事不出格), and how many of the
 * lowest-level units were patrolled. Tasks count for the subtree they arose in ({@code origin_code}), so work that
 * escalated out of a community still counts, as not closed at origin, for that community.
 */
@ApplicationScoped
public class TaskFigures {

    @Inject
    TaskTypes taskTypes;

    /** Task counts of one type: created in the period, closed in the period. */
    public record TypeFigures(String typeCode, long created, long closed) {
    }

    /**
     * {@code due}: due in the period and not cancelled; {@code done}: closed in the period; {@code overdue}: due in the
     * period and open past due now, closed after due, or escalated (escalation resets the due time, and happens only
     * to late work); {@code closedAtOrigin}: of {@code done}; {@code escalated}: created in the period and escalated
     * at least once; {@code microGrids}: lowest-level units (no children) of the subtree, of which {@code patrolled}
     * had a patrol task closed in the period.
     */
    public record Figures(GridCode code, LocalPeriod period, Instant asOf, long due, long done, long overdue,
                          long closedAtOrigin, long escalated, List<TypeFigures> byType, long microGrids, long patrolled) {

        /** Of the work closed in the period, the share closed on its level of origin; null when nothing closed. */
        public Double closedAtOriginShare() {
            return done == 0 ? null : (double) closedAtOrigin / done;
        }

        public Double patrolledShare() {
            return microGrids == 0 ? null : (double) patrolled / microGrids;
        }
    }

    @Inject
    Database database;

    @Inject
    Clock clock;

    public Figures figures(GridCode under, LocalPeriod period, Caller caller) {
        GridScopeGuard.requireCovers(caller, under);
        Instant now = clock.instant();
        String subtree = under.subtreePrefix() + "%";
        return database.run(c -> {
            long[] counts = counts(c, subtree, period, now);
            long[] coverage = coverage(c, subtree, period);
            return new Figures(under, period, now, counts[0], counts[1], counts[2], counts[3], counts[4],
                    byType(c, subtree, period), coverage[0], coverage[1]);
        });
    }

    /**
     * Late: past due and still open (not while the mediation studio has it), escalated, or closed after its due time
     * by its own staff; a task closed with its mediation case ran on the case's time, not the task's.
     */
    private static long[] counts(Connection c, String subtree, LocalPeriod p, Instant now) {
        Instant s = p.start();
        Instant e = p.end();
        return Sql.one(c, """
                select count(*) filter (where due_at >= ? and due_at < ? and status <> 'CANCELLED'),
                       count(*) filter (where status = 'CLOSED' and closed_at >= ? and closed_at < ?),
                       count(*) filter (where due_at >= ? and due_at < ? and status <> 'CANCELLED'
                                          and ((status not in ('CLOSED', 'IN_MEDIATION') and due_at < ?) or escalations > 0
                                               or closed_at > due_at and coalesce(mediation_outcome, 'DECLINED') = 'DECLINED')),
                       count(*) filter (where status = 'CLOSED' and closed_at >= ? and closed_at < ? and closed_at_origin),
                       count(*) filter (where created_at >= ? and created_at < ? and escalations > 0)
                  from task_view
                 where origin_code like ?
                """, rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)},
                s, e, s, e, s, e, now, s, e, s, e, subtree).orElseThrow();
    }

    /** Every catalogue type, in catalogue order and with zeros, so dashboards get the same rows each time. */
    private List<TypeFigures> byType(Connection c, String subtree, LocalPeriod p) {
        Map<String, TypeFigures> found = new LinkedHashMap<>();
        counted(c, subtree, p).forEach(t -> found.put(t.typeCode(), t));
        List<TypeFigures> all = new ArrayList<>();
        for (TaskType type : taskTypes.all()) {
            all.add(Optional.ofNullable(found.remove(type.code())).orElse(new TypeFigures(type.code(), 0, 0)));
        }
        all.addAll(found.values());
        return all;
    }

    private static List<TypeFigures> counted(Connection c, String subtree, LocalPeriod p) {
        Instant s = p.start();
        Instant e = p.end();
        return Sql.list(c, """
                select type_code,
                       count(*) filter (where created_at >= ? and created_at < ?),
                       count(*) filter (where status = 'CLOSED' and closed_at >= ? and closed_at < ?)
                  from task_view
                 where origin_code like ?
                 group by type_code order by type_code
                """, rs -> new TypeFigures(rs.getString(1), rs.getLong(2), rs.getLong(3)), s, e, s, e, subtree);
    }

    /** How many lowest-level units the subtree has, and how many of them had a patrol closed in the period. */
    private static long[] coverage(Connection c, String subtree, LocalPeriod p) {
        return Sql.one(c, """
                select count(*),
                       count(*) filter (where exists (
                           select 1 from task_view t
                            where t.origin_code = u.code and t.type_code = 'patrol' and t.status = 'CLOSED'
                              and t.closed_at >= ? and t.closed_at < ?))
                  from unit_directory u
                 where
                """ + LowestLevelUnits.CONDITION, rs -> new long[] {rs.getLong(1), rs.getLong(2)}, p.start(), p.end(), subtree).orElseThrow();
    }
}
