package cn.wanggezhili.command.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.command.api.FigureDtos.RebuildResponse;
import cn.wanggezhili.command.app.FigureRebuild;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;

@Path("/api/v1/figure-rebuilds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Tasks, escalations, mediation, points, ten-star households and staff activity per subtree and period")
@SecurityRequirement(name = "oidc")
public class FigureRebuildResource {

    @Inject
    CurrentCaller caller;

    @Inject
    FigureRebuild rebuild;

    @POST
    @Operation(summary = "Recompute every figure from the journal of events (county administrators); gives the same figures",
            description = "County administrators (county-admin) only. In one transaction, drops the command centre's read "
                    + "model (grid tree, tasks, escalations, mediation cases, points, stars, staff activity) and replays "
                    + "every event of its journal into it; readers see the old figures or the new, never half. Answers how "
                    + "many events were replayed. Any other role is refused with 403.")
    public RebuildResponse rebuildFigures() {
        GridScopeGuard.requireAnyRole(caller.get(), Role.COUNTY_ADMIN);
        return new RebuildResponse(rebuild.rebuild());
    }
}
