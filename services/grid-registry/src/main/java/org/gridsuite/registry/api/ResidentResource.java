package org.gridsuite.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.gridsuite.registry.api.Dtos.ResidentResponse;
import org.gridsuite.registry.app.HouseholdQueries;
import org.gridsuite.registry.domain.ResidentId;
import org.gridsuite.security.CurrentCaller;

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

    @GET
    @Path("{id}")
    public ResidentResponse get(@PathParam("id") UUID id) {
        return responses.resident(queries.resident(new ResidentId(id), caller.get()));
    }
}
