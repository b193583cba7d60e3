package cn.wanggezhili.dispatch.app;

import static cn.wanggezhili.security.GridScopeGuard.requireAnyRole;
import static cn.wanggezhili.security.GridScopeGuard.requireCovers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.dispatch.app.Commands.CreatePlan;
import cn.wanggezhili.dispatch.domain.Plan;
import cn.wanggezhili.dispatch.domain.PlanEvent;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.web.LocalPeriod;

/** Sets up a work plan: a grid chief or anyone above, on a unit in their scope. */
@ApplicationScoped
public class CreatePlanHandler {

    @Inject
    TaskTypes taskTypes;

    @Inject
    AggregateRepository<Plan, PlanEvent> plans;

    @Inject
    StaffDirectory staff;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    @Transactional
    public PlanId handle(CreatePlan cmd, Caller caller) {
        requireAnyRole(caller, DispatchRoles.SUPERVISORS);
        requireCovers(caller, cmd.code());
        staff.requireUnit(cmd.code());
        TaskType type = taskTypes.known(cmd.typeCode());
        LocalDate startsOn = cmd.startsOn() == null ? LocalPeriod.day(clock.instant()) : cmd.startsOn();
        PlanId id = new PlanId(ids.get());
        plans.append(Plan.NONE, List.of(Plan.create(id, cmd.code(), type, cmd.titleZh(), cmd.cadence(), startsOn,
                staff.asStaff(caller))));
        return id;
    }
}
