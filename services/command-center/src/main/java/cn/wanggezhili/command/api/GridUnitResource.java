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
    @Operation(summary = "A unit of your scope and its children")
    public GridBranch branch(@PathParam("code") String code) {
        GridTree.Branch b = tree.branch(GridCodes.parse(code, "code"), caller.get());
        return new GridBranch(unit(b.unit()), b.children().stream().map(GridUnitResource::unit).toList());
    }

    private static GridUnit unit(GridTree.Unit u) {
        return new GridUnit(u.code(), u.name(), u.level(), u.levelName(), u.parentCode(), u.children());
    }
}
