package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import cn.wanggezhili.dispatch.app.Commands.ReportTask;
import cn.wanggezhili.dispatch.domain.DuplicateReports;
import cn.wanggezhili.dispatch.domain.OpenTaskSummary;
import cn.wanggezhili.dispatch.domain.Routing;
import cn.wanggezhili.dispatch.domain.Task;
import cn.wanggezhili.dispatch.domain.TaskEvent;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.dispatch.domain.TaskSource;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

/**
 * Creates a task and routes it: to the chosen assignee, to the grid worker who found it (first discoverer,
 * reporter and handler), or to the staff covering its unit. Whoever first receives it owns it until a handover.
 * A likely duplicate of an open report on the same micro-grid is flagged.
 */
@ApplicationScoped
public class ReportTaskHandler {

    @Inject
    TaskTypes taskTypes;

    @Inject
    AggregateRepository<Task, TaskEvent> tasks;

    @Inject
    StaffDirectory staff;

    @Inject
    Database database;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @ConfigProperty(name = "dispatch.duplicate-window")
    Duration duplicateWindow;

    @Transactional
    public TaskId handle(ReportTask cmd, Caller caller) {
        requireAnyRole(caller, Role.GRID_WORKER, Role.GRID_CHIEF, Role.TOWNSHIP_ADMIN, Role.COUNTY_ADMIN, Role.RESIDENT, Role.INTEGRATOR);
        requireCovers(caller, cmd.unitCode());
        staff.requireUnit(cmd.unitCode());
        TaskType type = taskTypes.known(cmd.typeCode());
        TaskSource source = sourceOf(caller);
        StaffRef reporter = source == TaskSource.RESIDENT_REPORT ? null : staff.asStaff(caller);
        Instant now = clock.instant();
        TaskId id = new TaskId(ids.get());

        List<TaskEvent> events = new ArrayList<>();
        events.add(Task.create(id, cmd.unitCode(), type, cmd.title(), cmd.description(), source, cmd.priority(), reporter,
                cmd.reporterNote(), cmd.attributes(), now));
        Task task = Task.replay(events);
        List<OpenTaskSummary> candidates = DuplicateReports.checks(type.code())
                ? openTasksWithin(type.code(), task, now.minus(duplicateWindow), now) : List.of();
        Optional<TaskId> duplicate = DuplicateReports.likelyDuplicate(type.code(), cmd.unitCode(), now, duplicateWindow, candidates);
        if (duplicate.isPresent()) {
            events.add(task.flagAsDuplicateOf(duplicate.get(), now));
            task = Task.replay(events);
        }
        Optional<StaffRef> owner = Routing.firstOwner(cmd.unitCode(), source, reporter, cmd.assigneeUsername(), staff);
        if (owner.isPresent()) {
            events.add(task.assign(owner.get(), now));
        }
        tasks.append(Task.NONE, events);
        return id;
    }

    private static TaskSource sourceOf(Caller caller) {
        if (caller.hasRole(Role.GRID_WORKER)) {
            return TaskSource.FIELD_REPORT;
        }
        if (caller.hasAnyRole(Role.RESIDENT, Role.INTEGRATOR)) {
            return TaskSource.RESIDENT_REPORT;
        }
        return TaskSource.DISPATCH;
    }

    /** The open tasks of the type on the task's unit created in the window, newest first (index task_view_open_on_unit). */
    private List<OpenTaskSummary> openTasksWithin(String typeCode, Task task, Instant from, Instant to) {
        return database.run(c -> Sql.list(c, """
                select id, type_code, code, created_at from task_view
                 where code = ? and type_code = ? and created_at between ? and ? and status not in ('CLOSED', 'CANCELLED')
                 order by created_at desc limit 10
                """, rs -> new OpenTaskSummary(new TaskId(rs.getObject(1, UUID.class)), rs.getString(2), rs.getString(3),
                Sql.instant(rs, "created_at")), task.code().value(), typeCode, from, to));
    }
}
