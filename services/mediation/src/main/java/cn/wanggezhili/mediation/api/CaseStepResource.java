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
    @Operation(summary = "Add a party (e.g. to a case opened from a task)")
    public Response addParty(@PathParam("id") UUID id, @Valid @NotNull AddPartyRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "add-party", id, body, () -> addParty.handle(
                new Commands.AddParty(new CaseId(id), CaseResource.party(body.party(), "party"), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("parties/{partyId}/erasures")
    @Operation(summary = "Erase a party's personal data on their request (PIPL), once the case is closed: name, ID number and phone are deleted for good")
    public Response erasePartyData(@PathParam("id") UUID id, @PathParam("partyId") UUID partyId,
                                   @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "erase-party-data", id, partyId, () -> erasePartyData.handle(
                new Commands.ErasePartyData(new CaseId(id), new PartyId(partyId)), caller.get()));
    }

    @POST
    @Path("acceptances")
    @Operation(summary = "Accept a registered case for mediation")
    public Response accept(@PathParam("id") UUID id, @Valid StepRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "accept", id, body, () -> acceptCase.handle(new Commands.AcceptCase(new CaseId(id), at(body)), caller.get()));
    }

    @POST
    @Path("declines")
    @Operation(summary = "Decline a registered case with a reason; it closes as DECLINED")
    public Response decline(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "decline", id, body, () -> declineCase.handle(
                new Commands.DeclineCase(new CaseId(id), body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("mediators")
    @Operation(summary = "Assign a mediator (grid staff or the pool) serving the case's unit or above; the first leads")
    public Response assign(@PathParam("id") UUID id, @Valid @NotNull AssignMediatorRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "assign", id, body, () -> assignMediator.handle(
                new Commands.AssignMediator(new CaseId(id), body.staffId(), body.lead(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("investigations")
    @Operation(summary = "Start investigating the facts (调查核实)")
    public Response investigate(@PathParam("id") UUID id, @Valid NotesRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "investigate", id, body, () -> startInvestigation.handle(
                new Commands.StartInvestigation(new CaseId(id), body == null ? null : body.notes(), at(body)), caller.get()));
    }

    @POST
    @Path("sessions")
    @Operation(summary = "Schedule a mediation session; sessions are numbered 1, 2, ... per case")
    public Response schedule(@PathParam("id") UUID id, @Valid @NotNull ScheduleSessionRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "schedule", id, body, () -> scheduleSession.handle(
                new Commands.ScheduleSession(new CaseId(id), body.scheduledFor(), body.place(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("sessions/{sessionNo}/minutes")
    @Operation(summary = "Record that a scheduled session was held, with its minutes")
    public Response hold(@PathParam("id") UUID id, @PathParam("sessionNo") int sessionNo, @Valid @NotNull MinutesRequest body,
                         @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "hold-" + sessionNo, id, body, () -> holdSession.handle(
                new Commands.HoldSession(new CaseId(id), sessionNo, body.minutes(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("agreements")
    @Operation(summary = "Record the agreement (人民调解协议书): terms and every party's signature")
    public Response agree(@PathParam("id") UUID id, @Valid @NotNull AgreementRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "agree", id, body, () -> reachAgreement.handle(new Commands.ReachAgreement(new CaseId(id), body.terms(),
                body.signedBy().stream().map(PartyId::new).toList(), body.courtConfirmation(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("failures")
    @Operation(summary = "Record that mediation failed; the case may then be escalated, referred or closed")
    public Response fail(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "fail", id, body, () -> failMediation.handle(
                new Commands.FailMediation(new CaseId(id), body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("performance-checks")
    @Operation(summary = "Check that the agreement was carried out (履行情况)")
    public Response check(@PathParam("id") UUID id, @Valid @NotNull PerformanceCheckRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "check", id, body, () -> checkPerformance.handle(
                new Commands.CheckPerformance(new CaseId(id), body.performed(), body.notes(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("follow-up-visits")
    @Operation(summary = "Record a follow-up visit (回访) to the parties")
    public Response followUp(@PathParam("id") UUID id, @Valid @NotNull FollowUpRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "follow-up", id, body, () -> recordFollowUpVisit.handle(
                new Commands.RecordFollowUpVisit(new CaseId(id), body.satisfied(), body.notes(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("escalations")
    @Operation(summary = "Hand the case up to the community, township or county (people's mediation ladder)")
    public Response escalate(@PathParam("id") UUID id, @Valid @NotNull EscalationRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "escalate", id, body, () -> escalateCase.handle(
                new Commands.EscalateCase(new CaseId(id), body.toLevel(), body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("referrals")
    @Operation(summary = "Refer the case to administrative or judicial mediation (三调联动), naming the receiving body")
    public Response refer(@PathParam("id") UUID id, @Valid @NotNull ReferralRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "refer", id, body, () -> referCase.handle(new Commands.ReferCase(new CaseId(id), body.toLevel(), body.receivingBody(),
                body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("withdrawals")
    @Operation(summary = "The parties withdraw; the case closes as WITHDRAWN")
    public Response withdraw(@PathParam("id") UUID id, @Valid @NotNull ReasonRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
        return step(key, "withdraw", id, body, () -> withdrawCase.handle(
                new Commands.WithdrawCase(new CaseId(id), body.reason(), body.occurredAt()), caller.get()));
    }

    @POST
    @Path("closures")
    @Operation(summary = "Close a case after its follow-up visit (AGREEMENT) or after a failure taken no further (FAILED)")
    public Response close(@PathParam("id") UUID id, @Valid StepRequest body, @HeaderParam(IdempotentCommands.HEADER) String key) {
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
