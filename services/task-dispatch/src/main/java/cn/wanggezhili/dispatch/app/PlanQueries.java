package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.Page;

/** Reads of the plan list; every read checks the caller's scope on the plan's unit. */
@ApplicationScoped
public class PlanQueries {

    public record PlanView(UUID id, String code, String typeCode, String title, String cadence, LocalDate startsOn,
                           String status, String createdByUsername, Instant createdAt, Instant stoppedAt,
                           String lastPeriodKey, Instant lastRunAt, Integer lastRunTasks, int runs, int version) {
    }

    @Inject
    Database database;

    public PlanView plan(PlanId id, Caller caller) {
        PlanView plan = database.run(c -> Sql.one(c, "select * from plan_view where id = ?", PlanQueries::row, id.value()))
                .orElseThrow(() -> new NotFound("plan", id));
        GridScopeGuard.requireCovers(caller, new GridCode(plan.code()));
        return plan;
    }

    /** Plans on units under {@code under} (itself included), optionally of one status, paged by id. */
    public Page<PlanView> list(GridCode under, String status, int limit, String after, Caller caller) {
        GridScopeGuard.requireCovers(caller, under);
        List<PlanView> rows = database.run(c -> Sql.list(c, """
                select * from plan_view
                 where code like ? and (?::text is null or status = ?) and (?::text is null or id::text > ?)
                 order by id limit ?
                """, PlanQueries::row, under.subtreePrefix() + "%", status, status, after, after, limit + 1));
        return Page.of(rows, limit, p -> p.id().toString());
    }

    private static PlanView row(ResultSet rs) throws SQLException {
        return new PlanView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("type_code"),
                rs.getString("title"), rs.getString("cadence"), rs.getObject("starts_on", LocalDate.class),
                rs.getString("status"), rs.getString("created_by_username"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "stopped_at"), rs.getString("last_period_key"), Sql.instant(rs, "last_run_at"),
                (Integer) rs.getObject("last_run_tasks"), rs.getInt("runs"), rs.getInt("version"));
    }
}
