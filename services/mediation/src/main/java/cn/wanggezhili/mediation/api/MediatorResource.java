package cn.wanggezhili.mediation.api;

import cn.wanggezhili.readpolicy.suite.MediationReadPolicy;

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
import cn.wanggezhili.mediation.api.CaseDtos.EnrolMediatorRequest;
import cn.wanggezhili.mediation.api.CaseResponses.MediatorPage;
import cn.wanggezhili.mediation.api.CaseResponses.PoolMediatorResponse;
import cn.wanggezhili.mediation.app.Commands.EnrolMediator;
import cn.wanggezhili.mediation.app.EnrolMediatorHandler;
import cn.wanggezhili.mediation.app.MediatorQueries;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.security.GridScopeGuard;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.GridCodes;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/mediators")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Mediators", description = "Grid staff and the mediator pool (调解员), with each one's open cases")
@SecurityRequirement(name = "oidc")
public class MediatorResource {


    @Inject
    CurrentCaller caller;

    @Inject
    MediatorQueries queries;

    @Inject
    EnrolMediatorHandler enrol;

    @Inject
    IdempotentCommands idempotent;

    @GET
    @Operation(summary = "Mediators serving units under a unit (default: your scope), with their open cases")
    public MediatorPage list(@QueryParam("under") String under,
                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                             @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        GridScopeGuard.requireAnyRole(caller.get(), MediationReadPolicy.CASE_READERS);
        GridScopeGuard.requireCovers(caller.get(), root);
        if (after != null && !after.matches("[0-9a-f-]{36}")) {
            throw ProblemException.badField("after", "the next cursor of a previous page");
        }
        var page = queries.under(root, limit, after);
        return new MediatorPage(page.items().stream().map(MediatorResource::response).toList(), page.next());
    }

    @POST
    @Operation(summary = "Enrol a member of the mediator pool (e.g. a studio's retired judge) on a unit")
    public Response create(@Valid @NotNull EnrolMediatorRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        return idempotent.execute(key, caller.get().subject(), List.of("enrol-mediator", body), () -> {
            UUID id = enrol.handle(new EnrolMediator(unit, body.name(), body.username(), body.background(), body.studio()),
                    caller.get()).staffId();
            var created = queries.byStaffId(id).map(MediatorResource::response).orElseThrow();
            return Response.created(URI.create("/api/v1/mediators?under=" + unit)).entity(created).build();
        });
    }

    private static PoolMediatorResponse response(MediatorQueries.MediatorView m) {
        return new PoolMediatorResponse(m.staff().staffId(), m.staff().username(), m.staff().name(), m.code(), m.kind(),
                m.background(), m.studio(), m.openCases());
    }
}
