package cn.wanggezhili.registry.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.registry.api.Dtos.CreateGridUnitRequest;
import cn.wanggezhili.registry.api.Dtos.GridUnitResponse;
import cn.wanggezhili.registry.api.Dtos.PageResponse;
import cn.wanggezhili.registry.api.Dtos.RenameRequest;
import cn.wanggezhili.registry.api.Dtos.StaffAssignmentResponse;
import cn.wanggezhili.registry.api.Dtos.SubtreeCountsResponse;
import cn.wanggezhili.registry.app.Commands;
import cn.wanggezhili.registry.app.CreateGridUnitHandler;
import cn.wanggezhili.registry.app.GridUnitQueries;
import cn.wanggezhili.registry.app.RenameGridUnitHandler;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;

@Path("/api/v1/grid-units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grid units", description = "The grid tree (网格): units, codes, subtrees, coverage")
@SecurityRequirement(name = "oidc")
public class GridUnitResource {

    @Inject
    CurrentCaller caller;

    @Inject
    GridUnitQueries queries;

    @Inject
    Responses responses;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    CreateGridUnitHandler create;

    @Inject
    RenameGridUnitHandler rename;

    @GET
    @Operation(summary = "Units under a unit (itself included), paged by code",
            description = "Any signed-in caller whose grid scope covers `under` (default: the first unit of the caller's "
                    + "scope; callers without a scope must give it). Returns the unit and its descendants in code order, "
                    + "optionally of one level (1-9) only; retired units only with includeRetired=true. Pages hold up to "
                    + "`limit` units (1-1000, default 100); pass `next` as `after` for the following page. Refused with 403 "
                    + "when `under` lies outside the caller's grid scope.")
    public PageResponse<GridUnitResponse> listGridUnits(@QueryParam("under") String under, @QueryParam("level") @Min(1) @Max(9) Integer level,
                                                        @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired,
                                                        @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                                        @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        return responses.page(queries.list(root, level, includeRetired, limit, after, caller.get()), responses::unit);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One unit; an old code (before a move) finds the unit under its current code",
            description = "Any signed-in caller whose grid scope covers the unit. Returns the unit with its level and "
                    + "kind named in English and Chinese, its parent, whether it is retired and, after a split or merge, its "
                    + "successors' codes. A code issued before a move finds the unit under its current code. 404 for a "
                    + "code never issued; 403 when the unit lies outside the caller's grid scope.")
    public GridUnitResponse getGridUnit(@PathParam("code") String code) {
        return responses.unit(queries.unit(GridCodes.parse(code, "code"), caller.get()));
    }

    @GET
    @Path("{code}/children")
    @Operation(summary = "The unit's children, paged by code",
            description = "Any signed-in caller whose grid scope covers the unit. Returns the units one level below it, "
                    + "retired ones included, in code order; pages hold up to `limit` units (1-1000, default 100), pass "
                    + "`next` as `after` for the following page. 403 outside the caller's grid scope.")
    public PageResponse<GridUnitResponse> listChildUnits(@PathParam("code") String code,
                                                         @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                                         @QueryParam("after") String after) {
        return responses.page(queries.children(GridCodes.parse(code, "code"), limit, after, caller.get()), responses::unit);
    }

    @GET
    @Path("{code}/counts")
    @Operation(summary = "Active units per level, households and residents in the unit's subtree",
            description = "Any signed-in caller whose grid scope covers the unit. Counts the active (not retired) units "
                    + "of each level in the unit's subtree, the unit itself included, and the households (户) and residents "
                    + "registered in it. 403 outside the caller's grid scope.")
    public SubtreeCountsResponse getSubtreeCounts(@PathParam("code") String code) {
        return responses.counts(queries.counts(GridCodes.parse(code, "code"), caller.get()));
    }

    @GET
    @Path("{code}/coverage")
    @Operation(summary = "Who covers the unit: active posts on it and on every unit above it, nearest first",
            description = "Any signed-in caller whose grid scope covers the unit. Returns the active staff posts "
                    + "(网格长、网格员、网格信息员、网格警员、三长) on the unit and on each of its ancestors up to the county, the "
                    + "unit's own first, then by role and start. 403 outside the caller's grid scope.")
    public List<StaffAssignmentResponse> listCoveringPosts(@PathParam("code") String code) {
        return queries.coverage(GridCodes.parse(code, "code"), caller.get()).stream().map(responses::assignment).toList();
    }

    @POST
    @Operation(summary = "Create a unit under a parent (or a county, without parent)",
            description = "County and township administrators (county-admin, township-admin) whose grid scope covers the "
                    + "parent; only county administrators create a county (no parentCode). The unit is created one level "
                    + "below its parent with the given official code or, without one, the next free code of its kind; "
                    + "codes are never reused. Answers the new unit, its URL in Location. Refused with 409 when the code was "
                    + "issued before, the parent is retired or the kind's codes are exhausted, with 422 when the code or "
                    + "kind does not fit the level below the parent or the parent is of the lowest level.")
    @APIResponse(responseCode = "201", description = "The unit was created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridUnitResponse.class)))
    public Response createGridUnit(@Valid @NotNull CreateGridUnitRequest body,
                                   @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("create-unit", body), () -> {
            var created = create.handle(new Commands.CreateGridUnit(GridCodes.parseOptional(body.parentCode(), "parentCode"),
                    body.name(), body.kind(), GridCodes.parseOptional(body.code(), "code")), caller.get());
            return Response.created(URI.create("/api/v1/grid-units/" + created.code()))
                    .entity(responses.unit(queries.unit(new cn.wanggezhili.gridcode.GridCode(created.code()), caller.get()))).build();
        });
    }

    @POST
    @Path("{code}/renames")
    @Operation(summary = "Rename a unit",
            description = "County and township administrators (county-admin, township-admin) whose grid scope covers the "
                    + "unit. Changes the unit's name; its code stays. Answers the renamed unit. Refused with 409 when the unit "
                    + "already has that name or is retired.")
    @APIResponse(responseCode = "200", description = "The renamed unit",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridUnitResponse.class)))
    public Response renameGridUnit(@PathParam("code") String code, @Valid @NotNull RenameRequest body,
                                   @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        var unitCode = GridCodes.parse(code, "code");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("rename", code, body), () -> {
            rename.handle(new Commands.RenameGridUnit(unitCode, body.name()), caller.get());
            return Response.ok(responses.unit(queries.unit(unitCode, caller.get()))).build();
        });
    }
}
