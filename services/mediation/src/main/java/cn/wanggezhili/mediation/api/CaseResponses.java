package cn.wanggezhili.mediation.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the mediation API. */
public final class CaseResponses {

    private CaseResponses() {
    }

    @Schema(description = "A mediation case (矛盾纠纷调解案件) and where it stands")
    public record CaseResponse(UUID id, String unitCode, String originCode, String disputeType, String disputeTypeNameZh,
                               String source, String sourceNameZh,
                               @Schema(nullable = true, description = "The task the case was opened from (source TASK), else null") UUID sourceTaskId,
                               @Schema(nullable = true, description = "Who referred the case (source REFERRAL), else null") String referringBody,
                               String title, String description, String status, String statusNameZh, String level, String levelNameZh,
                               @Schema(nullable = true, description = "AGREEMENT or FAILED once concluded, WITHDRAWN or DECLINED once closed so; null before") String outcome,
                               @Schema(nullable = true) String outcomeNameZh,
                               @Schema(nullable = true, description = "The body the case was referred to (三调联动), null unless referred") String referredToBody,
                               int escalations,
                               List<MediatorResponse> mediators, List<PartyResponse> parties, List<SessionResponse> sessions,
                               Instant registeredAt,
                               @Schema(nullable = true, description = "When an agreement or failure was recorded; null before, and again after an escalation or referral") Instant concludedAt,
                               @Schema(nullable = true, description = "Null while the case is open") Instant closedAt,
                               @Schema(nullable = true, description = "The level that closed the case; null while it is open") String closedAtLevel,
                               Instant lastStepAt, int version) {
    }

    public record MediatorResponse(UUID staffId, @Schema(nullable = true, description = "Null for staff or pool mediators without a login") String username, String name, boolean lead) {
    }

    @Schema(description = "A party; masked=true when name, ID number and phone are shown masked")
    public record PartyResponse(UUID partyId, String kind,
                                @Schema(nullable = true, description = "Null once the party's personal data was erased") String name,
                                @Schema(nullable = true, description = "Null when none was given or once erased") String idNumber,
                                @Schema(nullable = true, description = "Null when none was given or once erased") String phone,
                                @Schema(nullable = true) UUID householdId, boolean masked) {

        @Override
        public String toString() {
            return "PartyResponse[partyId=" + partyId + ", redacted]";
        }
    }

    public record SessionResponse(int sessionNo, Instant scheduledFor, String place,
                                  @Schema(nullable = true, description = "Null until the session is held") Instant heldAt,
                                  @Schema(nullable = true, description = "Null until the session is held") String minutes) {
    }

    public record CasePage(List<CaseResponse> items, @Schema(nullable = true, description = "The cursor of the next page (pass it as after); null on the last page") String next) {
    }

    @Schema(description = "One step of a case's history (its events in order; parties masked)")
    public record HistoryEntry(int version, String type, Instant at, String unitCode, Map<String, Object> payload) {
    }

    public record PoolMediatorResponse(UUID staffId,
                                       @Schema(nullable = true, description = "Null for a mediator without a login") String username,
                                       String name, String unitCode,
                                       @Schema(description = "STAFF (a grid post) or POOL") String kind,
                                       @Schema(description = "A pool mediator's background; for grid staff, the role of their post") String background,
                                       @Schema(nullable = true, description = "A pool mediator's studio, if any; null for grid staff") String studio,
                                       long openCases) {
    }

    public record MediatorPage(List<PoolMediatorResponse> items, @Schema(nullable = true, description = "The cursor of the next page (pass it as after); null on the last page") String next) {
    }

    @Schema(description = "Figures of a subtree and period; successRate = agreements / concluded (agreement or failure)")
    public record CaseFiguresResponse(String code, String from, String to, long registered, long closed, long concluded,
                                      long agreements, long failed, long withdrawn, long declined, long openNow,
                                      @Schema(nullable = true, description = "Null when no case concluded in the period") Double successRate,
                                      @Schema(nullable = true, description = "Null when no case concluded in the period") Double averageDaysToClose,
                                      long settledAtGrid,
                                      @Schema(nullable = true, description = "Null when no case concluded in the period") Double settledAtGridShare,
                                      Map<String, Long> byDisputeType, Map<String, Long> agreementsByLevel) {
    }
}
