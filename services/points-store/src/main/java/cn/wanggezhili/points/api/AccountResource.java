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
    @Operation(summary = "Accounts on units under a unit (staff, default: your scope); a resident gets the accounts they hold")
    public AccountPage list(@QueryParam("under") String under,
                            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                            @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        var page = queries.list(root, limit, Cursors.uuid(after), caller.get());
        return new AccountPage(page.items().stream().map(a -> Responses.account(a, caller.get())).toList(), page.next());
    }

    @GET
    @Path("{id}")
    public AccountResponse get(@PathParam("id") UUID id) {
        return Responses.account(queries.account(new AccountId(id), caller.get()), caller.get());
    }

    @GET
    @Path("{id}/ledger")
    @Operation(summary = "The account's statement (积分明细), newest first")
    public LedgerPage ledger(@PathParam("id") UUID id,
                             @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                             @QueryParam("after") String after) {
        var page = queries.ledger(new AccountId(id), limit, Cursors.number(after), caller.get());
        return new LedgerPage(page.items().stream().map(Responses::entry).toList(), page.next());
    }

    @GET
    @Path("{id}/redemptions")
    @Operation(summary = "The account's redemptions, optionally by status")
    public RedemptionPage redemptions(@PathParam("id") UUID id, @QueryParam("status") String status,
                                      @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                                      @QueryParam("after") String after) {
        var page = redemptions.ofAccount(new AccountId(id), status(status), limit, Cursors.uuid(after), caller.get());
        return new RedemptionPage(page.items().stream().map(Responses::redemption).toList(), page.next());
    }

    @POST
    @Path("{id}/holders")
    @Operation(summary = "A store clerk or administrator links a login (a resident of the household) to the account")
    public Response link(@PathParam("id") UUID id, @Valid @NotNull HolderRequest body,
                         @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(id), () -> idempotent.execute(key, caller.get().subject(), List.of("link-holder", id, body), () -> {
            linkHolder.handle(new LinkHolder(new AccountId(id), body.username()), caller.get());
            return Response.ok(get(id)).build();
        }));
    }

    @POST
    @Path("{id}/adjustments")
    @Operation(summary = "An administrator corrects the balance (positive or negative points) with a reason")
    public Response adjust(@PathParam("id") UUID id, @Valid @NotNull AdjustmentRequest body,
                           @HeaderParam(IdempotentCommands.HEADER) String key) {
        return locks.holding(List.of(id), () -> idempotent.execute(key, caller.get().subject(), List.of("adjust", id, body), () -> {
            UUID adjustment = adjustPoints.handle(new AdjustPoints(new AccountId(id), body.points(), body.reason()), caller.get());
            return Response.ok(new AdjustmentResponse(adjustment, get(id))).build();
        }));
    }

    static String status(String status) {
        if (status != null && java.util.Arrays.stream(RedemptionStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw ProblemException.badField("status", "one of " + java.util.Arrays.toString(RedemptionStatus.values()));
        }
        return status;
    }
}
