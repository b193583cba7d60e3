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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.scoring.api.Dtos.TierRequest;
import cn.wanggezhili.scoring.app.BoardQueries;
import cn.wanggezhili.scoring.app.BoardQueries.Standing;
import cn.wanggezhili.scoring.app.BoardQueries.TenStarHousehold;
import cn.wanggezhili.scoring.app.AssignTiersHandler;
import cn.wanggezhili.scoring.app.Commands.AssignTiers;
import cn.wanggezhili.scoring.app.CountyTime;
import cn.wanggezhili.scoring.app.TierQueries;
import cn.wanggezhili.scoring.app.TierQueries.YearlyScore;
import cn.wanggezhili.scoring.domain.Period;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rankings", description = "Leaderboards, the yearly summary and tiers (一年一总结), ten-star households")
@SecurityRequirement(name = "oidc")
public class RankingResource {

    @Inject
    CurrentCaller caller;

    @Inject
    BoardQueries boards;

    @Inject
    TierQueries tiers;

    @Inject
    AssignTiersHandler assign;

    @Inject
    CountyTime countyTime;

    @Inject
    IdempotentCommands idempotent;

    @GET
    @Path("leaderboards")
    @Operation(summary = "Approved points per subject under a unit in a month, quarter or year (default: this month), highest first",
            description = "Any signed-in caller whose grid scope covers `under` (default: the first unit of the caller's scope) reads "
                    + "the leaderboard of that subtree: each subject's approved points in the period (2026-11, 2026-Q4 or 2026; "
                    + "default this month, county time), optionally of one subject type, highest first, equal points sharing a "
                    + "rank, at most `limit` rows. Reads only; 403 when the scope does not cover `under`.")
    public List<Standing> getLeaderboard(@QueryParam("under") String under, @QueryParam("subjectType") String type,
                                      @QueryParam("period") String period,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit) {
        Period p = Period.parse(period == null ? countyTime.thisMonth().toString() : period, "period");
        return boards.leaderboard(caller.get().subtreeRoot(under), Params.subjectType(type), p, limit, caller.get());
    }

    @GET
    @Path("yearly-summaries")
    @Operation(summary = "The yearly summary of one subject type under a unit: base score plus approved points, ranked",
            description = "The yearly summary (一年一总结) as it stands. Any signed-in caller whose grid scope covers `under` (default: "
                    + "the first unit of the caller's scope) reads every active subject of `subjectType` (required) on that "
                    + "subtree in `year` (default: this year): the scheme's base score plus approved points, the rank and the tier "
                    + "that rank would give. Reading assigns no tiers. Reads only; 400 without subjectType, 403 outside the scope.")
    public List<YearlyScore> getYearlySummary(@QueryParam("under") String under, @QueryParam("subjectType") String type,
                                    @QueryParam("year") Integer year) {
        var subjectType = Params.subjectType(type);
        if (subjectType == null) {
            throw ProblemException.badField("subjectType", "required");
        }
        return tiers.summary(caller.get().subtreeRoot(under), year == null ? countyTime.thisMonth().getYear() : year, subjectType, caller.get());
    }

    @POST
    @Path("tier-assignments")
    @Operation(summary = "Rank a subtree's subjects of one type for a year and assign their tiers (TierAssigned, once per subtree, year and type)",
            description = "Callers with the role township-admin or county-admin whose grid scope covers unitCode rank the subtree's "
                    + "subjects of one type by their yearly score and assign each a tier (1 best to 4; TierAssigned, which the "
                    + "points store uses for tiered redemption, 梯次化兑换激励). Done once per subtree, year and type: asking again "
                    + "answers the tiers assigned the first time. An empty subtree answers an empty list.")
    @APIResponse(responseCode = "200", description = "The tiers assigned, best rank first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = TierResponse.class)))
    public Response assignTiers(@Valid @NotNull TierRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        return idempotent.execute(key, caller.get().subject(), List.of("assign-tiers", body), () -> {
            List<TierAssigned> assigned = assign.handle(new AssignTiers(unit, body.year(), body.subjectType()), caller.get());
            return Response.ok(assigned.stream().map(t -> new TierResponse(t.subjectType().name(), t.subjectId(), t.code(), t.year(),
                    t.rank(), t.rankedAmong(), t.rankedWithin(), t.tier(), t.yearlyScore())).toList()).build();
        });
    }

    @Schema(description = "A subject's yearly rank within a subtree and the tier it sets")
    public record TierResponse(String subjectType, String subjectId, String code, int year, int rank, int rankedAmong,
                               String rankedWithin, int tier, int yearlyScore) {
    }

    @GET
    @Path("ten-star-households")
    @Operation(summary = "Households under a unit (e.g. a village) holding all ten stars now",
            description = "Ten-star civilised households (十星级文明户). Any signed-in caller whose grid scope covers `under` (default: "
                    + "the first unit of the caller's scope) lists the households on that subtree that hold all ten stars now, by "
                    + "unit code. Reads only; 403 when the scope does not cover `under`.")
    public List<TenStarHousehold> listTenStarHouseholds(@QueryParam("under") String under) {
        return boards.tenStarHouseholds(caller.get().subtreeRoot(under), caller.get());
    }
}
