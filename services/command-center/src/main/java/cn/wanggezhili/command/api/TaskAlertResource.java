package cn.wanggezhili.command.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.command.api.FigureDtos.TaskAlert;
import cn.wanggezhili.command.api.FigureDtos.TaskAlertPage;
import cn.wanggezhili.command.app.TaskAlerts;
import cn.wanggezhili.security.CurrentCaller;

@Path("/api/v1/task-alerts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Task alerts", description = "Open tasks overdue now or escalated out of the unit they arose on")
@SecurityRequirement(name = "oidc")
public class TaskAlertResource {

    @Inject
    CurrentCaller caller;

    @Inject
    TaskAlerts alerts;

    @GET
    @Operation(summary = "Overdue and escalated open tasks that arose under a unit (default: your scope), most overdue first",
            description = "Staff at every level and integrators (county-admin, township-admin, grid-chief, grid-worker, "
                    + "scorer, reviewer, mediator, store-clerk, integrator) whose grid scope covers `under` (default: the first unit of the caller's "
                    + "scope). Returns the open tasks that arose in the subtree and are overdue now or were escalated out of "
                    + "the unit they arose on, earliest due first; work reported done and disputes with the mediation "
                    + "studio are not counted overdue. Pages hold up to `limit` alerts (1-200, default 50); pass `next` "
                    + "as `after` for the following page. 403 for residents and outside the caller's grid scope.")
    public TaskAlertPage listTaskAlerts(@QueryParam("under") String under, @QueryParam("limit") @DefaultValue("50") int limit,
                                        @QueryParam("after") String after) {
        var page = alerts.alerts(caller.get().subtreeRoot(under), limit, after, caller.get());
        return new TaskAlertPage(page.items().stream().map(a -> new TaskAlert(a.taskId().toString(), a.title(), a.typeCode(),
                a.originCode(), a.code(), a.status(), a.dueAt(), a.overdue(), a.escalations(), a.ownerName())).toList(), page.next());
    }
}
