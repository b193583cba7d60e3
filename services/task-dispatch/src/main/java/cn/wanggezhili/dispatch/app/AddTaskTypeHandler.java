package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import cn.wanggezhili.dispatch.app.Commands.AddTaskType;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;

/** A county administrator adds a task type of the county's own; codes are never redefined (TaskType.addTo). */
@ApplicationScoped
public class AddTaskTypeHandler {

    @Inject
    TaskTypes types;

    @Inject
    Database database;

    @Inject
    Clock clock;

    @Transactional
    public TaskType handle(AddTaskType cmd, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN);
        TaskType type = cmd.type().addTo(types);
        database.run(c -> Sql.update(c, """
                insert into task_type (code, definition, added_by, added_at) values (?, ?::jsonb, ?, ?)
                """, type.code(), TaskTypes.write(type), caller.username(), clock.instant()));
        return type;
    }
}
