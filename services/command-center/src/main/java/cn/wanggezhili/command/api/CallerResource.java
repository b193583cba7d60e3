package cn.wanggezhili.command.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.CurrentCaller;

@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Caller", description = "Who is signed in and which units they watch")
@SecurityRequirement(name = "oidc")
public class CallerResource {

    @Inject
    CurrentCaller caller;

    public record Me(String username, List<String> roles, List<String> scope) {
    }

    @GET
    @Operation(summary = "The signed-in caller: username, roles and grid scope (the dashboard starts at the first unit)",
            description = "Any signed-in caller, whatever their role. Returns the caller's username, their roles in "
                    + "alphabetical order and the grid codes of their scope: the units of their active staff posts, or the "
                    + "token's grid_scope for people without posts. Changes nothing.")
    public Me getCurrentCaller() {
        Caller who = caller.get();
        return new Me(who.username(), who.roles().stream().sorted().toList(), who.scope().stream().map(GridCode::value).toList());
    }
}
