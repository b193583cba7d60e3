package cn.wanggezhili.mediation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.wanggezhili.mediation.domain.CaseSource;
import cn.wanggezhili.mediation.domain.DisputeType;
import cn.wanggezhili.mediation.domain.Level;
import cn.wanggezhili.mediation.domain.PartyKind;

/** Request bodies of the case API (JSON, camelCase). {@code occurredAt}: when a step happened, for ledgers entered later. */
public final class CaseDtos {

    static final String CODE = "^[0-9]{12}([0-9]{3})*$";
    static final String WHEN = "When it happened, if earlier than now (entering a paper ledger, 台账补录); never in the future";

    private CaseDtos() {
    }

    @Schema(description = "A party; personal data is stored encrypted and shown masked to roles that do not need it")
    public record PartyRequest(@NotNull @Schema(example = "RESIDENT") PartyKind kind,
                               @NotBlank @Size(max = 100) @Schema(example = "王建国") String name,
                               @Size(max = 30) @Schema(description = "A person's resident ID number (GB 11643) or an organisation's "
                                       + "unified social credit code (GB 32100)") String idNumber,
                               @Size(max = 30) @Schema(example = "13935712345") String phone,
                               @Schema(description = "A household registered in your grid scope") UUID householdId) {

        @Override
        public String toString() {
            return "PartyRequest[kind=" + kind + ", redacted]";
        }
    }

    public record RegisterCaseRequest(
            @NotBlank @Pattern(regexp = CODE) @Schema(description = "The unit registering the case, in your grid scope",
                    example = "141081001001001") String unitCode,
            @NotNull @Schema(example = "NEIGHBOUR") DisputeType disputeType,
            @Schema(description = "WALK_IN (default) or REFERRAL; TASK cases come from task dispatch") CaseSource source,
            @Schema(description = "Who referred the case (REFERRAL)", example = "侯马市路西派出所") @Size(max = 200) String referringBody,
            @NotBlank @Size(max = 200) @Schema(example = "秦村北社区3号楼漏水邻里纠纷") String title,
            @Size(max = 4000) String description,
            @Size(max = 20) List<@Valid @NotNull PartyRequest> parties,
            @Size(max = 20) List<@Size(max = 200) String> evidence,
            @Schema(description = WHEN) Instant occurredAt) {
    }

    public record AddPartyRequest(@Valid @NotNull PartyRequest party, @Schema(description = WHEN) Instant occurredAt) {
    }

    public record StepRequest(@Schema(description = WHEN) Instant occurredAt) {
    }

    public record ReasonRequest(@NotBlank @Size(max = 1000) String reason, @Schema(description = WHEN) Instant occurredAt) {
    }

    public record NotesRequest(@Size(max = 4000) String notes, @Schema(description = WHEN) Instant occurredAt) {
    }

    public record AssignMediatorRequest(@NotNull UUID staffId,
                                        @Schema(description = "Make this mediator the lead (the first one assigned leads anyway)") boolean lead,
                                        @Schema(description = WHEN) Instant occurredAt) {
    }

    public record ScheduleSessionRequest(@NotNull Instant scheduledFor,
                                         @Size(max = 200) @Schema(example = "秦村北社区调解室") String place,
                                         @Schema(description = WHEN) Instant occurredAt) {
    }

    public record MinutesRequest(@NotBlank @Size(max = 8000) String minutes, @Schema(description = WHEN) Instant occurredAt) {
    }

    public record AgreementRequest(@NotBlank @Size(max = 8000) String terms,
                                   @Schema(description = "Party ids of every signatory: all parties sign") @NotNull @Size(max = 20) List<@NotNull UUID> signedBy,
                                   @Schema(description = "The parties ask a court to confirm the agreement (司法确认)") boolean courtConfirmation,
                                   @Schema(description = WHEN) Instant occurredAt) {
    }

    public record PerformanceCheckRequest(@NotNull Boolean performed, @Size(max = 4000) String notes,
                                          @Schema(description = WHEN) Instant occurredAt) {
    }

    public record FollowUpRequest(@NotNull Boolean satisfied, @NotBlank @Size(max = 4000) String notes,
                                  @Schema(description = WHEN) Instant occurredAt) {
    }

    public record EscalationRequest(@NotNull @Schema(description = "COMMUNITY, TOWNSHIP or COUNTY, above the case's level", example = "TOWNSHIP") Level toLevel,
                                    @NotBlank @Size(max = 1000) String reason, @Schema(description = WHEN) Instant occurredAt) {
    }

    public record ReferralRequest(@NotNull @Schema(description = "ADMINISTRATIVE or JUDICIAL", example = "JUDICIAL") Level toLevel,
                                  @NotBlank @Size(max = 200) @Schema(example = "侯马市人民法院") String receivingBody, @NotBlank @Size(max = 1000) String reason,
                                  @Schema(description = WHEN) Instant occurredAt) {
    }

    public record EnrolMediatorRequest(@NotBlank @Pattern(regexp = CODE) @Schema(description = "The unit the mediator serves, in your grid scope",
                                               example = "141081001000") String unitCode,
                                       @NotBlank @Size(max = 100) @Schema(example = "李法官") String name,
                                       @Size(max = 100) @Schema(description = "Their login, if they sign in; no other mediator's or grid staff's") String username,
                                       @NotBlank @Size(max = 200) @Schema(description = "e.g. 退休法官, 退休民警", example = "退休法官") String background,
                                       @Size(max = 200) @Schema(description = "e.g. 爱家调解工作室", example = "爱家调解工作室") String studio) {
    }
}
