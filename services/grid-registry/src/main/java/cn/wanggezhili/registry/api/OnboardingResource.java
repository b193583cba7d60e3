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
            + "and nothing is written; rows already present are skipped.")
    public Response onboard(String csv, @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("onboard", csv == null ? "" : csv),
                () -> Response.ok(onboard.handle(csv, caller.get())).build());
    }
}
