package cn.wanggezhili.dispatch.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.wanggezhili.dispatch.domain.Cadence;

/** Request and response bodies of work plans (工作计划). */
public final class PlanDtos {

    private PlanDtos() {
    }

    public record CreatePlanRequest(
            @Schema(description = "The unit whose lowest-level units get a task each period") @NotBlank @Pattern(regexp = Dtos.CODE) String code,
            @Schema(description = "patrol, household-visit, survey or information-collection") @NotBlank @Size(max = 40) String typeCode,
            @NotBlank @Size(max = 100) String titleZh,
            @NotNull Cadence cadence,
            @Schema(description = "First day (Asia/Shanghai) a period may run; default today") LocalDate startsOn) {
    }

    @Schema(description = "A work plan: one task per lowest-level unit under its unit, once per period")
    public record PlanResponse(UUID id, String code, String typeCode, String typeNameZh, String titleZh, String cadence,
                               String cadenceNameZh, LocalDate startsOn, String status, String createdByUsername,
                               Instant createdAt, @Schema(nullable = true) Instant stoppedAt,
                               @Schema(nullable = true, description = "The last period run, e.g. 2026-11-27, 2026-W48, 2026-11, 2026-Q4") String lastPeriodKey,
                               @Schema(nullable = true) Instant lastRunAt, @Schema(nullable = true) Integer lastRunTasks, int runs, int version) {
    }

    public record PlanPage(List<PlanResponse> items, @Schema(nullable = true) String next) {
    }
}
