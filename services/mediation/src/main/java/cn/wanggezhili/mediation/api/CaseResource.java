package cn.wanggezhili.mediation.api;

import cn.wanggezhili.mediation.domain.PartyKind;

import cn.wanggezhili.kernel.IdNumber;

import cn.wanggezhili.kernel.CreditCode;

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
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.mediation.api.CaseDtos.PartyRequest;
import cn.wanggezhili.mediation.api.CaseDtos.RegisterCaseRequest;
import cn.wanggezhili.mediation.api.CaseResponses.CasePage;
import cn.wanggezhili.mediation.api.CaseResponses.CaseResponse;
import cn.wanggezhili.mediation.api.CaseResponses.HistoryEntry;
import cn.wanggezhili.mediation.app.CaseQueries;
import cn.wanggezhili.mediation.app.Commands.RegisterCase;
import cn.wanggezhili.mediation.app.NewParty;
import cn.wanggezhili.mediation.app.RegisterCaseHandler;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.CaseSource;
import cn.wanggezhili.mediation.domain.CaseStatus;
import cn.wanggezhili.mediation.domain.DisputeType;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.web.GridCodes;
import cn.wanggezhili.web.ProblemException;

@Path("/api/v1/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases", description = "Dispute cases (矛盾纠纷调解) from registration to follow-up visit, escalation and referral")
@SecurityRequirement(name = "oidc")
public class CaseResource {

    private static final String READERS = "Case readers (mediator, grid-worker, grid-chief, township-admin, county-admin, "
            + "integrator, reviewer, scorer) ";

    @Inject
    CurrentCaller caller;

    @Inject
    CaseQueries queries;

    @Inject
    CaseMapper mapper;

    @Inject
    IdempotentCommands idempotent;

    @Inject
    RegisterCaseHandler register;

    @GET
    @Operation(summary = "Cases registered on or handled by units under a unit (default: your scope); filter by status, dispute type, mediator",
            description = READERS + "whose grid scope covers under (default: the first unit of your scope). Lists the cases "
                    + "registered on, or now handled by, units in that subtree, by id, limit (1 to 1000, default 100) at a time; pass a "
                    + "page's next as after for the following page (next is null on the last page). Items are brief: the lead mediator "
                    + "only, no parties or sessions (get the case for those). Filter by status, disputeType and a mediator's staff id. "
                    + "400 for an unknown status or disputeType or a malformed cursor; 403 for other roles or a unit outside your scope.")
    public CasePage listCases(@QueryParam("under") String under, @QueryParam("status") String status,
                         @QueryParam("disputeType") String disputeType, @QueryParam("mediator") UUID mediator,
                         @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(1000) int limit,
                         @QueryParam("after") String after) {
        var root = caller.get().subtreeRoot(under);
        requireOneOf("status", status, CaseStatus.values());
        requireOneOf("disputeType", disputeType, DisputeType.values());
        if (after != null && !after.matches("[0-9a-f-]{36}")) {
            throw ProblemException.badField("after", "the next cursor of a previous page");
        }
        var page = queries.list(root, status, disputeType, mediator, limit, after, caller.get());
        return new CasePage(page.items().stream().map(mapper::brief).toList(), page.next());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A case with its mediators, sessions and parties (masked unless your role talks to the parties)",
            description = READERS + "whose grid scope covers the unit handling the case now or the unit it was registered on "
                    + "(a grid keeps sight of a case it escalated). Returns the case with all its mediators (the lead first), sessions "
                    + "and parties. Parties' names, ID numbers and phones are shown in full only to mediators and grid chiefs "
                    + "(masked=false), masked to every other role; they are null once erased. 403 outside your role or scope; 404 for "
                    + "an unknown case.")
    public CaseResponse getCase(@PathParam("id") UUID id) {
        return mapper.full(queries.view(new CaseId(id), caller.get()), caller.get());
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The case's events in order, across every hand-off (parties masked)",
            description = READERS + "whose grid scope covers the unit handling the case now or the unit it was registered on. "
                    + "Returns every event of the case in order (version 1, 2, ...) with its type, time, unit and payload as stored, "
                    + "one history across escalations and referrals; parties appear masked, as events carry them. 403 outside your role "
                    + "or scope; 404 for an unknown case.")
    public List<HistoryEntry> getCaseHistory(@PathParam("id") UUID id) {
        queries.view(new CaseId(id), caller.get());
        return queries.history(new CaseId(id)).stream().map(mapper::history).toList();
    }

