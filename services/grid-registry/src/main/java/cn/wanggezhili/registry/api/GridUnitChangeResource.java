package cn.wanggezhili.registry.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import cn.wanggezhili.registry.api.Dtos.GridUnitResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.api.Dtos.MergeRequest;
import cn.wanggezhili.registry.api.Dtos.MoveRequest;
import cn.wanggezhili.registry.api.Dtos.MoveResponse;
import cn.wanggezhili.registry.api.Dtos.RetireRequest;
import cn.wanggezhili.registry.api.Dtos.SplitRequest;
import cn.wanggezhili.registry.app.Commands;
import cn.wanggezhili.registry.app.GridUnitQueries;
import cn.wanggezhili.registry.app.MergeGridUnitsHandler;
import cn.wanggezhili.registry.app.MoveGridUnitHandler;
import cn.wanggezhili.registry.app.RetireGridUnitHandler;
import cn.wanggezhili.registry.app.SplitGridUnitHandler;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;

/** Changes to the shape of the tree: move, retire, split, merge. Each keeps codes unique and never reuses one. */
@Path("/api/v1/grid-units/{code}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grid units")
@SecurityRequirement(name = "oidc")
public class GridUnitChangeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    GridUnitQueries queries;

    @Inject
    Responses responses;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    MoveGridUnitHandler move;

    @Inject
    RetireGridUnitHandler retire;

    @Inject
    SplitGridUnitHandler split;

    @Inject
    MergeGridUnitsHandler merge;

    @POST
    @Path("moves")
    @Operation(summary = "Move the unit and its subtree under a new parent; it is numbered afresh there",
            description = "County and township administrators (county-admin, township-admin) whose grid scope covers "
                    + "both the unit and the new parent. The unit gets a new code under the new parent (one level above "
                    + "it) and every descendant is recoded under it; the old codes stay issued, are never reused and still "
                    + "find the unit. Answers the new code, the old code and the new parent. Refused with 422 when the new "
                    + "parent is not one level above or lies in the unit's own subtree, with 409 when the new parent is "
                    + "retired or already the unit's parent.")
    @APIResponse(responseCode = "200", description = "The unit was moved: its new and old code",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MoveResponse.class)))
    public Response moveGridUnit(@PathParam("code") String code, @Valid @NotNull MoveRequest body,
                                 @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        GridCode unit = GridCodes.parse(code, "code");
        GridCode parent = GridCodes.parse(body.newParentCode(), "newParentCode");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("move", code, body), () -> {
            var moved = move.handle(new Commands.MoveGridUnit(unit, parent), caller.get());
            return Response.ok(new MoveResponse(moved.code(), moved.oldCode(), moved.newParentCode())).build();
        });
    }

    @POST
    @Path("retirements")
    @Operation(summary = "Retire an empty unit; its code is never issued again",
            description = "County and township administrators (county-admin, township-admin) whose grid scope covers the "
                    + "unit, with an optional reason. Marks the unit retired; it stays readable (includeRetired) and its "
                    + "code is never issued again. Answers the retired unit. Refused with 409 when the unit still has "
                    + "active children or households (move, split or merge them first) or is retired already.")
    @APIResponse(responseCode = "200", description = "The unit, now retired",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridUnitResponse.class)))
    public Response retireGridUnit(@PathParam("code") String code, @Valid RetireRequest body,
                                   @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        GridCode unit = GridCodes.parse(code, "code");
        String reason = body == null ? null : body.reason();
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("retire", code, String.valueOf(reason)), () -> {
            retire.handle(new Commands.RetireGridUnit(unit, reason), caller.get());
            return Response.ok(responses.unit(queries.unit(unit, caller.get()))).build();
        });
    }

    @POST
    @Path("splits")
    @Operation(summary = "Split the unit into new units under its parent; every child and household goes to one part",
            description = "County and township administrators (county-admin, township-admin) whose grid scope covers the "
                    + "unit. Creates one new unit per part (2 to 50) under the unit's parent, moves each part's children "
                    + "(recoded with their subtrees) and households to it, then retires the unit with the new codes as its "
                    + "successors. Answers the retired unit with its successorCodes. Refused with 409 unless every active "
                    + "child and household of the unit is given to exactly one part.")
    @APIResponse(responseCode = "200", description = "The split unit, retired, with its successors' codes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridUnitResponse.class)))
    public Response splitGridUnit(@PathParam("code") String code, @Valid @NotNull SplitRequest body,
                                  @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        GridCode unit = GridCodes.parse(code, "code");
        List<Commands.SplitGridUnit.Part> parts = body.parts().stream().map(p -> new Commands.SplitGridUnit.Part(p.name(),
                p.childCodes() == null ? List.of() : p.childCodes().stream().map(c -> GridCodes.parse(c, "parts.childCodes")).toList(),
                p.householdIds() == null ? List.of() : p.householdIds().stream().map(HouseholdId::new).toList())).toList();
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("split", code, body), () -> {
            split.handle(new Commands.SplitGridUnit(unit, parts), caller.get());
            return Response.ok(responses.unit(queries.unit(unit, caller.get()))).build();
        });
    }

    @POST
    @Path("merges")
    @Operation(summary = "Merge units of the same level into this one; their children and households move here",
            description = "County and township administrators (county-admin, township-admin) whose grid scope covers the "
                    + "target and every source unit. The sources' active children (recoded with their subtrees) and "
                    + "households move to this unit, then each source is retired with this unit as its successor. Answers "
                    + "the target unit. Refused with 422 when a source is of another level, with 409 when a source is the "
                    + "target itself or the target or a source is retired.")
    @APIResponse(responseCode = "200", description = "The target unit after the merge",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GridUnitResponse.class)))
    public Response mergeGridUnits(@PathParam("code") String code, @Valid @NotNull MergeRequest body,
                                   @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        GridCode target = GridCodes.parse(code, "code");
        List<GridCode> sources = body.sourceCodes().stream().map(c -> GridCodes.parse(c, "sourceCodes")).toList();
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("merge", code, body), () -> {
            merge.handle(new Commands.MergeGridUnits(sources, target), caller.get());
            return Response.ok(responses.unit(queries.unit(target, caller.get()))).build();
        });
    }
}
