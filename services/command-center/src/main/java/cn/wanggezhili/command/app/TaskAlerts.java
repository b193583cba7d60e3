package cn.wanggezhili.command.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.web.Page;
import cn.wanggezhili.kernel.InvalidInput;

/** Open tasks that need the operations centre's eye: overdue now, or escalated out of the unit they arose on. */
@ApplicationScoped
public class TaskAlerts {

    public static final int MAX_LIMIT = 200;

    @Inject
    Database database;

    @Inject
    Clock clock;

    public record Alert(UUID taskId, String title, String typeCode, String originCode, String code, String status,
                        Instant dueAt, boolean overdue, int escalations, String ownerName) {
    }

    /** Most overdue first; {@code after} is the previous page's last task id. */
    public Page<Alert> alerts(GridCode under, int limit, String after, Caller caller) {
        Watchers.require(caller);
        GridScopeGuard.requireCovers(caller, under);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "between 1 and " + MAX_LIMIT);
        }
        UUID afterId = cursor(after);
        Instant now = clock.instant();
        List<Alert> rows = database.run(c -> Sql.list(c, """
                select task_id, title, type_code, origin_code, code, status, due_at, escalations, owner_name
                  from task_fact t
                 where origin_code like ? and status not in ('CLOSED', 'CANCELLED')
                   and (due_at < ? and status not in ('COMPLETED', 'IN_MEDIATION') or escalations > 0)
                   and (?::uuid is null or (due_at, task_id) > (select due_at, task_id from task_fact where task_id = ?::uuid))
                 order by due_at, task_id limit ?
                """, rs -> {
                    Instant due = Sql.instant(rs, "due_at");
                    return new Alert(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), due, due.isBefore(now) && runsAgainstDeadline(rs.getString(6)),
                            rs.getInt(8), rs.getString(9));
                }, under.subtreePrefix() + "%", now, afterId, afterId, limit + 1));
        return Page.of(rows, limit, a -> a.taskId().toString());
    }

    /** Work reported done, and a dispute the mediation studio has, are not overdue (task dispatch's rule). */
    private static boolean runsAgainstDeadline(String status) {
        return !"COMPLETED".equals(status) && !"IN_MEDIATION".equals(status);
    }

    private static UUID cursor(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(after);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("after", "the next cursor of a previous page");
        }
    }
}