    @POST
    @Operation(summary = "Register a case at the desk (WALK_IN) or on another body's referral (REFERRAL)",
            description = "Case staff (mediator, grid-worker, grid-chief, township-admin, county-admin) whose grid scope covers "
                    + "unitCode register a dispute there: a walk-in (source WALK_IN, the default) or a referral by another body "
                    + "(REFERRAL, naming referringBody); cases from tasks (TASK) are opened by task dispatch's events only (400). A "
                    + "dispute names two parties at least (422). The parties' personal data is stored encrypted; ID numbers must pass "
                    + "the GB 11643 (person) or GB 32100 (organisation) check and households must be in your scope (400 naming the "
                    + "field, e.g. parties[1].idNumber). The case starts REGISTERED at the ladder level of its unit. Answers 201 with the "
                    + "case (parties masked) and its Location; a retry with the same Idempotency-Key and body gets the same answer and "
                    + "registers nothing. An unknown or retired unitCode is answered 404.")
    @APIResponse(responseCode = "201", description = "The case registered (parties masked); Location is its address",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response registerCase(@Valid @NotNull RegisterCaseRequest body, @HeaderParam(IdempotentCommands.HEADER) String idempotencyKey) {
        var unit = GridCodes.parse(body.unitCode(), "unitCode");
        return idempotent.execute(idempotencyKey, caller.get().subject(), List.of("register-case", body), () -> {
            CaseId id = register.handle(new RegisterCase(unit, body.disputeType(), body.source() == null ? CaseSource.WALK_IN : body.source(),
                    body.referringBody(), body.title(), body.description(),
                    parties(body.parties()),
                    body.evidence(), body.occurredAt()), caller.get()).caseId();
            return Response.created(URI.create("/api/v1/cases/" + id)).entity(mapper.full(queries.view(id, caller.get()), caller.get(), true)).build();
        });
    }

    private static List<NewParty> parties(List<PartyRequest> given) {
        if (given == null) {
            return List.of();
        }
        List<NewParty> parties = new java.util.ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            parties.add(party(given.get(i), "parties[" + i + "]"));
        }
        return parties;
    }

    /**
     * A party as the command takes it; a person's ID number must pass the GB 11643 check and an organisation's code the
     * GB 32100 one (a 400 naming {@code field}.idNumber), so that a mistyped number is caught at the desk.
     */
    static NewParty party(PartyRequest p, String field) {
        if (p.idNumber() != null && !p.idNumber().isBlank()) {
            boolean valid = p.kind() == PartyKind.ORGANISATION ? CreditCode.isValid(p.idNumber()) : IdNumber.isValid(p.idNumber());
            if (!valid) {
                throw ProblemException.badField(field + ".idNumber", p.kind() == PartyKind.ORGANISATION
                        ? "not a unified social credit code (18 characters, GB 32100 check character)"
                        : "not a resident ID number (18 characters, GB 11643 check character)");
            }
        }
        return new NewParty(p.kind(), p.name(), p.idNumber(), p.phone(), p.householdId(), field + ".householdId");
    }

    private static void requireOneOf(String field, String value, Enum<?>[] values) {
        if (value != null && Arrays.stream(values).noneMatch(v -> v.name().equals(value))) {
            throw ProblemException.badField(field, "one of " + Arrays.toString(values));
        }
    }
}
