package cn.wanggezhili.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.registry.api.Dtos.ResidentResponse;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.registry.app.ErasePersonalDataHandler;
import cn.wanggezhili.registry.app.HouseholdQueries;
import cn.wanggezhili.registry.domain.ResidentId;
import cn.wanggezhili.security.CurrentCaller;

@Path("/api/v1/residents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Households")
@SecurityRequirement(name = "oidc")
public class ResidentResource {

    @Inject
    CurrentCaller caller;

    @Inject
    HouseholdQueries queries;

    @Inject
    Responses responses;

    @Inject
    ErasePersonalDataHandler erase;

    @Inject
    IdempotentCommands idempotent;

    @GET
    @Path("{id}")
    public ResidentResponse get(@PathParam("id") UUID id) {
        return responses.resident(queries.resident(new ResidentId(id), caller.get()));
    }

    @POST
    @Path("{id}/erasures")
    @Operation(summary = "Erase a resident's personal data on their request (PIPL): name, ID number and phone are deleted for good")
    public Response erasePersonalData(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("erase-personal-data", id), () -> {
            erase.handle(new ResidentId(id), caller.get());
            return Response.ok(responses.resident(queries.resident(new ResidentId(id), caller.get()))).build();
        });
    }
}
