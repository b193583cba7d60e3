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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
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
    @Operation(summary = "One resident, masked",
            description = "Grid staff (county-admin, township-admin, grid-chief, grid-worker) whose grid scope covers the "
                    + "resident's micro-grid. Returns the resident with name, ID number and phone masked (null after an "
                    + "erasure), when they left the household and when their personal data was erased, if so. 404 for an "
                    + "unknown id; 403 for other roles and outside the caller's grid scope.")
    public ResidentResponse getResident(@PathParam("id") UUID id) {
        return responses.resident(queries.resident(new ResidentId(id), caller.get()));
    }

    @POST
    @Path("{id}/erasures")
    @Operation(summary = "Erase a resident's personal data on their request (PIPL): name, ID number and phone are deleted for good",
            description = "County and township administrators (county-admin, township-admin) whose grid scope covers the "
                    + "resident's micro-grid. Deletes the encrypted name, ID number and phone and clears their masked "
                    + "forms; the household's history records the erasure. Also for residents who have left. Answers the "
                    + "resident with name, ID number and phone null and personalDataErasedAt set. Refused with 409 when "
                    + "the data is erased already.")
    @APIResponse(responseCode = "200", description = "The resident, personal data erased",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResidentResponse.class)))
    public Response erasePersonalData(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("erase-personal-data", id), () -> {
            erase.handle(new ResidentId(id), caller.get());
            return Response.ok(responses.resident(queries.resident(new ResidentId(id), caller.get()))).build();
        });
    }
}
