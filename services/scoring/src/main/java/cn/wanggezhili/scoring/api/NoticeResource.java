package cn.wanggezhili.scoring.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.scoring.api.Dtos.NoticeRequest;
import cn.wanggezhili.scoring.api.Dtos.NoticeResponse;
import cn.wanggezhili.scoring.api.Dtos.ObjectionRequest;
import cn.wanggezhili.scoring.api.Dtos.ResolutionRequest;
import cn.wanggezhili.scoring.app.BoardQueries;
import cn.wanggezhili.scoring.app.BoardQueries.NoticeView;
import cn.wanggezhili.scoring.app.Commands.PublishNotice;
import cn.wanggezhili.scoring.app.Commands.RaiseObjection;
import cn.wanggezhili.scoring.app.Commands.ResolveObjection;
import cn.wanggezhili.scoring.app.PublishNoticeHandler;
import cn.wanggezhili.scoring.app.RaiseObjectionHandler;
import cn.wanggezhili.scoring.app.ResolveObjectionHandler;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.NoticeId;
import cn.wanggezhili.scoring.domain.Period;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;

@Path("/api/v1/notices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notices", description = "Public notice (公示) of a period's results, objections and their resolution")
@SecurityRequirement(name = "oidc")
public class NoticeResource {

    @Inject
    CurrentCaller caller;

    @Inject
    PublishNoticeHandler publish;

    @Inject
    RaiseObjectionHandler object;

    @Inject
    ResolveObjectionHandler resolve;

    @Inject
    BoardQueries boards;

    @Inject
    IdempotentCommands idempotent;

    @POST
    @Operation(summary = "Publish a month's or quarter's approved results of a subtree for an objection window")
    public Response publish(@Valid @NotNull NoticeRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        Period period = Period.parse(body.period(), "period");
        if (body.period().matches("\\d{4}")) {
            throw cn.wanggezhili.web.ProblemException.badField("period", "a month like 2026-11 or a quarter like 2026-Q4");
        }
        return idempotent.execute(key, caller.get().subject(), List.of("publish-notice", body), () -> {
            NoticeId id = publish.handle(new PublishNotice(unit, period, Duration.parse(body.objectionWindow())), caller.get());
            return Response.created(URI.create("/api/v1/notices/" + id)).entity(current(id)).build();
        });
    }

    @GET
    @Operation(summary = "The notice board of a subtree (default: your scope), newest first")
    public List<NoticeView> list(@QueryParam("under") String under) {
        return boards.notices(caller.get().subtreeRoot(under), caller.get());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A notice and its objections; readable by everyone in the unit it concerns")
    public NoticeResponse get(@PathParam("id") UUID id) {
        return current(new NoticeId(id));
    }

    @POST
    @Path("{id}/objections")
    @Operation(summary = "Object to one of the notice's entries while the window is open (anyone whose scope covers the entry)")
    public Response object(@PathParam("id") UUID id, @Valid @NotNull ObjectionRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return idempotent.execute(key, caller.get().subject(), List.of("object", id, body), () -> {
            UUID objection = object.handle(new RaiseObjection(new NoticeId(id), new EntryId(body.entryId()), body.reason()), caller.get());
            return Response.created(URI.create("/api/v1/notices/" + id + "/objections/" + objection)).entity(current(new NoticeId(id))).build();
        });
    }

    @POST
    @Path("{id}/objections/{objectionId}/resolutions")
    @Operation(summary = "Resolve an objection: the entry is upheld, amended (new points) or voided")
    public Response resolve(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId, @Valid @NotNull ResolutionRequest body,
                            @HeaderParam(IdempotentCommands.HEADER) String key) {
        return idempotent.execute(key, caller.get().subject(), List.of("resolve", id, objectionId, body), () -> {
            resolve.handle(new ResolveObjection(new NoticeId(id), objectionId, body.outcome(), body.points(), body.note()), caller.get());
            return Response.ok(current(new NoticeId(id))).build();
        });
    }

    private NoticeResponse current(NoticeId id) {
        return new NoticeResponse(boards.notice(id, caller.get()), boards.objections(id));
    }
}
