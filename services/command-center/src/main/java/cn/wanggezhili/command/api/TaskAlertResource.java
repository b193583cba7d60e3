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
    @Operation(summary = "Overdue and escalated open tasks that arose under a unit (default: your scope), most overdue first")
    public TaskAlertPage alerts(@QueryParam("under") String under, @QueryParam("limit") @DefaultValue("50") int limit,
                                @QueryParam("after") String after) {
        var page = alerts.alerts(caller.get().subtreeRoot(under), limit, after, caller.get());
        return new TaskAlertPage(page.items().stream().map(a -> new TaskAlert(a.taskId().toString(), a.title(), a.typeCode(),
                a.originCode(), a.code(), a.status(), a.dueAt(), a.overdue(), a.escalations(), a.ownerName())).toList(), page.next());
    }
}
