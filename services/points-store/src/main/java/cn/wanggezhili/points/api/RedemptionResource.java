package cn.wanggezhili.points.api;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.points.api.Dtos.ReasonRequest;
import cn.wanggezhili.points.api.Dtos.RedemptionPage;
import cn.wanggezhili.points.api.Dtos.RedemptionRequest;
import cn.wanggezhili.points.api.Dtos.RedemptionResponse;
import cn.wanggezhili.points.app.CancelRedemptionHandler;
import cn.wanggezhili.points.app.CommandLocks;
import cn.wanggezhili.points.app.Commands.CancelRedemption;
import cn.wanggezhili.points.app.Commands.FulfilRedemption;
import cn.wanggezhili.points.app.Commands.RedeemPoints;
import cn.wanggezhili.points.app.FulfilRedemptionHandler;
import cn.wanggezhili.points.app.RedeemHandler;
import cn.wanggezhili.points.app.RedemptionQueries;
import cn.wanggezhili.points.domain.AccountId;
import cn.wanggezhili.points.domain.ExchangeMode;
import cn.wanggezhili.points.domain.ItemId;
import cn.wanggezhili.points.domain.RedemptionId;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;

@Path("/api/v1/redemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Redemptions", description = "Exchanges of points (积分兑换): reserved, then fulfilled at the counter, cancelled or lapsed")
@SecurityRequirement(name = "oidc")
public class RedemptionResource {

    @Inject
    CurrentCaller caller;

    @Inject
    RedemptionQueries queries;

    @Inject
    RedeemHandler redeem;

    @Inject
    FulfilRedemptionHandler fulfilRedemption;

    @Inject
    CancelRedemptionHandler cancelRedemption;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    CommandLocks locks;

    @GET
    @Operation(summary = "A store's redemptions (store staff), e.g. ?status=RESERVED for the counter")
    public RedemptionPage list(@QueryParam("store") String store, @QueryParam("status") String status,
                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                               @QueryParam("after") String after) {
        var page = queries.ofStore(GridCodes.parse(store, "store"), AccountResource.status(status), limit,
                Cursors.uuid(after), caller.get());
        return new RedemptionPage(page.items().stream().map(Responses::redemption).toList(), page.next());
    }

    @GET
    @Path("{id}")
    public RedemptionResponse get(@PathParam("id") UUID id) {
        return Responses.redemption(queries.redemption(new RedemptionId(id), caller.get()));
    }

    @POST
    @Operation(summary = "Reserve an item against an account: points and stock are held until fulfilled, cancelled or lapsed")
    public Response create(@Valid @NotNull RedemptionRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(body.accountId(), body.itemId()), () -> idempotent.execute(key, caller.get().subject(),
                List.of("redeem", body), () -> {
                    RedemptionId id = redeem.handle(new RedeemPoints(new AccountId(body.accountId()), new ItemId(body.itemId()),
                            body.quantity(), body.mode() == null ? ExchangeMode.ANYTIME : body.mode()), caller.get());
                    return Response.created(URI.create("/api/v1/redemptions/" + id)).entity(get(id.value())).build();
                }));
    }

    @POST
    @Path("{id}/fulfilments")
    @Operation(summary = "The store clerk hands the item over at the counter")
    public Response fulfil(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(id), () -> idempotent.execute(key, caller.get().subject(), List.of("fulfil", id), () -> {
            fulfilRedemption.handle(new FulfilRedemption(new RedemptionId(id)), caller.get());
            return Response.ok(get(id)).build();
        }));
    }

    @POST
    @Path("{id}/cancellations")
    @Operation(summary = "Cancel a reservation (its holder or store staff): points and stock are returned")
    public Response cancel(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body,
                           @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(locks.ofRedemption(id), () -> idempotent.execute(key, caller.get().subject(),
                List.of("cancel", id, body), () -> {
                    cancelRedemption.handle(new CancelRedemption(new RedemptionId(id), body.reason()), caller.get());
                    return Response.ok(get(id)).build();
                }));
    }
}
