package cn.wanggezhili.command.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.command.api.FigureDtos.Cases;
import cn.wanggezhili.command.api.FigureDtos.Escalations;
import cn.wanggezhili.command.api.FigureDtos.FiguresResponse;
import cn.wanggezhili.command.api.FigureDtos.Points;
import cn.wanggezhili.command.api.FigureDtos.Staff;
import cn.wanggezhili.command.api.FigureDtos.StaffActivity;
import cn.wanggezhili.command.api.FigureDtos.Tasks;
import cn.wanggezhili.command.app.FigureQueries;
import cn.wanggezhili.command.app.SuiteFigures;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.LocalPeriod;

@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Figures", description = "Tasks, escalations, mediation, points, ten-star households and staff activity per subtree and period")
@SecurityRequirement(name = "oidc")
public class FigureResource {

    @Inject
    CurrentCaller caller;

    @Inject
    FigureQueries figures;

    @Inject
    Clock clock;

    @GET
    @Operation(summary = "Figures for the units under a unit (default: your scope) and a period: from/to, month or quarter (default: this month)",
            description = "Staff at every level and integrators (county-admin, township-admin, grid-chief, grid-worker, "
                    + "scorer, reviewer, mediator, store-clerk, integrator) whose grid scope covers `under` (default: the first unit of the caller's "
                    + "scope). Returns the subtree's figures (指挥中心数据) for the period: tasks created and closed in it, "
                    + "open and overdue now, the share closed where it arose (小事不出格) and escalations per level reached; "
                    + "dispute cases (矛盾纠纷调解) with their success rate against the target; points credited and "
                    + "redeemed; ten-star households (十星级文明户); active staff and the five most active. Shares are null "
                    + "when there is nothing to share. Give one of from and to, month or quarter; more than one, or a "
                    + "malformed date, is refused with 400. Residents and callers outside the subtree are refused with 403.")
    public FiguresResponse getSubtreeFigures(@QueryParam("under") String under,
                                             @Parameter(description = "First day, e.g. 2026-11-01 (with to)") @QueryParam("from") String from,
                                             @Parameter(description = "Last day, included, e.g. 2026-11-30 (with from)") @QueryParam("to") String to,
                                             @Parameter(description = "A month, e.g. 2026-11") @QueryParam("month") String month,
                                             @Parameter(description = "A quarter, e.g. 2026-Q4") @QueryParam("quarter") String quarter) {
        var root = caller.get().subtreeRoot(under);
        var period = LocalPeriod.parse(from, to, month, quarter, LocalPeriod.day(clock.instant()));
        return response(figures.figures(root, period, caller.get()));
    }

    private static FiguresResponse response(SuiteFigures f) {
        var t = f.tasks();
        var c = f.cases();
        var p = f.points();
        return new FiguresResponse(f.code().value(), f.period().from(), f.period().to(), f.asOf(),
                new Tasks(t.created(), t.open(), t.overdue(), t.closed(), t.closedAtOriginShare(),
                        f.levels().levels().stream()
                                .map(level -> new Escalations(level.key(), level.nameZh(),
                                        t.escalatedTo().getOrDefault(level.number(), 0L)))
                                .toList()),
                new Cases(c.registered(), c.concluded(), c.agreements(), c.successRate(), c.successTarget(), c.meetsTarget(),
                        c.settledInGridShare(), c.averageDaysToClose()),
                new Points(p.credited(), p.redeemed(), p.redemptions(), p.items()), f.tenStarHouseholds(),
                new Staff(f.activeStaff(), f.mostActive().stream().map(s -> new StaffActivity(s.name(), s.actions())).toList()));
    }
}
