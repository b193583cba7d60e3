package cn.wanggezhili.mediation.app;

import cn.wanggezhili.readpolicy.suite.MediationReadPolicy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.mediation.domain.DisputeType;
import cn.wanggezhili.mediation.domain.Level;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.LocalPeriod;

/**
 * Figures of a subtree for a period: cases registered, cases concluded (an agreement or a failure; withdrawn and
 * declined cases are no mediation outcome), the success rate (agreements among concluded), days from registration
 * to closure, and the share of concluded cases settled on the grid level (小事不出格). Cases count for the subtree
 * they were registered in, wherever they were handed.
 */
@ApplicationScoped
public class CaseFigures {

    public record Figures(GridCode code, LocalPeriod period, long registered, long closed, long concluded, long agreements,
                          long failed, long withdrawn, long declined, long openNow, Double averageDaysToClose,
                          long settledAtGrid, Map<String, Long> byDisputeType, Map<String, Long> agreementsByLevel) {

        public Double successRate() {
            return concluded == 0 ? null : (double) agreements / concluded;
        }

        public Double settledAtGridShare() {
            return concluded == 0 ? null : (double) settledAtGrid / concluded;
        }
    }

    @Inject
    Database database;

    public Figures figures(GridCode under, LocalPeriod period, Caller caller) {
        GridScopeGuard.requireAnyRole(caller, MediationReadPolicy.CASE_READERS);
        GridScopeGuard.requireCovers(caller, under);
        String subtree = under.subtreePrefix() + "%";
        Instant s = period.start();
        Instant e = period.end();
        return database.run(c -> {
            Object[] n = Sql.one(c, """
                    select count(*) filter (where registered_at >= ? and registered_at < ?),
                           count(*) filter (where closed_at >= ? and closed_at < ?),
                           count(*) filter (where closed_at >= ? and closed_at < ? and outcome = 'AGREEMENT'),
                           count(*) filter (where closed_at >= ? and closed_at < ? and outcome = 'FAILED'),
                           count(*) filter (where closed_at >= ? and closed_at < ? and outcome = 'WITHDRAWN'),
                           count(*) filter (where closed_at >= ? and closed_at < ? and outcome = 'DECLINED'),
                           count(*) filter (where registered_at < ? and status <> 'CLOSED'),
                           (avg(extract(epoch from closed_at - registered_at) / 86400.0)
                               filter (where closed_at >= ? and closed_at < ? and outcome in ('AGREEMENT', 'FAILED')))::float8,
                           count(*) filter (where closed_at >= ? and closed_at < ? and outcome = 'AGREEMENT' and closed_at_level = 'GRID')
                      from case_view where origin_code like ?
                    """, rs -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                    rs.getLong(6), rs.getLong(7), (Double) rs.getObject(8, Double.class), rs.getLong(9)},
                    s, e, s, e, s, e, s, e, s, e, s, e, e, s, e, s, e, subtree).orElseThrow();
            Map<String, Long> byType = new LinkedHashMap<>();
            for (DisputeType t : DisputeType.values()) {
                byType.put(t.name(), 0L);
            }
            Sql.list(c, """
                    select dispute_type, count(*) from case_view
                     where origin_code like ? and registered_at >= ? and registered_at < ? group by dispute_type
                    """, rs -> byType.put(rs.getString(1), rs.getLong(2)), subtree, s, e);
            Map<String, Long> byLevel = new LinkedHashMap<>();
            for (Level l : Level.values()) {
                byLevel.put(l.name(), 0L);
            }
            Sql.list(c, """
                    select closed_at_level, count(*) from case_view
                     where origin_code like ? and closed_at >= ? and closed_at < ? and outcome = 'AGREEMENT' group by closed_at_level
                    """, rs -> byLevel.put(rs.getString(1), rs.getLong(2)), subtree, s, e);
            long agreements = (Long) n[2];
            long failed = (Long) n[3];
            Double days = n[7] == null ? null : Math.round((Double) n[7] * 10) / 10.0;
            return new Figures(under, period, (Long) n[0], (Long) n[1], agreements + failed, agreements, failed,
                    (Long) n[4], (Long) n[5], (Long) n[6], days, (Long) n[8], byType, byLevel);
        });
    }
}
