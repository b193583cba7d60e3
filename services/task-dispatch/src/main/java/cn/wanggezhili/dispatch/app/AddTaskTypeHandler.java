package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.Problem;
import cn.wanggezhili.web.ProblemException;
import cn.wanggezhili.web.ProblemType;

/** A county administrator adds a task type of the county's own; codes are never redefined. */
@ApplicationScoped
public class AddTaskTypeHandler {

    static final ProblemType TYPE_EXISTS = ProblemType.of("task-type-exists", 409, "任务类型编码已存在", "Task type code already in use");

    @Inject
    Tasks tasks;

    @Inject
    TaskTypes types;

    @Transactional
    public TaskType handle(TaskType type, Caller caller) {
        requireAnyRole(caller, Role.COUNTY_ADMIN);
        if (types.byCode(type.code()).isPresent()) {
            throw new ProblemException(Problem.forField(TYPE_EXISTS, "code", "task type " + type.code() + " exists"));
        }
        tasks.onConnection(c -> Sql.update(c, """
                insert into task_type (code, definition, added_by, added_at) values (?, ?::jsonb, ?, ?)
                """, type.code(), TaskTypes.write(type), caller.username(), tasks.now()));
        return type;
    }
}
