package cn.wanggezhili.dispatch.api;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import cn.wanggezhili.dispatch.app.TaskTypes;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.dispatch.api.PlanDtos.CreatePlanRequest;
import cn.wanggezhili.dispatch.api.PlanDtos.PlanPage;
import cn.wanggezhili.dispatch.api.PlanDtos.PlanResponse;
import cn.wanggezhili.dispatch.app.Commands.CreatePlan;
import cn.wanggezhili.dispatch.app.Commands.StopPlan;
import cn.wanggezhili.dispatch.app.CreatePlanHandler;
import cn.wanggezhili.dispatch.app.PlanQueries;
import cn.wanggezhili.dispatch.app.PlanQueries.PlanView;
import cn.wanggezhili.dispatch.app.StopPlanHandler;
import cn.wanggezhili.dispatch.domain.Cadence;
import cn.wanggezhili.dispatch.domain.PlanId;
import cn.wanggezhili.dispatch.domain.TaskType;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Plans", description = "Work plans (工作计划): patrols, visits and surveys of every lowest-level unit, each period")
@SecurityRequirement(name = "oidc")
public class PlanResource {

    @Inject
    TaskTypes taskTypes;

    private static final Set<String> STATUSES = Set.of("ACTIVE", "STOPPED");

    @Inject
    CurrentCaller caller;

    @Inject
    PlanQueries queries;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    CreatePlanHandler create;

    @Inject
    StopPlanHandler stop;

    @GET
    @Operation(summary = "Plans on units under a unit (default: your scope), optionally ACTIVE or STOPPED only",
            description = "Staff see the plans on units of their grid scope. Pages of `limit` with the `next` cursor.")
    public PlanPage listPlans(@QueryParam("under") String under, @QueryParam("status") String status,
                         @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                         @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.badField("status", "ACTIVE or STOPPED");
        }
        if (after != null && !after.matches("[0-9a-f-]{36}")) {
            throw ProblemException.badField("after", "the next cursor of a previous page");
        }
        var page = queries.list(root, status, limit, after, caller.get());
        return new PlanPage(page.items().stream().map(this::response).toList(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One work plan with its cadence and its last run",
            description = "Staff whose grid scope covers the plan's unit; otherwise 404, as for an unknown id.")
    public PlanResponse getPlan(@PathParam("id") UUID id) {
        return response(queries.plan(new PlanId(id), caller.get()));
    }

    @POST
    @Operation(summary = "Set up a plan: each period, one task per lowest-level unit under the unit",
            description = "Supervisors (grid chiefs, township and county administrators) within their scope. Each period of the cadence (daily, weekly, monthly) the plan creates one task of its type on every lowest-level unit under its unit, routed to the staff covering it.")
    @APIResponse(responseCode = "201", description = "The plan as set up",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    public Response createPlan(@Valid @NotNull CreatePlanRequest body, @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        var code = GridCodes.parse(body.code(), "code");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("create-plan", body), () -> {
            PlanId id = create.handle(new CreatePlan(code, body.typeCode(), body.titleZh(), body.cadence(), body.startsOn()), caller.get());
            return Response.created(URI.create("/api/v1/plans/" + id)).entity(response(queries.plan(id, caller.get()))).build();
        });
    }

    @POST
    @Path("{id}/stops")
    @Operation(summary = "Stop a plan: no further periods run; tasks already created carry on",
            description = "Supervisors (grid chiefs, township and county administrators) within their scope; a stopped plan cannot be stopped again (409).")
    @APIResponse(responseCode = "200", description = "The plan after stopping",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanResponse.class)))
    public Response stopPlan(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("stop-plan", id), () -> {
            stop.handle(new StopPlan(new PlanId(id)), caller.get());
            return Response.ok(response(queries.plan(new PlanId(id), caller.get()))).build();
        });
    }

    private PlanResponse response(PlanView p) {
        return new PlanResponse(p.id(), p.code(), p.typeCode(), taskTypes.byCode(p.typeCode()).map(TaskType::nameZh).orElse(p.typeCode()),
                p.title(), p.cadence(), Cadence.valueOf(p.cadence()).nameZh(), p.startsOn(), p.status(), p.createdByUsername(),
                p.createdAt(), p.stoppedAt(), p.lastPeriodKey(), p.lastRunAt(), p.lastRunTasks(), p.runs(), p.version());
    }
}
