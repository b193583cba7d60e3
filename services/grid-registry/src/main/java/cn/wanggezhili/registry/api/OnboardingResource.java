package cn.wanggezhili.registry.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import cn.wanggezhili.registry.app.OnboardingReport;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.registry.app.OnboardTownshipHandler;
import cn.wanggezhili.security.CurrentCaller;

@Path("/api/v1/onboardings")
@Tag(name = "Onboarding", description = "Bulk onboarding of a township from CSV: all or nothing, re-runnable")
@SecurityRequirement(name = "oidc")
public class OnboardingResource {

    @Inject
    CurrentCaller caller;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    OnboardTownshipHandler onboard;

    @POST
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Onboard units, staff posts and households from a UTF-8 CSV with the header "
            + "type,code,parent_code,name,role,username,household_number. Bad rows are all reported with line numbers "
            + "and nothing is written; rows already present are skipped.",
            description = "County and township administrators (county-admin, township-admin); every row's code must lie "
                    + "in the caller's grid scope. Applies the rows in file order in one transaction, through the same "
                    + "rules as the single commands: units (created under a parent registered before or on an earlier "
                    + "line), staff posts (role in English or Chinese, e.g. grid-worker or 网格员) and households on "
                    + "micro-grids. Answers how many of each were created and how many were already present. Refused "
                    + "with 422 listing every bad row (line number and column) when any row breaks a rule or lies outside "
                    + "the caller's scope; then nothing is written.")
    @APIResponse(responseCode = "200", description = "The file was applied: what was created and what was present",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OnboardingReport.class)))
    public Response onboardTownship(String csv, @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("onboard", csv == null ? "" : csv),
                () -> Response.ok(onboard.handle(csv, caller.get())).build());
    }
}
