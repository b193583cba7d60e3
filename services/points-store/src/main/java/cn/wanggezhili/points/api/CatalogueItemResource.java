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
import cn.wanggezhili.points.api.Dtos.ItemPage;
import cn.wanggezhili.points.api.Dtos.ItemResponse;
import cn.wanggezhili.points.api.Dtos.ListItemRequest;
import cn.wanggezhili.points.api.Dtos.RestockRequest;
import cn.wanggezhili.points.app.CatalogueQueries;
import cn.wanggezhili.points.app.CommandLocks;
import cn.wanggezhili.points.app.Commands.ListItem;
import cn.wanggezhili.points.app.Commands.RestockItem;
import cn.wanggezhili.points.app.Commands.WithdrawItem;
import cn.wanggezhili.points.app.ListItemHandler;
import cn.wanggezhili.points.app.RestockItemHandler;
import cn.wanggezhili.points.app.WithdrawItemHandler;
import cn.wanggezhili.points.domain.ItemId;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;

@Path("/api/v1/catalogue-items")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogue", description = "Stores' catalogues (积分超市): goods, discounts and services with points prices, stock and tiers")
@SecurityRequirement(name = "oidc")
public class CatalogueItemResource {

    @Inject
    CurrentCaller caller;

    @Inject
    CatalogueQueries queries;

    @Inject
    ListItemHandler listItem;

    @Inject
    RestockItemHandler restockItem;

    @Inject
    WithdrawItemHandler withdrawItem;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    CommandLocks locks;

    @GET
    @Operation(summary = "The catalogue of the store on a grid unit (a village's or a township's 积分超市)",
            description = "Staff whose grid scope covers the store, and residents and grid workers the store serves (their unit lies "
                    + "in the store's area: the village's and the township's store), list the items of the store on the unit "
                    + "`store` (required), without withdrawn items unless `withdrawn=true`, in pages ordered by id; pass a page's "
                    + "`next` as `after`, `next` is null on the last page. Reads only; 403 for a store that does not serve the caller.")
    public ItemPage listCatalogueItems(@QueryParam("store") String store,
                         @QueryParam("withdrawn") @DefaultValue("false") boolean withdrawn,
                         @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                         @QueryParam("after") String after) {
        var page = queries.list(GridCodes.parse(store, "store"), withdrawn, limit, Cursors.uuid(after), caller.get());
        return new ItemPage(page.items().stream().map(Responses::item).toList(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A catalogue item: its price, stock and tiers",
            description = "Staff whose grid scope covers the item's store, and residents and grid workers the store serves, read the "
                    + "item: kind, name, points price, stock on hand, the tiers it is open to and each tier's discount, and whether "
                    + "it was withdrawn. Reads only; 404 for an unknown item, 403 for a store that does not serve the caller.")
    public ItemResponse getCatalogueItem(@PathParam("id") UUID id) {
        return Responses.item(queries.item(new ItemId(id), caller.get()));
    }

    @POST
    @Operation(summary = "List an item in a store's catalogue",
            description = "Callers with the role store-clerk, grid-chief, township-admin or county-admin whose grid scope covers "
                    + "storeCode list a good, discount or service in that store's catalogue (积分超市) with its points price and "
                    + "stock, optionally only for tiers up to maxTier and with a discount per tier. Refused with 422 for a blank "
                    + "name, a price below one point, negative stock, a tier outside 1 to 4 or a discount outside 0 to 90 percent.")
    @APIResponse(responseCode = "201", description = "The item as listed; Location names it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemResponse.class)))
    public Response addCatalogueItem(@Valid @NotNull ListItemRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        var store = GridCodes.parse(body.storeCode(), "storeCode");
        return idempotent.execute(key, caller.get().subject(), List.of("list-item", body), () -> {
            ItemId id = listItem.handle(new ListItem(store, body.kind(), body.nameZh(), body.description(), body.pointsPrice(),
                    body.stock(), body.maxTier(), body.tierDiscounts()), caller.get());
            return Response.created(URI.create("/api/v1/catalogue-items/" + id)).entity(getCatalogueItem(id.value())).build();
        });
    }

    @POST
    @Path("{id}/restocks")
    @Operation(summary = "Add units to the item's stock",
            description = "Callers with the role store-clerk, grid-chief, township-admin or county-admin whose grid scope covers the "
                    + "item's store add units to its stock. Refused with 404 for an unknown item, 409 when the item was withdrawn, "
                    + "and 422 for fewer than one unit.")
    @APIResponse(responseCode = "200", description = "The item with its new stock",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemResponse.class)))
    public Response restockCatalogueItem(@PathParam("id") UUID id, @Valid @NotNull RestockRequest body,
                            @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(id), () -> idempotent.execute(key, caller.get().subject(), List.of("restock", id, body), () -> {
            restockItem.handle(new RestockItem(new ItemId(id), body.quantity()), caller.get());
            return Response.ok(getCatalogueItem(id)).build();
        }));
    }

    @POST
    @Path("{id}/withdrawals")
    @Operation(summary = "Withdraw the item from the catalogue; open reservations may still be fulfilled",
            description = "Callers with the role store-clerk, grid-chief, township-admin or county-admin whose grid scope covers the "
                    + "item's store withdraw it: it leaves the catalogue and can no longer be redeemed or restocked, while "
                    + "reservations already made may still be fulfilled or cancelled. Refused with 404 for an unknown item and 409 "
                    + "when it is already withdrawn.")
    @APIResponse(responseCode = "200", description = "The item, withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemResponse.class)))
    public Response withdrawCatalogueItem(@PathParam("id") UUID id, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(id), () -> idempotent.execute(key, caller.get().subject(), List.of("withdraw", id), () -> {
            withdrawItem.handle(new WithdrawItem(new ItemId(id)), caller.get());
            return Response.ok(getCatalogueItem(id)).build();
        }));
    }
}
