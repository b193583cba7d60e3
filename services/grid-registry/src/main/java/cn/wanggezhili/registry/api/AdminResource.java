package cn.wanggezhili.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.registry.api.Dtos.RebuildResponse;
import cn.wanggezhili.registry.projection.RegistryRebuild;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;

@Path("/api/v1/read-model-rebuilds")
@Tag(name = "Operations", description = "Upkeep of the service by county administrators: read-model rebuilds")
@SecurityRequirement(name = "oidc")
public class AdminResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RegistryRebuild rebuild;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild the registry's read model from its events (county administrators)",
            description = "County administrators (county-admin) only. Empties the registry's read model (grid units, "
                    + "issued codes, staff posts, households, residents, unit populations) and replays every event of the "
                    + "registry into it, in one transaction that holds off new appends; the events and residents' "
                    + "encrypted personal data are not changed. Answers how many events were replayed. "
                    + "Any other role is refused with 403.")
    public RebuildResponse rebuildReadModel() {
        GridScopeGuard.requireAnyRole(caller.get(), Role.COUNTY_ADMIN);
        return new RebuildResponse(rebuild.rebuild());
    }
}
