package cn.wanggezhili.dispatch.api;

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
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.dispatch.api.Dtos.CompletionRequest;
import cn.wanggezhili.dispatch.api.Dtos.HandoverRequest;
import cn.wanggezhili.dispatch.api.Dtos.MergeRequest;
import cn.wanggezhili.dispatch.api.Dtos.ReasonRequest;
import cn.wanggezhili.dispatch.api.Dtos.ReportTaskRequest;
import cn.wanggezhili.dispatch.api.Dtos.TaskPage;
import cn.wanggezhili.dispatch.api.Dtos.TaskResponse;
import cn.wanggezhili.dispatch.app.AcceptTaskHandler;
import cn.wanggezhili.dispatch.app.CancelTaskHandler;
import cn.wanggezhili.dispatch.app.CloseTaskHandler;
import cn.wanggezhili.dispatch.app.Commands;
import cn.wanggezhili.dispatch.app.CompleteTaskHandler;
import cn.wanggezhili.dispatch.app.HandOverTaskHandler;
import cn.wanggezhili.dispatch.app.MergeTaskHandler;
import cn.wanggezhili.dispatch.app.ReportTaskHandler;
import cn.wanggezhili.dispatch.app.ReturnTaskForReworkHandler;
import cn.wanggezhili.dispatch.app.StartTaskHandler;
import cn.wanggezhili.dispatch.app.TaskQueries;
import cn.wanggezhili.dispatch.domain.TaskId;
import cn.wanggezhili.dispatch.domain.TaskStatus;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks", description = "Field work (巡查、入户走访、摸排、信息采集、事件、村民说事) from report to closure")
@SecurityRequirement(name = "oidc")
public class TaskResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    TaskQueries queries;

    @Inject
    Responses responses;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    ReportTaskHandler report;

    @Inject
    AcceptTaskHandler acceptTask;

    @Inject
    StartTaskHandler startTask;

    @Inject
    CompleteTaskHandler completeTask;

    @Inject
    ReturnTaskForReworkHandler returnTask;

    @Inject
    CloseTaskHandler closeTask;

    @Inject
    CancelTaskHandler cancelTask;

    @Inject
    HandOverTaskHandler handOverTask;

    @Inject
    MergeTaskHandler mergeTask;

    @GET
    @Operation(summary = "Tasks now on units under a unit (default: your scope); filter by status, your own, overdue",
            description = "Grid staff see the tasks on the units of their grid scope (a grid worker their grids, a chief their community, township and county staff their subtree); residents see none. `mine` keeps the tasks you own; `overdue` those past their deadline. Sorted by deadline; pages of `limit` with the `next` cursor.")
    public TaskPage listTasks(@QueryParam("under") String under, @QueryParam("status") String status,
                         @QueryParam("mine") @DefaultValue("false") boolean mine,
                         @QueryParam("overdue") @DefaultValue("false") boolean overdue,
                         @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                         @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        if (status != null && java.util.Arrays.stream(TaskStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw ProblemException.badField("status", "one of " + java.util.Arrays.toString(TaskStatus.values()));
        }
        if (after != null && !after.matches("[0-9a-f-]{36}")) {
            throw ProblemException.badField("after", "the next cursor of a previous page");
        }
        var page = queries.list(root, status, mine, overdue, limit, after, caller.get());
        return new TaskPage(page.items().stream().map(t -> responses.task(t, clock.instant())).toList(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One task with its deadline, owner, level and history",
            description = "Any staff member whose grid scope covers the task's unit, or who owns it; otherwise 404, as for an unknown id.")
    public TaskResponse getTask(@PathParam("id") UUID id) {
        return responses.task(queries.task(new TaskId(id), caller.get()), clock.instant());
    }

    @POST
    @Operation(summary = "Report or dispatch a task; it is routed to the staff covering the unit",
            description = "Grid staff report what they found (first discoverer); residents report a matter of their own (村民说事); supervisors dispatch work to a named assignee. The task goes to the staff covering the unit, with the type's deadline. A likely duplicate of an open task is kept and flagged. Refused outside your grid scope (403), for an unknown type or missing required attribute (400).")
    @APIResponse(responseCode = "201", description = "The task as reported, with its owner and deadline",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response reportTask(@Valid @NotNull ReportTaskRequest body, @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("report-task", body), () -> {
            TaskId id = report.handle(new Commands.ReportTask(body.typeCode(), unit, body.title(), body.description(),
                    body.priority(), body.attributes(), body.reporterNote(), body.assigneeUsername()), caller.get());
            return Response.created(URI.create("/api/v1/tasks/" + id)).entity(current(id)).build();
        });
    }

    @POST
    @Path("{id}/acceptances")
    @Operation(summary = "The owner accepts the task",
            description = "Only the task's owner; a task already accepted, done or closed refuses it (409).")
    @APIResponse(responseCode = "200", description = "The task after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response acceptTask(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "accept", id, null, () -> acceptTask.handle(new Commands.AcceptTask(new TaskId(id)), caller.get()));
    }

    @POST
    @Path("{id}/starts")
    @Operation(summary = "The owner starts work",
            description = "Only the task's owner, after accepting it (409 otherwise).")
    @APIResponse(responseCode = "200", description = "The task after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response startTask(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "start", id, null, () -> startTask.handle(new Commands.StartTask(new TaskId(id)), caller.get()));
    }

    @POST
    @Path("{id}/completions")
    @Operation(summary = "The owner reports the work done, with result, notes and evidence references",
            description = "Only the task's owner, once work has started; evidence are references to uploaded photos. A supervisor then closes it or returns it for rework.")
    @APIResponse(responseCode = "200", description = "The task after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response completeTask(@PathParam("id") UUID id, @Valid @NotNull CompletionRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "complete", id, body, () -> completeTask.handle(new Commands.CompleteTask(new TaskId(id), body.result(),
                body.notes(), body.evidence() == null ? List.of() : body.evidence()), caller.get()));
    }

    @POST
    @Path("{id}/returns")
    @Operation(summary = "A supervisor sends completed work back for rework",
            description = "Supervisors (grid chiefs, township and county administrators) whose scope covers the task's unit, for a completed task; the reason goes to the owner.")
    @APIResponse(responseCode = "200", description = "The task after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response returnTaskForRework(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "return", id, body,
                () -> returnTask.handle(new Commands.ReturnTaskForRework(new TaskId(id), body.reason()), caller.get()));
    }

    @POST
    @Path("{id}/closures")
    @Operation(summary = "A supervisor verifies completed work and closes the task at its current level",
            description = "Supervisors (grid chiefs, township and county administrators) whose scope covers the task's unit, for a completed task (409 otherwise). Closing an escalated task closes it at the level it reached.")
    @APIResponse(responseCode = "200", description = "The task after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response closeTask(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "close", id, null, () -> closeTask.handle(new Commands.CloseTask(new TaskId(id)), caller.get()));
    }

    @POST
    @Path("{id}/cancellations")
    @Operation(summary = "Cancel a task that should not be done, with a reason",
            description = "Supervisors (grid chiefs, township and county administrators) whose scope covers the task's unit; a closed task cannot be cancelled (409).")
    @APIResponse(responseCode = "200", description = "The task after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response cancelTask(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "cancel", id, body,
                () -> cancelTask.handle(new Commands.CancelTask(new TaskId(id), body.reason()), caller.get()));
    }

    @POST
    @Path("{id}/handovers")
    @Operation(summary = "The owner hands the task over to other staff covering its unit (first-inquiry responsibility ends here)",
            description = "Only the owner; the new owner must hold a post covering the task's unit (422 otherwise).")
    @APIResponse(responseCode = "200", description = "The task after the step",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response handOverTask(@PathParam("id") UUID id, @Valid @NotNull HandoverRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "handover", id, body,
                () -> handOverTask.handle(new Commands.HandOverTask(new TaskId(id), body.toUsername(), body.note()), caller.get()));
    }

    @POST
    @Path("{id}/merges")
    @Operation(summary = "Merge a duplicate report into the open task it repeats",
            description = "Supervisors (grid chiefs, township and county administrators) whose scope covers both tasks; the duplicate ends as merged into the open task it repeats.")
    @APIResponse(responseCode = "200", description = "The duplicate after the merge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TaskResponse.class)))
    public Response mergeTask(@PathParam("id") UUID id, @Valid @NotNull MergeRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        if (body.intoTaskId() == null) {
            throw ProblemException.badField("intoTaskId", "required");
        }
        return step(key, "merge", id, body,
                () -> mergeTask.handle(new Commands.MergeTask(new TaskId(id), new TaskId(body.intoTaskId())), caller.get()));
    }

    private Response step(String key, String name, UUID id, Object body, Supplier<?> command) {
        return idempotent.execute(key, caller.get().subject(), List.of(name, id, body == null ? "" : body), () -> {
            command.get();
            return Response.ok(current(new TaskId(id))).build();
        });
    }

    private TaskResponse current(TaskId id) {
        return responses.task(queries.task(id, caller.get()), clock.instant());
    }
}
