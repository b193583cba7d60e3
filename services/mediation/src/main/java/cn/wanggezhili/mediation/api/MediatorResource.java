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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(summary = "Mediators serving units under a unit (default: your scope), with their open cases",
            description = "Case readers (mediator, grid-worker, grid-chief, township-admin, county-admin, integrator, reviewer, "
                    + "scorer) whose grid scope covers under (default: the first unit of your scope). Lists who can mediate there: "
                    + "grid staff holding a post on a unit in the subtree (kind STAFF, at their highest post, background their role) "
                    + "and pool mediators enrolled on one (kind POOL), each with the number of open cases they are on, by staff id, "
                    + "limit (1 to 1000, default 100) at a time; pass a page's next as after for the following page (next is null on "
                    + "the last page). 400 for a malformed cursor; 403 for other roles or a unit outside your scope.")
    public MediatorPage listMediators(@QueryParam("under") String under,
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
    @Operation(summary = "Enrol a member of the mediator pool (e.g. a studio's retired judge) on a unit",
            description = "Mediators, grid chiefs and township or county administrators (mediator, grid-chief, township-admin, "
                    + "county-admin) whose grid scope covers unitCode enrol a member of the mediator pool (调解员, e.g. a studio's "
                    + "retired judge or police officer) there. They get a staff id of their own and can then be assigned to cases on "
                    + "that unit and below. A username, when given, may not be another mediator's or a grid post holder's login "
                    + "(400). Answers 201 with the mediator (kind POOL, no open cases); a retry with the same Idempotency-Key and body "
                    + "gets the same answer. An unknown or retired unitCode is answered 404.")
    @APIResponse(responseCode = "201", description = "The mediator enrolled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PoolMediatorResponse.class)))
    public Response enrolMediator(@Valid @NotNull EnrolMediatorRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
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
