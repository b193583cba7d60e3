package cn.wanggezhili.command.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.command.api.FigureDtos.GridBranch;
import cn.wanggezhili.command.api.FigureDtos.GridUnit;
import cn.wanggezhili.command.app.GridTree;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;

@Path("/api/v1/grid-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Grid tree", description = "The grid as the registry announced it, for picking a unit on the dashboard")
@SecurityRequirement(name = "oidc")
public class GridUnitResource {

    @Inject
    CurrentCaller caller;

    @Inject
    GridTree tree;

    @GET
    @Path("/{code}")
    @Operation(summary = "A unit of your scope and its children",
            description = "Staff at every level and integrators (county-admin, township-admin, grid-chief, grid-worker, "
                    + "scorer, reviewer, mediator, store-clerk, integrator) whose grid scope covers the unit. Returns the unit as the grid registry "
                    + "announced it, with its active (not retired) children in code order and how many active children each "
                    + "has, for the dashboard's unit picker. 404 when the registry never announced the unit; 403 for "
                    + "residents and outside the caller's grid scope.")
    public GridBranch getGridBranch(@PathParam("code") String code) {
        GridTree.Branch b = tree.branch(GridCodes.parse(code, "code"), caller.get());
        return new GridBranch(unit(b.unit()), b.children().stream().map(GridUnitResource::unit).toList());
    }

    private static GridUnit unit(GridTree.Unit u) {
        return new GridUnit(u.code(), u.name(), u.level(), u.levelName(), u.parentCode(), u.children());
    }
}
