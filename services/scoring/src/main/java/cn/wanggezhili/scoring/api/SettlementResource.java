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
import cn.wanggezhili.scoring.api.Dtos.SettlementRequest;
import cn.wanggezhili.scoring.app.Commands.SettleQuarter;
import cn.wanggezhili.scoring.app.SettleQuarterHandler;
import cn.wanggezhili.scoring.app.SettlementQueries;
import cn.wanggezhili.scoring.app.SettlementQueries.SettlementView;
import cn.wanggezhili.scoring.domain.Quarter;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;

@Path("/api/v1/settlements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Settlements", description = "Quarterly settlement (一季一兑现): one points credit per subject and quarter for the points store")
@SecurityRequirement(name = "oidc")
public class SettlementResource {

    @Inject
    CurrentCaller caller;

    @Inject
    SettleQuarterHandler settle;

    @Inject
    SettlementQueries settlements;

    @Inject
    IdempotentCommands idempotent;

    @POST
    @Operation(summary = "Settle a unit's quarter after its public notice: 201 the first time, 200 with the same run afterwards",
            description = "Quarterly settlement (一季一兑现). Callers with the role township-admin or county-admin whose grid scope "
                    + "covers unitCode settle the unit's quarter: each subject's net approved points become one credit (PointsCredited) "
                    + "for the points store; subjects already credited for the quarter by another run, or netting zero or less, "
                    + "get none. Entries of a settled quarter can no longer be recorded or reviewed. Refused with 409 before the "
                    + "quarter is over, without a public notice of the quarter for the unit, while its objection window is open "
                    + "or while objections are unresolved.")
    @APIResponse(responseCode = "201", description = "The run, made by this call; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettlementView.class)))
    @APIResponse(responseCode = "200", description = "The run made before: the unit's quarter was already settled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SettlementView.class)))
    public Response settleQuarter(@Valid @NotNull SettlementRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        Quarter quarter = Quarter.parse(body.quarter()).orElseThrow();
        return idempotent.execute(key, caller.get().subject(), List.of("settle", body), () -> {
            SettleQuarterHandler.Outcome outcome = settle.handle(new SettleQuarter(unit, quarter), caller.get());
            return outcome.created()
                    ? Response.created(URI.create("/api/v1/settlements/" + outcome.settlement().id())).entity(outcome.settlement()).build()
                    : Response.ok(outcome.settlement()).build();
        });
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A quarter's settlement run and what it credited",
            description = "Any signed-in caller whose grid scope covers the run's unit reads a settlement run: its quarter, how many "
                    + "subjects were credited and with how many points, how many had no points or were settled before, who "
                    + "settled it and when. Reads only; 404 for an unknown run, 403 outside the caller's scope.")
    public SettlementView getSettlement(@PathParam("id") UUID id) {
        return settlements.get(id, caller.get());
    }
}
