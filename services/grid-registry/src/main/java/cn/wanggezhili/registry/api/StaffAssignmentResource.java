package cn.wanggezhili.registry.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.api.Dtos.AssignStaffRequest;
import cn.wanggezhili.registry.api.Dtos.StaffAssignmentResponse;
import cn.wanggezhili.registry.app.AssignStaffHandler;
import cn.wanggezhili.registry.app.Commands;
import cn.wanggezhili.registry.app.GridUnitQueries;
import cn.wanggezhili.registry.app.UnassignStaffHandler;
import cn.wanggezhili.registry.domain.AssignmentId;
import cn.wanggezhili.registry.domain.StaffId;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/grid-units/{code}/staff-assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Staff", description = "Posts on grid units (网格长、网格员、网格信息员、网格警员、三长) and their history")
@SecurityRequirement(name = "oidc")
public class StaffAssignmentResource {

    @Inject
    CurrentCaller caller;

    @Inject
    GridUnitQueries queries;

    @Inject
    Responses responses;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    AssignStaffHandler assign;

    @Inject
    UnassignStaffHandler unassign;

    @GET
    @Operation(summary = "Posts on the unit; with history=true, ended ones too",
            description = "Any signed-in caller whose grid scope covers the unit. Returns the staff posts (岗位) on this "
                    + "unit only (for the posts above it see the unit's coverage), active ones by default; with "
                    + "history=true ended posts too (until set). Ordered by start. 403 outside the caller's grid scope.")
    public List<StaffAssignmentResponse> listStaffAssignments(@PathParam("code") String code, @QueryParam("history") @DefaultValue("false") boolean history) {
        return queries.assignments(GridCodes.parse(code, "code"), history, caller.get()).stream().map(responses::assignment).toList();
    }

    @POST
    @Operation(summary = "Give a person a post on the unit",
            description = "County and township administrators and grid chiefs (county-admin, township-admin, grid-chief) "
                    + "whose grid scope covers the unit. Gives a person a post (网格长、网格员、网格信息员、网格警员、三长) on the "
                    + "unit from now on; a person who already holds a post keeps one staffId, a new person gets one. A "
                    + "post with a username extends that login's grid scope to the unit. Answers the new post, its URL in "
                    + "Location. Refused with 409 when the person already holds that role here or the unit is retired.")
    @APIResponse(responseCode = "201", description = "The post was given",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffAssignmentResponse.class)))
    public Response assignStaff(@PathParam("code") String code, @Valid @NotNull AssignStaffRequest body,
                                @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        GridCode unit = GridCodes.parse(code, "code");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("assign", code, body), () -> {
            var assigned = assign.handle(new Commands.AssignStaff(unit, body.staffId() == null ? null : new StaffId(body.staffId()),
                    body.name(), body.username(), body.role()), caller.get());
            StaffAssignmentResponse response = find(unit, assigned.assignmentId().value());
            return Response.created(URI.create("/api/v1/grid-units/" + assigned.code() + "/staff-assignments/"
                    + assigned.assignmentId())).entity(response).build();
        });
    }

    @POST
    @Path("{assignmentId}/ends")
    @Operation(summary = "End a post; it stays in the unit's history",
            description = "County and township administrators and grid chiefs (county-admin, township-admin, grid-chief) "
                    + "whose grid scope covers the unit. Ends the post now (until is set); it stays in the unit's history "
                    + "and no longer gives its holder scope on the unit. Answers the ended post. Refused with 409 when the "
                    + "post is not active on this unit.")
    @APIResponse(responseCode = "200", description = "The ended post",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffAssignmentResponse.class)))
    public Response endStaffAssignment(@PathParam("code") String code, @PathParam("assignmentId") UUID assignmentId,
                                       @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        GridCode unit = GridCodes.parse(code, "code");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("unassign", code, assignmentId), () -> {
            unassign.handle(new Commands.UnassignStaff(unit, new AssignmentId(assignmentId)), caller.get());
            return Response.ok(find(unit, assignmentId)).build();
        });
    }

    private StaffAssignmentResponse find(GridCode unit, UUID assignmentId) {
        return queries.assignments(unit, true, caller.get()).stream().filter(a -> a.assignmentId().equals(assignmentId))
                .findFirst().map(responses::assignment).orElseThrow(() -> ProblemException.notFound("assignment " + assignmentId));
    }
}
