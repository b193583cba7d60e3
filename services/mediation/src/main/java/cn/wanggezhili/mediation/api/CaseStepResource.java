package cn.wanggezhili.mediation.api;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import cn.wanggezhili.httpcommands.IdempotentCommands;
import cn.wanggezhili.mediation.api.CaseDtos.AddPartyRequest;
import cn.wanggezhili.mediation.api.CaseDtos.AgreementRequest;
import cn.wanggezhili.mediation.api.CaseDtos.AssignMediatorRequest;
import cn.wanggezhili.mediation.api.CaseDtos.EscalationRequest;
import cn.wanggezhili.mediation.api.CaseDtos.FollowUpRequest;
import cn.wanggezhili.mediation.api.CaseDtos.MinutesRequest;
import cn.wanggezhili.mediation.api.CaseDtos.NotesRequest;
import cn.wanggezhili.mediation.api.CaseDtos.PerformanceCheckRequest;
import cn.wanggezhili.mediation.api.CaseDtos.ReasonRequest;
import cn.wanggezhili.mediation.api.CaseDtos.ReferralRequest;
import cn.wanggezhili.mediation.api.CaseDtos.ScheduleSessionRequest;
import cn.wanggezhili.mediation.api.CaseDtos.StepRequest;
import cn.wanggezhili.mediation.api.CaseResponses.CaseResponse;
import cn.wanggezhili.mediation.app.AcceptCaseHandler;
import cn.wanggezhili.mediation.app.AddPartyHandler;
import cn.wanggezhili.mediation.app.AssignMediatorHandler;
import cn.wanggezhili.mediation.app.CaseQueries;
import cn.wanggezhili.mediation.app.CheckPerformanceHandler;
import cn.wanggezhili.mediation.app.CloseCaseHandler;
import cn.wanggezhili.mediation.app.Commands;
import cn.wanggezhili.mediation.app.DeclineCaseHandler;
import cn.wanggezhili.mediation.app.ErasePartyDataHandler;
import cn.wanggezhili.mediation.app.EscalateCaseHandler;
import cn.wanggezhili.mediation.app.FailMediationHandler;
import cn.wanggezhili.mediation.app.HoldSessionHandler;
import cn.wanggezhili.mediation.app.ReachAgreementHandler;
import cn.wanggezhili.mediation.app.RecordFollowUpVisitHandler;
import cn.wanggezhili.mediation.app.ReferCaseHandler;
import cn.wanggezhili.mediation.app.ScheduleSessionHandler;
import cn.wanggezhili.mediation.app.StartInvestigationHandler;
import cn.wanggezhili.mediation.app.WithdrawCaseHandler;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.PartyId;
import cn.wanggezhili.security.CurrentCaller;

/** The steps of a case, each a command resource; every one takes an Idempotency-Key and answers with the case. */
@Path("/api/v1/cases/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cases")
@SecurityRequirement(name = "oidc")
public class CaseStepResource {

    private static final String CASE_STAFF = "Case staff (mediator, grid-worker, grid-chief, township-admin, county-admin) whose grid "
            + "scope covers the unit now handling the case. ";
    private static final String SUPERVISORS = "Mediators, grid chiefs and township or county administrators (mediator, grid-chief, "
            + "township-admin, county-admin) whose grid scope covers the unit now handling the case. ";
    private static final String WHEN = "occurredAt may date the step back (台账补录), but not into the future (400) nor before the "
            + "case's previous step (422). ";
    private static final String ANSWERS = "Answers the case as it stands after the step, parties masked whatever the role: the answer "
            + "is kept for Idempotency-Key replays, and a retry with the same key and body gets it again and changes nothing.";
    private static final String CASE_AFTER_STEP = "The case after the step (parties masked)";

    @Inject
    CurrentCaller caller;

    @Inject
    CaseQueries queries;

    @Inject
    CaseMapper mapper;

    @Inject
    IdempotentCommands idempotent;

