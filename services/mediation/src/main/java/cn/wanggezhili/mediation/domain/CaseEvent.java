package cn.wanggezhili.mediation.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.kernel.StaffRef;

/**
 * What happens to a mediation case (矛盾纠纷调解). Every event names the grid code of the unit handling the case after
 * it, and {@code at}, when it happened (a ledger entered afterwards keeps the real dates). Parties appear masked.
 */
public sealed interface CaseEvent {

    CaseId caseId();

    String code();

    Instant at();

    /**
     * A case opened on a unit. {@code sourceTaskId} is set for cases from task dispatch, {@code referringBody} for
     * referrals; {@code evidence} holds references (photo or file ids), never the files.
     */
    record CaseRegistered(CaseId caseId, String code, DisputeType disputeType, CaseSource source, UUID sourceTaskId,
                          String referringBody, String title, String description, List<Party> parties,
                          List<String> evidence, Level level, StaffRef registeredBy, Instant at) implements CaseEvent {
    }

    record PartyAdded(CaseId caseId, String code, Party party, StaffRef by, Instant at) implements CaseEvent {
    }

    record CaseAccepted(CaseId caseId, String code, StaffRef by, Instant at) implements CaseEvent {
    }

    record CaseDeclined(CaseId caseId, String code, String reason, StaffRef by, Instant at) implements CaseEvent {
    }

    /** The lead mediator is listed first on the case (and earns the points of a settled case). */
    record MediatorAssigned(CaseId caseId, String code, StaffRef mediator, boolean lead, StaffRef by, Instant at)
            implements CaseEvent {
    }

    record InvestigationStarted(CaseId caseId, String code, String notes, StaffRef by, Instant at) implements CaseEvent {
    }

    record SessionScheduled(CaseId caseId, String code, int sessionNo, Instant scheduledFor, String place, StaffRef by,
                            Instant at) implements CaseEvent {
    }

    record SessionHeld(CaseId caseId, String code, int sessionNo, String minutes, StaffRef by, Instant at)
            implements CaseEvent {
    }

    /** The terms and who signed them (every party); {@code courtConfirmation}: the parties ask a court to confirm it (司法确认). */
    record AgreementReached(CaseId caseId, String code, String terms, List<PartyId> signedBy, boolean courtConfirmation,
                            StaffRef by, Instant at) implements CaseEvent {
    }

    record MediationFailed(CaseId caseId, String code, String reason, StaffRef by, Instant at) implements CaseEvent {
    }

    record PerformanceChecked(CaseId caseId, String code, boolean performed, String notes, StaffRef by, Instant at)
            implements CaseEvent {
    }

    /** The follow-up visit (回访) after the agreement was carried out. */
    record FollowUpVisited(CaseId caseId, String code, boolean satisfied, String notes, StaffRef by, Instant at)
            implements CaseEvent {
    }

    /** Handed up the people's-mediation ladder from {@code fromCode} to the unit {@code code}. */
    record CaseEscalated(CaseId caseId, String code, String fromCode, Level fromLevel, Level toLevel, String reason,
                         StaffRef by, Instant at) implements CaseEvent {
    }

    /** Handed across to administrative or judicial mediation; {@code receivingBody} is who took it on. */
    record CaseReferred(CaseId caseId, String code, Level fromLevel, Level toLevel, String receivingBody, String reason,
                        StaffRef by, Instant at) implements CaseEvent {
    }

    record CaseWithdrawn(CaseId caseId, String code, String reason, StaffRef by, Instant at) implements CaseEvent {
    }

    /**
     * A party's personal data erased on their request (PIPL), once the case is closed: the encrypted values are
     * deleted and readers drop the masked forms; the case's record otherwise stays as it was.
     */
    record PartyPersonalDataErased(CaseId caseId, String code, PartyId partyId, StaffRef by, Instant at) implements CaseEvent {
    }

    /** The end of every case: scoring reads {@code outcome} and the lead mediator, first in {@code mediators}. */
    record CaseClosed(CaseId caseId, String code, DisputeType disputeType, Outcome outcome, List<StaffRef> mediators,
                      Level closedAtLevel, Instant registeredAt, StaffRef by, Instant at) implements CaseEvent {
    }
}
