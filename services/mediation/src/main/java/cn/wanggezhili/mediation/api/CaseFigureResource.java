package cn.wanggezhili.mediation.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.mediation.api.CaseResponses.CaseFiguresResponse;
import cn.wanggezhili.mediation.app.CaseFigures;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.LocalPeriod;

@Path("/api/v1/case-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Case figures", description = "Cases, success rate, time to close and share settled on the grid, per subtree and period")
@SecurityRequirement(name = "oidc")
public class CaseFigureResource {

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    CaseFigures figures;

    @GET
    @Operation(summary = "Figures for cases registered under a unit (default: your scope) in a period (default: the last twelve months)",
            description = "Case readers (mediator, grid-worker, grid-chief, township-admin, county-admin, integrator, reviewer, "
                    + "scorer) whose grid scope covers under (default: the first unit of your scope). Counts the cases registered in "
                    + "the subtree, wherever they were handed since: registered in the period; closed in it, by outcome; concluded "
                    + "(an agreement or a failure); open now; the success rate (agreements / concluded); the average days from "
                    + "registration to closure of concluded cases; the share of concluded cases settled by agreement at grid level "
                    + "(小事不出格); registrations by dispute type and agreements by the level that closed them. successRate, "
                    + "averageDaysToClose and settledAtGridShare are null when no case concluded in the period. Give from and to, or "
                    + "month, or quarter, or year (400 for more than one, or a malformed one); 403 for other roles or a unit outside "
                    + "your scope.")
    public CaseFiguresResponse getMediationFigures(@QueryParam("under") String under,
                                       @Parameter(description = "First day, e.g. 2026-01-01 (with to)") @QueryParam("from") String from,
                                       @Parameter(description = "Last day, included (with from)") @QueryParam("to") String to,
                                       @Parameter(description = "A month, e.g. 2026-11") @QueryParam("month") String month,
                                       @Parameter(description = "A quarter, e.g. 2026-Q4") @QueryParam("quarter") String quarter,
                                       @Parameter(description = "A year, e.g. 2026") @QueryParam("year") String year) {
        var root = caller.get().subtreeRoot(under);
        LocalDate today = LocalPeriod.day(clock.instant());
        var period = LocalPeriod.parse(from, to, month, quarter, year, new LocalPeriod(today.minusYears(1).plusDays(1), today));
        var f = figures.figures(root, period, caller.get());
        return new CaseFiguresResponse(f.code().value(), f.period().from().toString(), f.period().to().toString(), f.registered(),
                f.closed(), f.concluded(), f.agreements(), f.failed(), f.withdrawn(), f.declined(), f.openNow(), f.successRate(),
                f.averageDaysToClose(), f.settledAtGrid(), f.settledAtGridShare(), f.byDisputeType(), f.agreementsByLevel());
    }
}