    // one handler per step, each its own transaction
    @Inject AddPartyHandler addParty;
    @Inject ErasePartyDataHandler erasePartyData;
    @Inject AcceptCaseHandler acceptCase;
    @Inject DeclineCaseHandler declineCase;
    @Inject AssignMediatorHandler assignMediator;
    @Inject StartInvestigationHandler startInvestigation;
    @Inject ScheduleSessionHandler scheduleSession;
    @Inject HoldSessionHandler holdSession;
    @Inject ReachAgreementHandler reachAgreement;
    @Inject FailMediationHandler failMediation;
    @Inject CheckPerformanceHandler checkPerformance;
    @Inject RecordFollowUpVisitHandler recordFollowUpVisit;
    @Inject EscalateCaseHandler escalateCase;
    @Inject ReferCaseHandler referCase;
    @Inject WithdrawCaseHandler withdrawCase;
    @Inject CloseCaseHandler closeCase;

    @POST
    @Path("parties")
    @Operation(summary = "Add a party to an open case (e.g. one opened from a task)",
            description = CASE_STAFF + "Adds a resident or an organisation as a party to an open case (a case opened from a task starts without parties). "
                    + "Name, ID number and phone are stored encrypted; events and most readers see them masked. A person's ID number must pass "
                    + "the GB 11643 check and an organisation's credit code the GB 32100 one, and a householdId must be a household in your "
                    + "grid scope (400 naming party.idNumber or party.householdId). 409 when the case is closed. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response addParty(@PathParam("id") UUID id, @Valid @NotNull AddPartyRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "add-party", id, body, () -> addParty.handle(
                new Commands.AddParty(new CaseId(id), CaseResource.party(body.party(), "party"), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("parties/{partyId}/erasures")
    @Operation(summary = "Erase a party's personal data on their request (PIPL) once the case is closed",
            description = "Township and county administrators (township-admin, county-admin) whose grid scope covers the unit now handling the case. "
                    + "Deletes the party's encrypted name, ID number and phone for good and clears their masked forms: from then on the party "
                    + "shows with name, idNumber and phone null, to every role. No request body. 409 while the case is still open or when "
                    + "the party's data is erased already; 422 for a party who is not on this case. " + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response erasePartyData(@PathParam("id") UUID id, @PathParam("partyId") UUID partyId,
                                   @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "erase-party-data", id, partyId, () -> erasePartyData.handle(
                new Commands.ErasePartyData(new CaseId(id), new PartyId(partyId)), caller.get()));
    }

    @POST
    @Path("acceptances")
    @Operation(summary = "Accept a registered case for mediation (受理)",
            description = SUPERVISORS + "Takes a REGISTERED case on for mediation: its status becomes ACCEPTED. The body is optional (occurredAt only). "
                    + "409 when the case is not REGISTERED. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response acceptCase(@PathParam("id") UUID id, @RequestBody(required = false) @Valid StepRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "accept", id, body, () -> acceptCase.handle(new Commands.AcceptCase(new CaseId(id), at(body)), caller.get()));
    }

    @POST
    @Path("declines")
    @Operation(summary = "Decline a registered case with a reason; it closes as DECLINED",
            description = SUPERVISORS + "Refuses a REGISTERED case for mediation here (e.g. it is already before a court), with the reason: the case is "
                    + "closed at once with outcome DECLINED. 409 when the case is not REGISTERED; 422 for a blank reason. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response declineCase(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "decline", id, body, () -> declineCase.handle(
                new Commands.DeclineCase(new CaseId(id), body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("mediators")
    @Operation(summary = "Assign a mediator (grid staff or the pool) serving the case's unit or above; the first leads",
            description = SUPERVISORS + "Puts a mediator (调解员) on an open case: grid staff holding a post, or a pool mediator, serving the case's unit "
                    + "or a unit above it. The first mediator assigned leads; a later one leads only with lead=true, and then replaces the "
                    + "lead. 400 (staffId) when nobody with that id serves the case's unit or above; 409 when the mediator is on the case "
                    + "already or the case is closed. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response assignMediator(@PathParam("id") UUID id, @Valid @NotNull AssignMediatorRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "assign", id, body, () -> assignMediator.handle(
                new Commands.AssignMediator(new CaseId(id), body.staffId(), body.lead(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("investigations")
    @Operation(summary = "Start investigating the facts (调查核实)",
            description = CASE_STAFF + "Moves an ACCEPTED case that has a mediator to INVESTIGATING, with optional notes; the body is optional. "
                    + "409 when the case is not ACCEPTED or has no mediator yet. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response startInvestigation(@PathParam("id") UUID id, @RequestBody(required = false) @Valid NotesRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "investigate", id, body, () -> startInvestigation.handle(
                new Commands.StartInvestigation(new CaseId(id), body == null ? null : body.notes(), at(body)), caller.get()));
    }

    @POST
    @Path("sessions")
    @Operation(summary = "Schedule a mediation session; sessions are numbered 1, 2, ... per case",
            description = CASE_STAFF + "Schedules the case's next mediation session for scheduledFor, at an optional place, on a case that is ACCEPTED, "
                    + "INVESTIGATING or IN_MEDIATION and has a mediator; the case is IN_MEDIATION from then on. 409 in another status or "
                    + "without a mediator. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response scheduleSession(@PathParam("id") UUID id, @Valid @NotNull ScheduleSessionRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "schedule", id, body, () -> scheduleSession.handle(
                new Commands.ScheduleSession(new CaseId(id), body.scheduledFor(), body.place(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("sessions/{sessionNo}/minutes")
    @Operation(summary = "Record that a scheduled session was held, with its minutes",
            description = CASE_STAFF + "Records session sessionNo of an IN_MEDIATION case as held, with its minutes (required). 422 when no such session "
                    + "was scheduled or the minutes are blank; 409 when it was held already or the case is not IN_MEDIATION. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response holdSession(@PathParam("id") UUID id, @PathParam("sessionNo") int sessionNo, @Valid @NotNull MinutesRequest body,
                         @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "hold-" + sessionNo, id, body, () -> holdSession.handle(
                new Commands.HoldSession(new CaseId(id), sessionNo, body.minutes(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("agreements")
    @Operation(summary = "Record the agreement (人民调解协议书): terms and every party's signature",
            description = CASE_STAFF + "Records the agreement reached on an IN_MEDIATION case once a session was held: the terms, the signatures of every "
                    + "party (two at least; signedBy lists their party ids) and whether the parties ask a court to confirm it (司法确认). "
                    + "The case becomes AGREED with outcome AGREEMENT. 409 in another status or before any session was held; 422 when a "
                    + "party has not signed, a signatory is no party to the case, or the terms are blank. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response recordAgreement(@PathParam("id") UUID id, @Valid @NotNull AgreementRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "agree", id, body, () -> reachAgreement.handle(new Commands.ReachAgreement(new CaseId(id), body.terms(),
                body.signedBy().stream().map(PartyId::new).toList(), body.courtConfirmation(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("failures")
    @Operation(summary = "Record that mediation failed; the case may then be escalated, referred or closed",
            description = CASE_STAFF + "Records, with the reason, that mediation of an IN_MEDIATION case failed (调解不成) once a session was held: the "
                    + "case becomes FAILED with outcome FAILED, and may then be escalated, referred or closed. 409 in another status or "
                    + "before any session was held; 422 for a blank reason. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response recordMediationFailure(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "fail", id, body, () -> failMediation.handle(
                new Commands.FailMediation(new CaseId(id), body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("performance-checks")
    @Operation(summary = "Check that the agreement was carried out (履行情况)",
            description = CASE_STAFF + "Records whether the agreement of an AGREED case was performed, with optional notes; it may be checked again. The "
                    + "case becomes PERFORMANCE_CHECKED. 409 when the case is neither AGREED nor PERFORMANCE_CHECKED. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response checkPerformance(@PathParam("id") UUID id, @Valid @NotNull PerformanceCheckRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "check", id, body, () -> checkPerformance.handle(
                new Commands.CheckPerformance(new CaseId(id), body.performed(), body.notes(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("follow-up-visits")
    @Operation(summary = "Record a follow-up visit (回访) to the parties",
            description = CASE_STAFF + "Records a visit to the parties after the performance check: whether they are satisfied, with notes (required); "
                    + "there may be several. The case becomes FOLLOWED_UP and can then be closed. 409 when the case is neither "
                    + "PERFORMANCE_CHECKED nor FOLLOWED_UP; 422 for blank notes. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response recordFollowUpVisit(@PathParam("id") UUID id, @Valid @NotNull FollowUpRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "follow-up", id, body, () -> recordFollowUpVisit.handle(
                new Commands.RecordFollowUpVisit(new CaseId(id), body.satisfied(), body.notes(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("escalations")
    @Operation(summary = "Hand the case up to the community, township or county (people's mediation ladder)",
            description = SUPERVISORS + "Hands a case that is ACCEPTED, INVESTIGATING, IN_MEDIATION or FAILED up the people's-mediation ladder to the "
                    + "unit above it at toLevel (COMMUNITY, TOWNSHIP or COUNTY, above the case's level), with the reason. That unit "
                    + "handles the case from then on, as ACCEPTED (outcome cleared, escalations counted); the unit it was registered on "
                    + "keeps sight of it. 422 when toLevel is not above the case's level or no unit is there, or the reason is blank; "
                    + "409 in another status or when the case was referred off the ladder. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response escalateCase(@PathParam("id") UUID id, @Valid @NotNull EscalationRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "escalate", id, body, () -> escalateCase.handle(
                new Commands.EscalateCase(new CaseId(id), body.toLevel(), body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("referrals")
    @Operation(summary = "Refer the case to administrative or judicial mediation (三调联动), naming the receiving body",
            description = SUPERVISORS + "Refers a case that is ACCEPTED, INVESTIGATING, IN_MEDIATION or FAILED across to administrative or judicial "
                    + "mediation (toLevel ADMINISTRATIVE or JUDICIAL), naming the receiving body and the reason. The unit stays; the "
                    + "case's level becomes toLevel, referredToBody is set and the case is ACCEPTED there (outcome cleared). 422 when "
                    + "toLevel is a ladder level or receivingBody or reason is blank; 409 in another status or when the case is at that "
                    + "level already. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response referCase(@PathParam("id") UUID id, @Valid @NotNull ReferralRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "refer", id, body, () -> referCase.handle(new Commands.ReferCase(new CaseId(id), body.toLevel(), body.receivingBody(),
                body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("withdrawals")
    @Operation(summary = "Record that the parties withdraw; the case closes as WITHDRAWN",
            description = CASE_STAFF + "Records, with the reason, that the parties withdraw from mediation, at any point before the case is closed: the "
                    + "case closes at once with outcome WITHDRAWN. 409 when the case is closed already; 422 for a blank reason. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response withdrawCase(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "withdraw", id, body, () -> withdrawCase.handle(
                new Commands.WithdrawCase(new CaseId(id), body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("closures")
    @Operation(summary = "Close a case after its follow-up visit (AGREEMENT) or after a failure taken no further (FAILED)",
            description = SUPERVISORS + "Closes (结案) a FOLLOWED_UP case with outcome AGREEMENT, or a FAILED case that nobody takes further with outcome "
                    + "FAILED, at the level handling it then (closedAtLevel). The body is optional (occurredAt only). 409 in any other "
                    + "status. " + WHEN + ANSWERS)
    @APIResponse(responseCode = "200", description = CASE_AFTER_STEP,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CaseResponse.class)))
    public Response closeCase(@PathParam("id") UUID id, @RequestBody(required = false) @Valid StepRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "close", id, body, () -> closeCase.handle(new Commands.CloseCase(new CaseId(id), at(body)), caller.get()));
    }

    private static Instant at(Object body) {
        if (body instanceof StepRequest s) {
            return s.occurredAt();
        }
        return body instanceof NotesRequest n ? n.occurredAt() : null;
    }

    private Response step(String key, String name, UUID id, Object body, Runnable command) {
        return idempotent.execute(key, caller.get().subject(), List.of(name, id, body == null ? "" : body), () -> {
            command.run();
            return Response.ok(mapper.full(queries.view(new CaseId(id), caller.get()), caller.get(), true)).build();
        });
    }
}
