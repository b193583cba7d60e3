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
                               String source, String sourceNameZh, UUID sourceTaskId, String referringBody, String title,
                               String description, String status, String statusNameZh, String level, String levelNameZh,
                               String outcome, String outcomeNameZh, String referredToBody, int escalations,
                               List<MediatorResponse> mediators, List<PartyResponse> parties, List<SessionResponse> sessions,
                               Instant registeredAt, Instant concludedAt, Instant closedAt, String closedAtLevel,
                               Instant lastStepAt, int version) {
    }

    public record MediatorResponse(UUID staffId, String username, String name, boolean lead) {
    }

    @Schema(description = "A party; masked=true when name, ID number and phone are shown masked")
    public record PartyResponse(UUID partyId, String kind, String name, String idNumber, String phone, UUID householdId,
                                boolean masked) {

        @Override
        public String toString() {
            return "PartyResponse[partyId=" + partyId + ", redacted]";
        }
    }

    public record SessionResponse(int sessionNo, Instant scheduledFor, String place, Instant heldAt, String minutes) {
    }

    public record CasePage(List<CaseResponse> items, String next) {
    }

    @Schema(description = "One step of a case's history (its events in order; parties masked)")
    public record HistoryEntry(int version, String type, Instant at, String unitCode, Map<String, Object> payload) {
    }

    public record PoolMediatorResponse(UUID staffId, String username, String name, String unitCode, String kind,
                                       String background, String studio, long openCases) {
    }

    public record MediatorPage(List<PoolMediatorResponse> items, String next) {
    }

    @Schema(description = "Figures of a subtree and period; successRate = agreements / concluded (agreement or failure)")
    public record CaseFiguresResponse(String code, String from, String to, long registered, long closed, long concluded,
                                      long agreements, long failed, long withdrawn, long declined, long openNow,
                                      Double successRate, Double averageDaysToClose, long settledAtGrid, Double settledAtGridShare,
                                      Map<String, Long> byDisputeType, Map<String, Long> agreementsByLevel) {
    }
}
