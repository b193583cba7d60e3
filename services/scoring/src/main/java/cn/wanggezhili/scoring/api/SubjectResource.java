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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.scoring.api.Dtos.Passbook;
import cn.wanggezhili.scoring.api.Dtos.SubjectPage;
import cn.wanggezhili.scoring.api.Dtos.SubjectRequest;
import cn.wanggezhili.scoring.api.Dtos.SubjectResponse;
import cn.wanggezhili.scoring.app.BoardQueries;
import cn.wanggezhili.scoring.app.BoardQueries.StarHolding;
import cn.wanggezhili.scoring.app.EntryQueries;
import cn.wanggezhili.scoring.app.EntryQueries.EntryView;
import cn.wanggezhili.scoring.app.Commands.RegisterSubject;
import cn.wanggezhili.scoring.app.CountyTime;
import cn.wanggezhili.scoring.app.RegisterSubjectHandler;
import cn.wanggezhili.scoring.app.SubjectQueries;
import cn.wanggezhili.scoring.domain.Period;
import cn.wanggezhili.scoring.domain.Subject;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;

@Path("/api/v1/subjects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subjects", description = "The scored: grid workers and households from the registry, party organisations, party members and village cadres registered here; passbooks (积分存折) and stars")
@SecurityRequirement(name = "oidc")
public class SubjectResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RegisterSubjectHandler register;

    @Inject
    SubjectQueries subjects;

    @Inject
    EntryQueries entries;

    @Inject
    BoardQueries boards;

    @Inject
    CountyTime countyTime;

    @Inject
    IdempotentCommands idempotent;

    @POST
    @Operation(summary = "Register a party organisation, party member or village cadre (township admin)",
            description = "Callers with the role township-admin or county-admin whose grid scope covers unitCode enter a party "
                    + "organisation (党组织), party member (党员) or village cadre (村干部) in scoring's register, so that it can be "
                    + "scored; with a username, that login can never score or review itself. Grid workers and households come "
                    + "from the grid registry and are refused with 400.")
    @APIResponse(responseCode = "201", description = "The subject as registered; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubjectResponse.class)))
    public Response registerSubject(@Valid @NotNull SubjectRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        return idempotent.execute(key, caller.get().subject(), List.of("register-subject", body), () -> {
            Subject s = register.handle(new RegisterSubject(body.subjectType(), body.name(), unit, body.username()), caller.get());
            return Response.created(URI.create("/api/v1/subjects/" + s.id())).entity(response(s)).build();
        });
    }

    @GET
    @Operation(summary = "Subjects on units under a unit (default: your scope), optionally of one type",
            description = "Any signed-in caller whose grid scope covers `under` (default: the first unit of the caller's scope) lists "
                    + "the active subjects on that subtree, optionally of one type, in pages ordered by id; pass a page's `next` "
                    + "as `after` for the next page, `next` is null on the last. Reads only; 403 when the scope does not cover "
                    + "`under`.")
    public SubjectPage listSubjects(@QueryParam("under") String under, @QueryParam("subjectType") String type,
                            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit, @QueryParam("after") String after) {
        var page = subjects.list(caller.get().subtreeRoot(under), Params.subjectType(type), limit, Params.cursor(after), caller.get());
        return new SubjectPage(page.items().stream().map(SubjectResource::response).toList(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A subject: its type, name and unit",
            description = "Any signed-in caller whose grid scope covers the subject's unit reads the subject. Reads only; 404 for an "
                    + "unknown subject, 403 outside the caller's scope.")
    public SubjectResponse getSubject(@PathParam("id") UUID id) {
        return response(subjects.visible(id, caller.get()));
    }

    @GET
    @Path("{id}/passbook")
    @Operation(summary = "The subject's passbook (一人一折): every entry of a month, quarter or year (default: this year) and its status",
            description = "Any signed-in caller whose grid scope covers the subject's unit reads its passbook (积分存折) for a period "
                    + "(2026-11, 2026-Q4 or 2026; default this year, county time): every entry, newest month first, with the sums "
                    + "of approved points (which count) and pending points. Reads only; 404 for an unknown subject, 403 outside "
                    + "the caller's scope.")
    public Passbook getPassbook(@PathParam("id") UUID id, @QueryParam("period") String period) {
        Subject subject = subjects.visible(id, caller.get());
        Period p = Period.parse(period == null ? Integer.toString(countyTime.thisMonth().getYear()) : period, "period");
        List<EntryView> list = entries.passbook(id, p);
        int approved = list.stream().filter(e -> e.status().equals("APPROVED")).mapToInt(EntryView::points).sum();
        int pending = list.stream().filter(e -> e.status().equals("PENDING")).mapToInt(EntryView::points).sum();
        return new Passbook(response(subject), p.value(), approved, pending, list);
    }

    @GET
    @Path("{id}/stars")
    @Operation(summary = "A household's stars (十星级文明户): held or not, its score on each star's items and the threshold",
            description = "Any signed-in caller whose grid scope covers the household's unit reads its ten stars: for each star the "
                    + "household has been scored on, whether it holds it now, its score on the star's items (the year's approved "
                    + "entries, deductions included), the threshold and when that last changed; empty for a subject never scored on a star. Reads only; 404 for an "
                    + "unknown subject, 403 outside the caller's scope.")
    public List<StarHolding> listHouseholdStars(@PathParam("id") UUID id) {
        subjects.visible(id, caller.get());
        return boards.stars(id.toString());
    }

    static SubjectResponse response(Subject s) {
        return new SubjectResponse(s.id(), s.type(), s.type().nameZh(), s.name(), s.code());
    }
}
