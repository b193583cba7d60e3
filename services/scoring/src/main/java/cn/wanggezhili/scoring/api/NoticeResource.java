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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    @Operation(summary = "Publish a month's or quarter's approved results of a subtree for an objection window",
            description = "Public notice (公示). Callers with the role township-admin, county-admin or reviewer whose grid scope "
                    + "covers unitCode put the approved results of that subtree in a month (2026-11) or quarter (2026-Q4) on "
                    + "notice; objections are taken until the window (ISO-8601, at most 31 days) closes, and a quarter is only "
                    + "settled after its notice. A year is refused with 400. Refused with 409 when the unit's period is already on "
                    + "notice, and 422 when the window is shorter than the county's floor or longer than 31 days.")
    @APIResponse(responseCode = "201", description = "The notice as published, with no objections yet; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeResponse.class)))
    public Response publishNotice(@Valid @NotNull NoticeRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
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
    @Operation(summary = "The notice board of a subtree (default: your scope), newest first",
            description = "Any signed-in caller whose grid scope covers `under` (default: the first unit of the caller's scope) reads "
                    + "the notices published on that subtree, newest first (at most 200), each with whether its window is still "
                    + "open and how many objections are unresolved. Reads only; 403 when the scope does not cover `under`.")
    public List<NoticeView> listNotices(@QueryParam("under") String under) {
        return boards.notices(caller.get().subtreeRoot(under), caller.get());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A notice and its objections; readable by everyone in the unit it concerns",
            description = "Any signed-in caller whose grid scope covers the notice's unit, or a unit below it (a grid worker reads "
                    + "the township's notice), reads the notice and every objection raised against it with its resolution. Reads "
                    + "only; 404 for an unknown notice, 403 for a caller the notice does not concern.")
    public NoticeResponse getNotice(@PathParam("id") UUID id) {
        return current(new NoticeId(id));
    }

    @POST
    @Path("{id}/objections")
    @Operation(summary = "Object to one of the notice's entries while the window is open (anyone whose scope covers the entry)",
            description = "Any signed-in caller whose grid scope covers the entry's unit, whatever their role, objects to one of the "
                    + "approved entries the notice lists, giving a reason; the objection stays OPEN until a publisher resolves it, "
                    + "and the quarter cannot be settled meanwhile. Refused with 404 for an unknown notice or entry, 409 once the "
                    + "objection window has closed, and 422 when the entry is not among the notice's approved results.")
    @APIResponse(responseCode = "201", description = "The notice with the new objection; Location names the objection",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeResponse.class)))
    public Response raiseObjection(@PathParam("id") UUID id, @Valid @NotNull ObjectionRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return idempotent.execute(key, caller.get().subject(), List.of("object", id, body), () -> {
            UUID objection = object.handle(new RaiseObjection(new NoticeId(id), new EntryId(body.entryId()), body.reason()), caller.get());
            return Response.created(URI.create("/api/v1/notices/" + id + "/objections/" + objection)).entity(current(new NoticeId(id))).build();
        });
    }

    @POST
    @Path("{id}/objections/{objectionId}/resolutions")
    @Operation(summary = "Resolve an objection: the entry is upheld, amended (new points) or voided",
            description = "Callers with the role township-admin, county-admin or reviewer whose grid scope covers the notice's unit "
                    + "resolve an open objection: UPHELD leaves the entry as it is, AMENDED gives it the corrected points, VOIDED "
                    + "strikes it out (passbooks, leaderboards and stars follow). Refused with 404 for an unknown notice or "
                    + "objection, 409 when the objection is already resolved or the entry is no longer approved, and 422 when "
                    + "AMENDED comes without points.")
    @APIResponse(responseCode = "200", description = "The notice with the objection resolved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeResponse.class)))
    public Response resolveObjection(@PathParam("id") UUID id, @PathParam("objectionId") UUID objectionId, @Valid @NotNull ResolutionRequest body,
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
