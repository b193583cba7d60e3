package cn.wanggezhili.scoring.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.Notice;
import cn.wanggezhili.scoring.domain.NoticeId;
import cn.wanggezhili.scoring.domain.Quarter;
import cn.wanggezhili.scoring.domain.QuarterSettlement;
import cn.wanggezhili.scoring.domain.SettlementEvent;
import cn.wanggezhili.scoring.domain.SubjectTotal;
import cn.wanggezhili.scoring.domain.SubjectType;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.ProblemException;

/**
 * Quarterly settlement (一季一兑现): a unit's approved points of the quarter become one PointsCredited per subject.
 * Settling the same unit and quarter again answers the first run and appends nothing; runs of one unit and quarter
 * are serialised by a transaction-scoped advisory lock, and each credit's stream admits one event only.
 */
@ApplicationScoped
public class Settlements {

    public record SettlementView(UUID id, String code, String quarter, int subjectsCredited, int pointsCredited,
                                 int subjectsWithoutPoints, int subjectsSettledBefore, String settledBy, Instant settledAt) {
    }

    @Inject
    EventLog log;

    @Inject
    Subjects subjects;

    /** The run, and whether this call made it (false: it had been settled before). */
    public record Outcome(SettlementView settlement, boolean created) {
    }

    @Transactional
    public Outcome settle(GridCode unit, Quarter quarter, Caller caller) {
        requireAnyRole(caller, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN);
        requireCovers(caller, unit);
        UUID runId = QuarterSettlement.runId(unit.value(), quarter);
        return log.run(c -> {
            Sql.one(c, "select pg_advisory_xact_lock(?)", rs -> 0, runId.getMostSignificantBits());
            Optional<SettlementView> before = find(c, runId);
            if (before.isPresent()) {
                return new Outcome(before.get(), false);
            }
            Notice notice = Sql.one(c, "select id from notice_view where code = ? and period = ?",
                    rs -> rs.getObject(1, UUID.class), unit.value(), quarter.toString())
                    .map(id -> log.notice(c, new NoticeId(id))).orElse(null);
            List<SubjectTotal> totals = totals(c, unit, quarter);
            var credited = new HashSet<>(Sql.list(c, "select subject_id from settlement_credit where quarter = ? and code like ?",
                    rs -> rs.getString(1), quarter.toString(), unit.subtreePrefix() + "%"));
            List<SettlementEvent> events = QuarterSettlement.decide(unit.value(), quarter, quarter.end(EventLog.ZONE), notice, totals, credited,
                    subjects.asActor(c, caller), log.now());
            log.appendSettlement(c, events);
            return new Outcome(find(c, runId).orElseThrow(), true);
        });
    }

    public SettlementView get(UUID id, Caller caller) {
        SettlementView view = log.run(c -> find(c, id)).orElseThrow(() -> ProblemException.notFound("settlement " + id));
        requireCovers(caller, new GridCode(view.code()));
        return view;
    }

    /** Each subject's approved points in the quarter, for subjects now on units under {@code unit}. */
    static List<SubjectTotal> totals(Connection c, GridCode unit, Quarter quarter) {
        String[] months = quarter.months().stream().map(Object::toString).toArray(String[]::new);
        return Sql.list(c, """
                select subject_type, subject_id, max(subject_name) as subject_name, max(code) as code, sum(points)::int as points
                  from entry_view where code like ? and month = any(?) and status = 'APPROVED'
                 group by subject_type, subject_id order by subject_id
                """, rs -> new SubjectTotal(SubjectType.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getInt(5)), unit.subtreePrefix() + "%", months);
    }

    private static Optional<SettlementView> find(Connection c, UUID runId) {
        return Sql.one(c, "select * from quarter_settlement where run_id = ?", Settlements::row, runId);
    }

    private static SettlementView row(ResultSet rs) throws SQLException {
        return new SettlementView(rs.getObject("run_id", UUID.class), rs.getString("code"), rs.getString("quarter"),
                rs.getInt("subjects_credited"), rs.getInt("points_credited"), rs.getInt("subjects_without_points"),
                rs.getInt("subjects_settled_before"), rs.getString("settled_by"), Sql.instant(rs, "settled_at"));
    }
}
