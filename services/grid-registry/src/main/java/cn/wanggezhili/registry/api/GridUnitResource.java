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
    @Operation(summary = "Units under a unit (itself included), paged by code")
    public PageResponse<GridUnitResponse> list(@QueryParam("under") String under, @QueryParam("level") @Min(1) @Max(9) Integer level,
                                               @QueryParam("includeRetired") @DefaultValue("false") boolean includeRetired,
                                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                               @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        return responses.page(queries.list(root, level, includeRetired, limit, after, caller.get()), responses::unit);
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One unit; an old code (before a move) finds the unit under its current code")
    public GridUnitResponse get(@PathParam("code") String code) {
        return responses.unit(queries.unit(GridCodes.parse(code, "code"), caller.get()));
    }

    @GET
    @Path("{code}/children")
    @Operation(summary = "The unit's children, paged by code")
    public PageResponse<GridUnitResponse> children(@PathParam("code") String code,
                                                   @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                                   @QueryParam("after") String after) {
        return responses.page(queries.children(GridCodes.parse(code, "code"), limit, after, caller.get()), responses::unit);
    }

    @GET
    @Path("{code}/counts")
    @Operation(summary = "Active units per level, households and residents in the unit's subtree")
    public SubtreeCountsResponse counts(@PathParam("code") String code) {
        return responses.counts(queries.counts(GridCodes.parse(code, "code"), caller.get()));
    }

    @GET
    @Path("{code}/coverage")
    @Operation(summary = "Who covers the unit: active posts on it and on every unit above it, nearest first")
    public List<StaffAssignmentResponse> coverage(@PathParam("code") String code) {
        return queries.coverage(GridCodes.parse(code, "code"), caller.get()).stream().map(responses::assignment).toList();
    }

    @POST
    @Operation(summary = "Create a unit under a parent (or a county, without parent)")
    public Response create(@Valid @NotNull CreateGridUnitRequest body,
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
    @Operation(summary = "Rename a unit")
    public Response rename(@PathParam("code") String code, @Valid @NotNull RenameRequest body,
                           @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        var unitCode = GridCodes.parse(code, "code");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("rename", code, body), () -> {
            rename.handle(new Commands.RenameGridUnit(unitCode, body.name()), caller.get());
            return Response.ok(responses.unit(queries.unit(unitCode, caller.get()))).build();
        });
    }
}
