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
    @Operation(summary = "Households under a unit, paged")
    public PageResponse<HouseholdResponse> list(@QueryParam("under") String under,
                                                @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                                @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        return responses.page(queries.list(root, limit, after, caller.get()), responses::household);
    }

    @GET
    @Path("{id}")
    public HouseholdResponse get(@PathParam("id") UUID id) {
        return responses.household(queries.household(new HouseholdId(id), caller.get()));
    }

    @POST
    @Operation(summary = "Register a household on a unit of the lowest level (micro-grid)")
    public Response register(@Valid @NotNull RegisterHouseholdRequest body,
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
    @Operation(summary = "Move a household to another micro-grid")
    public Response move(@PathParam("id") UUID id, @Valid @NotNull MoveHouseholdRequest body,
                         @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("move-household", id, body), () -> {
            move.handle(new Commands.MoveHousehold(new HouseholdId(id), unit), caller.get());
            return Response.ok(responses.household(queries.household(new HouseholdId(id), caller.get()))).build();
        });
    }

    @GET
    @Path("{id}/residents")
    public List<ResidentResponse> residents(@PathParam("id") UUID id) {
        return queries.residents(new HouseholdId(id), caller.get()).stream().map(responses::resident).toList();
    }

    @POST
    @Path("{id}/residents")
    @Operation(summary = "Register a resident; ID number and phone are stored encrypted and shown masked")
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
