package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.web.LocalPeriod;
import cn.wanggezhili.web.ProblemException;

/** Sets up a work plan: a grid chief or anyone above, on a unit in their scope. */
@ApplicationScoped
public class CreatePlanHandler {

    @Inject
    TaskTypes taskTypes;

    @Inject
    Plans plans;

    @Inject
    Tasks tasks;

    @Inject
    StaffDirectory staff;

    @Transactional
    public PlanId handle(CreatePlan cmd, Caller caller) {
        requireAnyRole(caller, TaskLifecycleHandler.SUPERVISORS);
        requireCovers(caller, cmd.code());
        if (!staff.unitExists(cmd.code())) {
            throw ProblemException.notFound("grid unit " + cmd.code());
        }
        TaskType type = taskTypes.byCode(cmd.typeCode())
                .orElseThrow(() -> ProblemException.badField("typeCode", "unknown task type " + cmd.typeCode()));
        LocalDate startsOn = cmd.startsOn() == null ? LocalPeriod.day(tasks.now()) : cmd.startsOn();
        PlanId id = plans.newId();
        plans.append(Plan.NONE, List.of(Plan.create(id, cmd.code(), type, cmd.titleZh(), cmd.cadence(), startsOn,
                staff.asStaff(caller))));
        return id;
    }
}
