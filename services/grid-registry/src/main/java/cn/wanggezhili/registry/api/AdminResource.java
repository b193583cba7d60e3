package cn.wanggezhili.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.registry.projection.RegistryRebuild;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;

@Path("/api/v1/read-model-rebuilds")
@Tag(name = "Operations")
@SecurityRequirement(name = "oidc")
public class AdminResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RegistryRebuild rebuild;

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rebuild the registry's read model from its events (county administrators)")
    public Map<String, Long> rebuild() {
        GridScopeGuard.requireAnyRole(caller.get(), Role.COUNTY_ADMIN);
        return Map.of("eventsReplayed", rebuild.rebuild());
    }
}
