package cn.wanggezhili.dispatch.api;

import cn.wanggezhili.dispatch.app.TaskTypes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.dispatch.api.TaskFigureDtos.MicroGridsPatrolled;
import cn.wanggezhili.dispatch.api.TaskFigureDtos.TaskFiguresResponse;
import cn.wanggezhili.dispatch.api.TaskFigureDtos.TypeFigures;
import cn.wanggezhili.web.LocalPeriod;
import cn.wanggezhili.dispatch.app.TaskFigures;
import cn.wanggezhili.dispatch.app.TaskFigures.Figures;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.security.CurrentCaller;

@Path("/api/v1/task-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Task figures", description = "Coverage per unit and period: due, done, overdue, closed at the level of origin, micro-grids patrolled")
@SecurityRequirement(name = "oidc")
public class TaskFigureResource {

    @Inject
    TaskTypes taskTypes;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    TaskFigures figures;

    @GET
    @Operation(summary = "Task figures for the units under a unit and a period",
            description = "Staff within their grid scope: tasks reported, closed, overdue and escalated per unit and per type for the period (from/to, month or quarter; default this month, Asia/Shanghai).")
    public TaskFiguresResponse getTaskFigures(@QueryParam("under") String under,
                                       @Parameter(description = "First day, e.g. 2026-11-01 (with to)") @QueryParam("from") String from,
                                       @Parameter(description = "Last day, included, e.g. 2026-11-30 (with from)") @QueryParam("to") String to,
                                       @Parameter(description = "A month, e.g. 2026-11") @QueryParam("month") String month,
                                       @Parameter(description = "A quarter, e.g. 2026-Q4") @QueryParam("quarter") String quarter) {
        var root = caller.get().subtreeRoot(under);
        var period = LocalPeriod.parse(from, to, month, quarter, LocalPeriod.day(clock.instant()));
        return response(figures.figures(root, period, caller.get()));
    }

    private TaskFiguresResponse response(Figures f) {
        return new TaskFiguresResponse(f.code().value(), f.period().from(), f.period().to(), f.asOf(), f.due(), f.done(),
                f.overdue(), f.closedAtOriginShare(), f.escalated(),
                f.byType().stream().map(t -> new TypeFigures(t.typeCode(),
                        taskTypes.byCode(t.typeCode()).map(TaskType::nameZh).orElse(t.typeCode()), t.created(), t.closed())).toList(),
                new MicroGridsPatrolled(f.microGrids(), f.patrolled(), f.patrolledShare()));
    }
}
