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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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
    FulfilRedemptionHandler fulfilHandler;

    @Inject
    CancelRedemptionHandler cancelHandler;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    CommandLocks locks;

    @GET
    @Operation(summary = "A store's redemptions (store staff), e.g. ?status=RESERVED for the counter",
            description = "Callers with the role store-clerk, grid-chief, township-admin or county-admin whose grid scope covers "
                    + "the store on unit `store` (required) list its redemptions, optionally of one status (RESERVED, FULFILLED, "
                    + "CANCELLED, LAPSED), in pages ordered by id; pass a page's `next` as `after`, `next` is null on the last "
                    + "page. Reads only; 403 for other roles or outside the caller's scope.")
    public RedemptionPage listStoreRedemptions(@QueryParam("store") String store, @QueryParam("status") String status,
                               @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                               @QueryParam("after") String after) {
        var page = queries.ofStore(GridCodes.parse(store, "store"), AccountResource.status(status), limit,
                Cursors.uuid(after), caller.get());
        return new RedemptionPage(page.items().stream().map(Responses::redemption).toList(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A redemption: item, points, status and when its reservation lapses",
            description = "The holders of the redemption's account, and callers with the role county-admin, township-admin, "
                    + "grid-chief, store-clerk or integrator whose grid scope covers the store, read the redemption. Reads only; "
                    + "404 for an unknown redemption and for anyone else, who may not learn it exists.")
    public RedemptionResponse getRedemption(@PathParam("id") UUID id) {
        return Responses.redemption(queries.redemption(new RedemptionId(id), caller.get()));
    }

    @POST
    @Operation(summary = "Reserve an item against an account: points and stock are held until fulfilled, cancelled or lapsed",
            description = "Exchange points (积分兑换). The account's holders, and callers with the role county-admin, township-admin, "
                    + "grid-chief or store-clerk whose grid scope covers the account's unit, reserve units of a catalogue item: the "
                    + "price after the account's tier discount is debited from the account's oldest points and the stock is held "
                    + "until the counter fulfils the reservation, it is cancelled, or it lapses after the store's hold (48 hours "
                    + "by default) and both are returned. Refused with 404 for an unknown account or item (or an account the "
                    + "caller may not see), 403 for integrators; 422 when the store does not serve the account's area or the "
                    + "account's tier is not eligible; 409 when the item is withdrawn or short of stock or the account short of "
                    + "points.")
    @APIResponse(responseCode = "201", description = "The redemption, RESERVED; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedemptionResponse.class)))
    public Response redeemPoints(@Valid @NotNull RedemptionRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(body.accountId(), body.itemId()), () -> idempotent.execute(key, caller.get().subject(),
                List.of("redeem", body), () -> {
                    RedemptionId id = redeem.handle(new RedeemPoints(new AccountId(body.accountId()), new ItemId(body.itemId()),
                            body.quantity(), body.mode() == null ? ExchangeMode.ANYTIME : body.mode()), caller.get());
                    return Response.created(URI.create("/api/v1/redemptions/" + id)).entity(getRedemption(id.value())).build();
                }));
    }

    @POST
    @Path("{id}/fulfilments")
    @Operation(summary = "The store clerk hands the item over at the counter",
            description = "Callers with the role store-clerk, grid-chief, township-admin or county-admin whose grid scope covers the "
                    + "store fulfil a RESERVED redemption as the item is handed over: the points stay spent and it counts in the "
                    + "store's exchange statement. Refused with 404 for an unknown redemption and 409 when it is no longer reserved "
                    + "(fulfilled, cancelled or lapsed).")
    @APIResponse(responseCode = "200", description = "The redemption, FULFILLED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedemptionResponse.class)))
    public Response fulfilRedemption(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(id), () -> idempotent.execute(key, caller.get().subject(), List.of("fulfil", id), () -> {
            fulfilHandler.handle(new FulfilRedemption(new RedemptionId(id)), caller.get());
            return Response.ok(getRedemption(id)).build();
        }));
    }

    @POST
    @Path("{id}/cancellations")
    @Operation(summary = "Cancel a reservation (its holder or store staff): points and stock are returned",
            description = "The account's holders, and callers with the role county-admin, township-admin, grid-chief or store-clerk "
                    + "whose grid scope covers the account's unit and the store, cancel a RESERVED redemption with a reason: the "
                    + "points are refunded to the account (REFUNDED) and the stock released. Refused with 404 for an unknown "
                    + "redemption (or one the caller may not see), 409 when it is no longer reserved, and 422 for a blank reason.")
    @APIResponse(responseCode = "200", description = "The redemption, CANCELLED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedemptionResponse.class)))
    public Response cancelRedemption(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body,
                           @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(locks.ofRedemption(id), () -> idempotent.execute(key, caller.get().subject(),
                List.of("cancel", id, body), () -> {
                    cancelHandler.handle(new CancelRedemption(new RedemptionId(id), body.reason()), caller.get());
                    return Response.ok(getRedemption(id)).build();
                }));
    }
}
