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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.points.api.Dtos.AccountPage;
import cn.wanggezhili.points.api.Dtos.AccountResponse;
import cn.wanggezhili.points.api.Dtos.AdjustmentRequest;
import cn.wanggezhili.points.api.Dtos.AdjustmentResponse;
import cn.wanggezhili.points.api.Dtos.HolderRequest;
import cn.wanggezhili.points.api.Dtos.LedgerPage;
import cn.wanggezhili.points.api.Dtos.RedemptionPage;
import cn.wanggezhili.points.app.AccountQueries;
import cn.wanggezhili.points.app.AdjustPointsHandler;
import cn.wanggezhili.points.app.CommandLocks;
import cn.wanggezhili.points.app.Commands.AdjustPoints;
import cn.wanggezhili.points.app.Commands.LinkHolder;
import cn.wanggezhili.points.app.LinkHolderHandler;
import cn.wanggezhili.points.app.RedemptionQueries;
import cn.wanggezhili.points.domain.AccountId;
import cn.wanggezhili.points.domain.RedemptionStatus;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts", description = "Points accounts (积分账户) opened by scoring's settlements, their ledgers and holders")
@SecurityRequirement(name = "oidc")
public class AccountResource {

    @Inject
    CurrentCaller caller;

    @Inject
    AccountQueries queries;

    @Inject
    RedemptionQueries redemptions;

    @Inject
    LinkHolderHandler linkHolder;

    @Inject
    AdjustPointsHandler adjustPoints;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    CommandLocks locks;

    @GET
    @Operation(summary = "Accounts on units under a unit (staff, default: your scope); a resident gets the accounts they hold",
            description = "Callers with the role county-admin, township-admin, grid-chief, store-clerk or integrator list the points "
                    + "accounts (积分账户) on units under `under` (default: the first unit of their scope; 403 when their scope does "
                    + "not cover it); anyone else, e.g. a resident, lists the accounts they hold and `under` is ignored. Integrators "
                    + "see subjects' names masked. Pages are ordered by id; pass a page's `next` as `after`, `next` is null on the "
                    + "last page. Reads only.")
    public AccountPage listAccounts(@QueryParam("under") String under,
                            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                            @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        var page = queries.list(root, limit, Cursors.uuid(after), caller.get());
        return new AccountPage(page.items().stream().map(a -> Responses.account(a, caller.get())).toList(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A points account: its balance, next expiry, tier and holders",
            description = "The account's holders, and callers with the role county-admin, township-admin, grid-chief, store-clerk "
                    + "or integrator whose grid scope covers the account's unit, read the account (积分账户): balance, when points "
                    + "next expire, the subject's latest tier from scoring and the logins that hold it. Integrators see the "
                    + "subject's name masked. Reads only; 404 for an unknown account and for anyone else, who may not learn it "
                    + "exists.")
    public AccountResponse getAccount(@PathParam("id") UUID id) {
        return Responses.account(queries.account(new AccountId(id), caller.get()), caller.get());
    }

    @GET
    @Path("{id}/ledger")
    @Operation(summary = "The account's statement (积分明细), newest first",
            description = "Whoever may read the account (its holders; county-admin, township-admin, grid-chief, store-clerk or "
                    + "integrator within their grid scope) reads its ledger, newest first: credits from scoring's quarterly "
                    + "settlements, debits and refunds of redemptions, expiries and administrators' adjustments, each with the "
                    + "balance after it. Pass a page's `next` as `after`, `next` is null on the last page. Reads only; 404 as for "
                    + "the account.")
    public LedgerPage listLedgerEntries(@PathParam("id") UUID id,
                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                             @QueryParam("after") String after) {
        var page = queries.ledger(new AccountId(id), limit, Cursors.number(after), caller.get());
        return new LedgerPage(page.items().stream().map(Responses::entry).toList(), page.next());
    }

    @GET
    @Path("{id}/redemptions")
    @Operation(summary = "The account's redemptions, optionally by status",
            description = "Whoever may read the account (its holders; county-admin, township-admin, grid-chief, store-clerk or "
                    + "integrator within their grid scope) lists its redemptions, optionally of one status (RESERVED, FULFILLED, "
                    + "CANCELLED, LAPSED), in pages ordered by id; pass a page's `next` as `after`, `next` is null on the last "
                    + "page. Reads only; 404 as for the account.")
    public RedemptionPage listAccountRedemptions(@PathParam("id") UUID id, @QueryParam("status") String status,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                      @QueryParam("after") String after) {
        var page = redemptions.ofAccount(new AccountId(id), status(status), limit, Cursors.uuid(after), caller.get());
        return new RedemptionPage(page.items().stream().map(Responses::redemption).toList(), page.next());
    }

    @POST
    @Path("{id}/holders")
    @Operation(summary = "A store clerk or administrator links a login (a resident of the household) to the account",
            description = "Callers with the role store-clerk, grid-chief, township-admin or county-admin whose grid scope covers the "
                    + "account's unit link a login, e.g. a resident of the household, to the account: from then on that login "
                    + "reads the account and redeems and cancels with it. Linking a login that already holds the account changes "
                    + "nothing. Refused with 404 for an unknown account.")
    @APIResponse(responseCode = "200", description = "The account with its holders",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountResponse.class)))
    public Response linkAccountHolder(@PathParam("id") UUID id, @Valid @NotNull HolderRequest body,
                         @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(id), () -> idempotent.execute(key, caller.get().subject(), List.of("link-holder", id, body), () -> {
            linkHolder.handle(new LinkHolder(new AccountId(id), body.username()), caller.get());
            return Response.ok(getAccount(id)).build();
        }));
    }

    @POST
    @Path("{id}/adjustments")
    @Operation(summary = "An administrator corrects the balance (positive or negative points) with a reason",
            description = "Callers with the role township-admin or county-admin whose grid scope covers the account's unit add or "
                    + "remove points with a reason (ADJUSTED on the ledger): added points expire as a credit's would, removed "
                    + "points come from the oldest lots. Refused with 404 for an unknown account, 422 for zero points or a blank "
                    + "reason, and 409 when the account has fewer points to spend than are removed.")
    @APIResponse(responseCode = "200", description = "The adjustment's id and the account after it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdjustmentResponse.class)))
    public Response adjustBalance(@PathParam("id") UUID id, @Valid @NotNull AdjustmentRequest body,
                           @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(id), () -> idempotent.execute(key, caller.get().subject(), List.of("adjust", id, body), () -> {
            UUID adjustment = adjustPoints.handle(new AdjustPoints(new AccountId(id), body.points(), body.reason()), caller.get());
            return Response.ok(new AdjustmentResponse(adjustment, getAccount(id))).build();
        }));
    }

    static String status(String status) {
        if (status != null && java.util.Arrays.stream(RedemptionStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw ProblemException.badField("status", "one of " + java.util.Arrays.toString(RedemptionStatus.values()));
        }
        return status;
    }
}
