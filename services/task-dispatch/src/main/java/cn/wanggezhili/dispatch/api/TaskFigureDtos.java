package cn.wanggezhili.dispatch.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the coverage figures (任务统计) of a subtree and period. */
public final class TaskFigureDtos {

    private TaskFigureDtos() {
    }

    @Schema(description = "Coverage figures of the units under a unit for a period of local days (Asia/Shanghai); "
            + "tasks count for the unit they arose on")
    public record TaskFiguresResponse(
            String code,
            @Schema(description = "First day of the period") LocalDate from,
            @Schema(description = "Last day of the period, included") LocalDate to,
            @Schema(description = "When the figures were taken: overdue depends on it") Instant asOf,
            @Schema(description = "Tasks due in the period, not cancelled") long due,
            @Schema(description = "Tasks closed (verified) in the period") long done,
            @Schema(description = "Tasks due in the period that are open past due now, were closed after due, or escalated") long overdue,
            @Schema(nullable = true, description = "Of the tasks closed in the period, the share closed on their level of origin (小事不出格), "
                    + "0..1; null if none closed") Double closedAtOriginShare,
            @Schema(description = "Tasks created in the period that escalated at least once") long escalated,
            List<TypeFigures> byType,
            MicroGridsPatrolled microGridsPatrolled) {
    }

    public record TypeFigures(String typeCode, String typeNameZh,
                              @Schema(description = "Created in the period") long created,
                              @Schema(description = "Closed in the period") long closed) {
    }

    public record MicroGridsPatrolled(
            @Schema(description = "Lowest-level units under the unit (those with no units below them)") long microGrids,
            @Schema(description = "Of these, units with at least one patrol closed in the period") long patrolled,
            @Schema(nullable = true, description = "patrolled / microGrids, 0..1; null if there are none") Double share) {
    }
}
