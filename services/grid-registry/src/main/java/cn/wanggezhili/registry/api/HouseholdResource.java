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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.registry.api.Dtos.HouseholdResponse;
import cn.wanggezhili.registry.api.Dtos.MoveHouseholdRequest;
import cn.wanggezhili.registry.api.Dtos.PageResponse;
import cn.wanggezhili.registry.api.Dtos.RegisterHouseholdRequest;
import cn.wanggezhili.registry.api.Dtos.RegisterResidentRequest;
import cn.wanggezhili.registry.api.Dtos.ResidentResponse;
import cn.wanggezhili.registry.app.Commands;
import cn.wanggezhili.registry.app.HouseholdQueries;
import cn.wanggezhili.registry.app.MoveHouseholdHandler;
import cn.wanggezhili.registry.app.RegisterHouseholdHandler;
import cn.wanggezhili.registry.app.RegisterResidentHandler;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.kernel.IdNumber;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/households")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Households", description = "Households (户) on micro-grids and their residents; personal data masked")
@SecurityRequirement(name = "oidc")
public class HouseholdResource {

    @Inject
    CurrentCaller caller;

    @Inject
    HouseholdQueries queries;

    @Inject
    Responses responses;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    RegisterHouseholdHandler register;

    @Inject
    MoveHouseholdHandler move;

    @Inject
    RegisterResidentHandler registerResident;

    @GET
    @Operation(summary = "Households under a unit, paged",
            description = "Grid staff (county-admin, township-admin, grid-chief, grid-worker) whose grid scope covers "
                    + "`under` (default: the first unit of the caller's scope). Returns the households (户) registered on "
                    + "micro-grids in the unit's subtree, ordered by unit code and household number; pages hold up to "
                    + "`limit` households (1-1000, default 100), pass `next` as `after` for the following page. Refused "
                    + "with 403 for other roles and outside the caller's grid scope.")
    public PageResponse<HouseholdResponse> listHouseholds(@QueryParam("under") String under,
                                                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                                          @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        return responses.page(queries.list(root, limit, after, caller.get()), responses::household);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One household",
            description = "Grid staff (county-admin, township-admin, grid-chief, grid-worker) whose grid scope covers the "
                    + "household's micro-grid. Returns its unit, number and current number of residents. 404 for an "
                    + "unknown id; 403 for other roles and outside the caller's grid scope.")
    public HouseholdResponse getHousehold(@PathParam("id") UUID id) {
        return responses.household(queries.household(new HouseholdId(id), caller.get()));
    }

    @POST
    @Operation(summary = "Register a household on a unit of the lowest level (micro-grid)",
            description = "Grid staff (county-admin, township-admin, grid-chief, grid-worker) whose grid scope covers the "
                    + "unit. Registers a household (户) with a number unique on its micro-grid (e.g. 3号楼2单元301). Answers "
                    + "the new household, its URL in Location. Refused with 422 when the unit is not a micro-grid (lowest "
                    + "level), with 409 when the unit is retired or the number is already registered there.")
    @APIResponse(responseCode = "201", description = "The household was registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdResponse.class)))
    public Response registerHousehold(@Valid @NotNull RegisterHouseholdRequest body,
                                      @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("register-household", body), () -> {
            var registered = register.handle(new Commands.RegisterHousehold(unit, body.number()), caller.get());
            return Response.created(URI.create("/api/v1/households/" + registered.householdId()))
                    .entity(responses.household(queries.household(registered.householdId(), caller.get()))).build();
        });
    }

    @POST
    @Path("{id}/moves")
    @Operation(summary = "Move a household to another micro-grid",
            description = "Grid staff (county-admin, township-admin, grid-chief, grid-worker) whose grid scope covers both "
                    + "the household's current micro-grid and the target. The household and its residents move to the "
                    + "target micro-grid. Answers the moved household. Refused with 422 when the target is not a "
                    + "micro-grid, with 409 when it is retired or already the household's unit.")
    @APIResponse(responseCode = "200", description = "The household on its new micro-grid",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HouseholdResponse.class)))
    public Response moveHousehold(@PathParam("id") UUID id, @Valid @NotNull MoveHouseholdRequest body,
                                  @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("move-household", id, body), () -> {
            move.handle(new Commands.MoveHousehold(new HouseholdId(id), unit), caller.get());
            return Response.ok(responses.household(queries.household(new HouseholdId(id), caller.get()))).build();
        });
    }

    @GET
    @Path("{id}/residents")
    @Operation(summary = "The residents of a household, masked",
            description = "Grid staff (county-admin, township-admin, grid-chief, grid-worker) whose grid scope covers the "
                    + "household's micro-grid. Returns everyone ever registered in the household, those who left "
                    + "included (leftAt), with name, ID number and phone masked; after an erasure (PIPL) they are null. "
                    + "404 for an unknown household; 403 for other roles and outside the caller's grid scope.")
    public List<ResidentResponse> listResidents(@PathParam("id") UUID id) {
        return queries.residents(new HouseholdId(id), caller.get()).stream().map(responses::resident).toList();
    }

    @POST
    @Path("{id}/residents")
    @Operation(summary = "Register a resident; ID number and phone are stored encrypted and shown masked",
            description = "Grid staff (county-admin, township-admin, grid-chief, grid-worker) whose grid scope covers the "
                    + "household's micro-grid. Registers a resident in the household; name, ID number (checked against "
                    + "GB 11643) and phone are stored encrypted and only their masked forms are shown or published. "
                    + "Answers the new resident, masked, its URL in Location. Refused with 400 when the ID number's check "
                    + "digit is wrong, with 409 when a resident with that ID number is already registered.")
    @APIResponse(responseCode = "201", description = "The resident was registered",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResidentResponse.class)))
    public Response registerResident(@PathParam("id") UUID id, @Valid @NotNull RegisterResidentRequest body,
                                     @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        if (body.idNumber() != null && !IdNumber.isValid(body.idNumber())) {
            throw ProblemException.badField("idNumber", "the check digit does not match (GB 11643)");
        }
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("register-resident", id, body), () -> {
            var registered = registerResident.handle(new Commands.RegisterResident(new HouseholdId(id), body.name(),
                    body.idNumber() == null ? null : body.idNumber().toUpperCase(), body.phone(), body.relation()), caller.get());
            return Response.created(URI.create("/api/v1/residents/" + registered.residentId()))
                    .entity(responses.resident(queries.resident(registered.residentId(), caller.get()))).build();
        });
    }
}
