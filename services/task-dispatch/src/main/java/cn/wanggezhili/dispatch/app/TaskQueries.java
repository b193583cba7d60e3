package cn.wanggezhili.dispatch.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.kernel.NotFound;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.Page;

/** Reads of the task list; every read checks the caller's scope on the task's current unit. */
@ApplicationScoped
public class TaskQueries {

    public record TaskView(UUID id, String code, String originCode, String typeCode, String title, String source,
                           String priority, String status, UUID ownerStaffId, String ownerUsername, String ownerName,
                           Instant dueAt, Instant createdAt, Instant completedAt, Instant closedAt,
                           String closedAtLevelCode, Boolean closedAtOrigin, int escalations, UUID duplicateOf,
                           UUID mediationCaseId, String mediationOutcome, int version) {
    }

    @Inject
    Database database;

    @Inject
    Clock clock;

    public TaskView task(TaskId id, Caller caller) {
        TaskView task = database.run(c -> Sql.one(c, "select * from task_view where id = ?", TaskQueries::row, id.value()))
                .orElseThrow(() -> new NotFound("task", id));
        GridScopeGuard.requireCovers(caller, new GridCode(task.code()));
        return task;
    }

    /** Tasks now on units under {@code under}, newest first; {@code mine} keeps the caller's own. */
    public Page<TaskView> list(GridCode under, String status, boolean mine, boolean overdue, int limit, String after, Caller caller) {
        GridScopeGuard.requireCovers(caller, under);
        Instant now = clock.instant();
        List<TaskView> rows = database.run(c -> Sql.list(c, """
                select * from task_view
                 where code like ? and (?::text is null or status = ?) and (not ? or owner_username = ?)
                   and (not ? or (due_at < ? and status in ('CREATED', 'ASSIGNED', 'ACCEPTED', 'IN_PROGRESS')))
                   and (?::text is null or id::text > ?)
                 order by id limit ?
                """, TaskQueries::row, under.subtreePrefix() + "%", status, status, mine, caller.username(), overdue, now,
                after, after, limit + 1));
        return Page.of(rows, limit, t -> t.id().toString());
    }

    private static TaskView row(ResultSet rs) throws SQLException {
        return new TaskView(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("origin_code"),
                rs.getString("type_code"), rs.getString("title"), rs.getString("source"), rs.getString("priority"),
                rs.getString("status"), rs.getObject("owner_staff_id", UUID.class), rs.getString("owner_username"),
                rs.getString("owner_name"), Sql.instant(rs, "due_at"), Sql.instant(rs, "created_at"),
                Sql.instant(rs, "completed_at"), Sql.instant(rs, "closed_at"), rs.getString("closed_at_level_code"),
                (Boolean) rs.getObject("closed_at_origin"), rs.getInt("escalations"), rs.getObject("duplicate_of", UUID.class),
                rs.getObject("mediation_case_id", UUID.class), rs.getString("mediation_outcome"), rs.getInt("version"));
    }
}
