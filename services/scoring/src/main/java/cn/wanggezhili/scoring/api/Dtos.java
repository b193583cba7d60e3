package cn.wanggezhili.scoring.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.wanggezhili.scoring.app.BoardQueries.NoticeView;
import cn.wanggezhili.scoring.app.BoardQueries.ObjectionView;
import cn.wanggezhili.scoring.app.EntryQueries.EntryView;
import cn.wanggezhili.scoring.domain.ObjectionOutcome;
import cn.wanggezhili.scoring.domain.SubjectType;

/** Request and response bodies of the scoring API (JSON, camelCase). */
public final class Dtos {

    static final String GRID_CODE = "^[0-9]{12}([0-9]{3})*$";
    static final String MONTH = "^[0-9]{4}-[0-9]{2}$";

    private Dtos() {
    }

    @Schema(description = "A party organisation, party member or village cadre entered in scoring's register")
    public record SubjectRequest(@Schema(example = "PARTY_ORGANISATION") @NotNull SubjectType subjectType,
                                 @Schema(example = "秦村北社区党支部") @NotBlank @Size(max = 100) String name,
                                 @Schema(example = "141081001001") @NotBlank @Pattern(regexp = GRID_CODE) String unitCode,
                                 @Schema(description = "Login name, when the subject logs in (cadres): nobody scores themselves")
                                 @Size(max = 100) String username) {
    }

    public record SubjectResponse(UUID id, SubjectType subjectType, String subjectTypeNameZh, String name, String unitCode) {
    }

    public record SubjectPage(List<SubjectResponse> items,
                              @Schema(nullable = true, description = "The cursor of the next page (pass it as `after`); null on the last page")
                              String next) {
    }

    @Schema(description = "A score entry recorded by a scorer (一事一记录)")
    public record EntryRequest(@Schema(example = "ten-star-household") @NotBlank @Size(max = 60) String schemeCode,
                               @Schema(example = "patriotism-1") @NotBlank @Size(max = 60) String indicatorCode,
                               @NotNull UUID subjectId,
                               @Schema(description = "The month it counts in (default: this month)", example = "2026-11")
                               @Pattern(regexp = MONTH) String month,
                               @Size(max = 20) List<@NotBlank @Size(max = 200) String> evidence,
                               @Size(max = 1000) String note) {
    }

    public record RejectionRequest(@Schema(example = "证明材料与事项不符") @NotBlank @Size(max = 500) String reason) {
    }

    public record EntryPage(List<EntryView> items,
                            @Schema(nullable = true, description = "The cursor of the next page (pass it as `after`); null on the last page")
                            String next) {
    }

    @Schema(description = "Passbook (积分存折): every entry of a subject in a period and its status; only approved entries count")
    public record Passbook(SubjectResponse subject, String period, int approvedPoints, int pendingPoints, List<EntryView> entries) {
    }

    @Schema(description = "Publish a period's results of a subtree for objections (公示)")
    public record NoticeRequest(@Schema(example = "141081001000") @NotBlank @Pattern(regexp = GRID_CODE) String unitCode,
                                @Schema(description = "A month 2026-11 or a quarter 2026-Q4", example = "2026-Q4") @NotBlank String period,
                                @Schema(description = "How long objections are taken, ISO-8601 (P3D, PT72H); at least a day, at most 31 days",
                                        example = "P3D")
                                @NotBlank @Pattern(regexp = "^P(?!$)([0-9]+D)?(T(?=[0-9])([0-9]+H)?([0-9]+M)?([0-9]+S)?)?$") String objectionWindow) {
    }

    public record NoticeResponse(NoticeView notice, List<ObjectionView> objections) {
    }

    public record ObjectionRequest(@NotNull UUID entryId,
                                   @Schema(example = "该户当月未参加主题党日") @NotBlank @Size(max = 1000) String reason) {
    }

    public record ResolutionRequest(@Schema(example = "AMENDED") @NotNull ObjectionOutcome outcome,
                                    @Schema(description = "The corrected points, for AMENDED", example = "1") @Min(-1000) @Max(1000) Integer points,
                                    @Size(max = 1000) String note) {
    }

    public record SettlementRequest(@Schema(example = "141081001000") @NotBlank @Pattern(regexp = GRID_CODE) String unitCode,
                                    @Schema(description = "A quarter like 2026-Q4", example = "2026-Q4") @NotBlank @Pattern(regexp = "^[0-9]{4}-Q[1-4]$") String quarter) {
    }

    @Schema(description = "A volunteer activity (爱心超市+健康银行) and the households that took part; each is scored by the "
            + "indicators whose trigger names scoring.VolunteerActivityRecorded.v1")
    public record VolunteerActivityRequest(
            @Schema(description = "The unit the activity was held on (a village or grid)", example = "141081001001") @NotBlank @Pattern(regexp = GRID_CODE) String unitCode,
            @Schema(description = "The day it took place, not after today; its entries count in its month", example = "2026-11-08")
            @NotNull java.time.LocalDate date,
            @Schema(example = "秦村北社区敬老院义务打扫") @NotBlank @Size(max = 200) String titleZh,
            @Schema(example = "2.5") @jakarta.validation.constraints.DecimalMin(value = "0.5") @jakarta.validation.constraints.DecimalMax(value = "24") double hours,
            @NotNull @Size(min = 1, max = 200) List<@NotNull UUID> householdIds,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> evidence) {
    }

    public record TierRequest(@Schema(example = "141081001000") @NotBlank @Pattern(regexp = GRID_CODE) String unitCode,
                              @Schema(example = "2026") @Min(2000) @Max(2100) int year,
                              @Schema(example = "HOUSEHOLD") @NotNull SubjectType subjectType) {
    }
}
