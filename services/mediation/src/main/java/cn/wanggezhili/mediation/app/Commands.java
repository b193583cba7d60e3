package cn.wanggezhili.mediation.app;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseId;
import cn.wanggezhili.mediation.domain.CaseSource;
import cn.wanggezhili.mediation.domain.DisputeType;
import cn.wanggezhili.mediation.domain.Level;
import cn.wanggezhili.mediation.domain.PartyId;

/**
 * Mediation's commands, as the application layer receives them (already parsed, not yet checked). {@code occurredAt}:
 * when a step happened, for ledgers entered afterwards (台账补录); null is now.
 */
public final class Commands {

    private Commands() {
    }

    /** Open a case at the desk (WALK_IN) or on another body's referral (REFERRAL, naming {@code referringBody}). */
    public record RegisterCase(GridCode unitCode, DisputeType disputeType, CaseSource source, String referringBody, String title,
                               String description, List<NewParty> parties, List<String> evidence, Instant occurredAt) {
    }

    /** task-dispatch.TaskCreated.v1 as mediation relies on it; {@code at}: when the task was created. */
    public record OpenCaseFromTask(UUID taskId, String code, String typeCode, String title, String description,
                                   StaffRef reporter, Map<String, String> attributes, Instant at) {
    }

    public record AddParty(CaseId caseId, NewParty party, Instant occurredAt) {
    }

    public record AcceptCase(CaseId caseId, Instant occurredAt) {
    }

    public record DeclineCase(CaseId caseId, String reason, Instant occurredAt) {
    }

    public record AssignMediator(CaseId caseId, UUID staffId, boolean lead, Instant occurredAt) {
    }

    public record StartInvestigation(CaseId caseId, String notes, Instant occurredAt) {
    }

    public record ScheduleSession(CaseId caseId, Instant scheduledFor, String place, Instant occurredAt) {
    }

    public record HoldSession(CaseId caseId, int sessionNo, String minutes, Instant occurredAt) {
    }

    public record ReachAgreement(CaseId caseId, String terms, List<PartyId> signedBy, boolean courtConfirmation,
                                 Instant occurredAt) {
    }

    public record FailMediation(CaseId caseId, String reason, Instant occurredAt) {
    }

    public record CheckPerformance(CaseId caseId, boolean performed, String notes, Instant occurredAt) {
    }

    public record RecordFollowUpVisit(CaseId caseId, boolean satisfied, String notes, Instant occurredAt) {
    }

    public record CloseCase(CaseId caseId, Instant occurredAt) {
    }

    public record WithdrawCase(CaseId caseId, String reason, Instant occurredAt) {
    }

    public record EscalateCase(CaseId caseId, Level toLevel, String reason, Instant occurredAt) {
    }

    public record ReferCase(CaseId caseId, Level toLevel, String receivingBody, String reason, Instant occurredAt) {
    }

    /** On the party's request (PIPL), once the case is closed. */
    public record ErasePartyData(CaseId caseId, PartyId partyId) {
    }

    /** A member of the mediator pool (e.g. a studio's retired judge) on {@code unitCode}. */
    public record EnrolMediator(GridCode unitCode, String name, String username, String background, String studio) {
    }
}
