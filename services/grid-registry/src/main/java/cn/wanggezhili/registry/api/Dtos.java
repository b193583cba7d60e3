package cn.wanggezhili.registry.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.wanggezhili.registry.domain.StaffRole;
import cn.wanggezhili.registry.domain.UnitKind;

/** Request and response bodies of the registry's API (JSON, camelCase). Domain types never reach JSON. */
public final class Dtos {

    private Dtos() {
    }

    static final String CODE = "^[0-9]{12}([0-9]{3})*$";

    @Schema(description = "A grid unit (网格单元) of the county's scheme")
    public record GridUnitResponse(String code, String name, int level, String levelName, String levelNameZh,
                                   String kind, String kindNameZh,
                                   @Schema(nullable = true, description = "Null for a county (the root)") String parentCode,
                                   boolean retired,
                                   List<String> successorCodes, int version, Instant updatedAt) {
    }

    public record CreateGridUnitRequest(
            @Schema(example = "秦村北社区第一网格") @NotBlank @Size(max = 100) String name,
            @Schema(description = "Parent unit; omit only to create a county (root)", example = "141081001001") @Pattern(regexp = CODE) String parentCode,
            @Schema(description = "Official code; omitted, the registry numbers the unit", example = "141081001001001") @Pattern(regexp = CODE) String code,
            @Schema(description = "Street, town or township at level 2; community or village at level 3; implied by the code when omitted") UnitKind kind) {
    }

    public record RenameRequest(@Schema(example = "秦村北社区第一网格") @NotBlank @Size(max = 100) String name) {
    }

    public record MoveRequest(@Schema(example = "141081001001") @NotBlank @Pattern(regexp = CODE) String newParentCode) {
    }

    public record RetireRequest(@Size(max = 500) String reason) {
    }

    public record SplitRequest(@NotNull @Size(min = 2, max = 50) List<@Valid SplitPart> parts) {
    }

    public record SplitPart(@NotBlank @Size(max = 100) String name,
                            List<@Pattern(regexp = CODE) String> childCodes,
                            List<UUID> householdIds) {
    }

    public record MergeRequest(@Schema(example = "[\"141081001001002\"]") @NotEmpty @Size(max = 50) List<@NotBlank @Pattern(regexp = CODE) String> sourceCodes) {
    }

    public record MoveResponse(String code, String oldCode, String newParentCode) {
    }

    public record AssignStaffRequest(
            @Schema(description = "The person's id if they already hold a post; omitted for a new person") UUID staffId,
            @Schema(example = "王芳") @NotBlank @Size(max = 50) String name,
            @Schema(description = "Login name in the identity provider, if the person uses the system", example = "wangfang") @Size(max = 100) String username,
            @NotNull StaffRole role) {
    }

    public record StaffAssignmentResponse(UUID assignmentId, String unitCode, UUID staffId, String staffName,
                                          @Schema(nullable = true, description = "Null when the person does not sign in") String username,
                                          StaffRole role, String roleNameZh, Instant since,
                                          @Schema(nullable = true, description = "When the post ended; null while it is active") Instant until) {
    }

    public record SubtreeCountsResponse(String code, List<LevelCountResponse> unitsPerLevel, long households, long residents) {
    }

    public record LevelCountResponse(int level, String levelName, String levelNameZh, long units) {
    }

    public record RegisterHouseholdRequest(@Schema(example = "141081001001001001") @NotBlank @Pattern(regexp = CODE) String unitCode,
                                           @Schema(example = "3号楼2单元301") @NotBlank @Size(max = 40) String number) {
    }

    public record MoveHouseholdRequest(@Schema(example = "141081001001001002") @NotBlank @Pattern(regexp = CODE) String unitCode) {
    }

    public record HouseholdResponse(UUID id, String unitCode, String number, int residentCount, Instant registeredAt) {
    }

    @Schema(description = "A resident; the ID number is checked (GB 11643) and stored encrypted, phone too")
    public record RegisterResidentRequest(
            @Schema(example = "张三") @NotBlank @Size(max = 50) String name,
            @Pattern(regexp = "^[0-9]{17}[0-9Xx]$", message = "must be an 18-character resident ID number") String idNumber,
            @Pattern(regexp = "^[0-9+\\- ]{5,20}$", message = "must be a phone number") String phone,
            @Schema(example = "户主") @Size(max = 20) String relation) {

        @Override
        public String toString() {
            return "RegisterResidentRequest[relation=" + relation + "]";
        }
    }

    @Schema(description = "A resident as shown to staff: personal data masked")
    public record ResidentResponse(UUID id, UUID householdId, String unitCode, String relation,
                                   @Schema(nullable = true, description = "Masked; null after an erasure") String name,
                                   @Schema(nullable = true, description = "Masked; null when not given or after an erasure") String idNumber,
                                   @Schema(nullable = true, description = "Masked; null when not given or after an erasure") String phone,
                                   @Schema(nullable = true, description = "When the resident left the household; null while they live there") Instant leftAt,
                                   @Schema(nullable = true, description = "When their personal data was erased (PIPL); null if it was not") Instant personalDataErasedAt) {
    }

    public record RebuildResponse(@Schema(description = "How many of the registry's events were replayed") long eventsReplayed) {
    }

    public record PageResponse<T>(List<T> items,
                                  @Schema(nullable = true, description = "Pass as `after` for the next page; null on the last page") String next) {
    }
}
