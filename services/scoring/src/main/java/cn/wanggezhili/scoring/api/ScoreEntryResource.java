package cn.wanggezhili.scoring.api;

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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.scoring.api.Dtos.EntryPage;
import cn.wanggezhili.scoring.api.Dtos.EntryRequest;
import cn.wanggezhili.scoring.api.Dtos.RejectionRequest;
import cn.wanggezhili.scoring.app.ApproveEntryHandler;
import cn.wanggezhili.scoring.app.Commands.ApproveEntry;
import cn.wanggezhili.scoring.app.Commands.RecordEntry;
import cn.wanggezhili.scoring.app.Commands.RejectEntry;
import cn.wanggezhili.scoring.app.EntryQueries;
import cn.wanggezhili.scoring.app.EntryQueries.EntryView;
import cn.wanggezhili.scoring.app.RecordEntryHandler;
import cn.wanggezhili.scoring.app.RejectEntryHandler;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.EntryStatus;
import cn.wanggezhili.scoring.domain.Period;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/score-entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Score entries", description = "One record per event (一事一记录) and the monthly review (一月一审核)")
@SecurityRequirement(name = "oidc")
public class ScoreEntryResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RecordEntryHandler record;

    @Inject
    ApproveEntryHandler approve;

    @Inject
    RejectEntryHandler reject;

    @Inject
    EntryQueries queries;

    @Inject
    IdempotentCommands idempotent;

    @POST
    @Operation(summary = "Record a score entry for a subject, citing an indicator and its evidence (scorer, grid chief, admins)",
            description = "One record per event (一事一记录). Callers with the role scorer, grid-chief, township-admin or county-admin "
                    + "whose grid scope covers the subject's unit record a PENDING entry on the latest version of the scheme: the "
                    + "indicator's points count in the given month (default: this month, county time) once a reviewer approves "
                    + "them. Refused with 404 for an unknown subject or scheme; 422 for an unknown indicator, a subject of another "
                    + "type than the scheme's, scoring oneself, or missing evidence where the indicator requires it; 409 when the "
                    + "indicator's monthly cap would be exceeded or the month's quarter is already settled.")
    @APIResponse(responseCode = "201", description = "The entry as recorded (PENDING); Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)))
    public Response recordScoreEntry(@Valid @NotNull EntryRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        YearMonth month;
        try {
            month = body.month() == null ? null : YearMonth.parse(body.month());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.badField("month", "a month like 2026-11");
        }
        return idempotent.execute(key, caller.get().subject(), List.of("record-entry", body), () -> {
            EntryId id = record.handle(new RecordEntry(body.schemeCode(), body.indicatorCode(), body.subjectId(), month,
                    body.evidence(), body.note()), caller.get());
            return Response.created(URI.create("/api/v1/score-entries/" + id)).entity(queries.entry(id, caller.get())).build();
        });
    }

    @GET
    @Operation(summary = "Entries on units under a unit (default: your scope), by status and period (month, quarter or year)",
            description = "Any signed-in caller whose grid scope covers `under` (default: the first unit of the caller's scope) lists "
                    + "the score entries on that subtree, optionally of one status (PENDING, APPROVED, REJECTED, VOIDED) and one "
                    + "period (2026-11, 2026-Q4 or 2026), in pages ordered by id; pass a page's `next` as `after` for the next "
                    + "page, `next` is null on the last. Reads only; 403 when the scope does not cover `under`.")
    public EntryPage listScoreEntries(@QueryParam("under") String under, @QueryParam("status") String status, @QueryParam("period") String period,
                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit, @QueryParam("after") String after) {
        if (status != null && Arrays.stream(EntryStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw ProblemException.badField("status", "one of " + Arrays.toString(EntryStatus.values()));
        }
        var page = queries.list(caller.get().subtreeRoot(under), status, period == null ? null : Period.parse(period, "period"),
                limit, Params.cursor(after), caller.get());
        return new EntryPage(page.items(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A score entry, its source and its review",
            description = "Any signed-in caller whose grid scope covers the entry's unit reads the entry: its scheme and indicator, "
                    + "subject, month, points, status, where it came from (a scorer or another service's event) and who recorded "
                    + "and reviewed it. Reads only; 404 for an unknown entry, 403 outside the caller's scope.")
    public EntryView getScoreEntry(@PathParam("id") UUID id) {
        return queries.entry(new EntryId(id), caller.get());
    }

    @POST
    @Path("{id}/approvals")
    @Operation(summary = "A reviewer approves a pending entry (never their own, nor one about themselves)",
            description = "The monthly review (一月一审核). Callers with the role reviewer, township-admin or county-admin whose grid "
                    + "scope covers the entry's unit approve a PENDING entry: it becomes APPROVED and its points count on the "
                    + "passbook, leaderboards, notices and, for households, their stars. Refused with 409 when the entry is no "
                    + "longer pending or its quarter is settled, and 422 when the reviewer recorded the entry or is its subject.")
    @APIResponse(responseCode = "200", description = "The entry as approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)))
    public Response approveScoreEntry(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return idempotent.execute(key, caller.get().subject(), List.of("approve", id), () -> {
            approve.handle(new ApproveEntry(new EntryId(id)), caller.get());
            return Response.ok(queries.entry(new EntryId(id), caller.get())).build();
        });
    }

    @POST
    @Path("{id}/rejections")
    @Operation(summary = "A reviewer rejects a pending entry, giving the reason",
            description = "The monthly review (一月一审核). Callers with the role reviewer, township-admin or county-admin whose grid "
                    + "scope covers the entry's unit reject a PENDING entry with a reason: it becomes REJECTED and never counts. "
                    + "Refused with 409 when the entry is no longer pending or its quarter is settled, and 422 when the reviewer "
                    + "recorded the entry or is its subject, or gives no reason.")
    @APIResponse(responseCode = "200", description = "The entry as rejected, with the reason as its review note",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EntryView.class)))
    public Response rejectScoreEntry(@PathParam("id") UUID id, @Valid @NotNull RejectionRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return idempotent.execute(key, caller.get().subject(), List.of("reject", id, body), () -> {
            reject.handle(new RejectEntry(new EntryId(id), body.reason()), caller.get());
            return Response.ok(queries.entry(new EntryId(id), caller.get())).build();
        });
    }
}
