package cn.wanggezhili.command.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dashboard's figures as JSON (names in the words of docs/domain.md; shares 0..1, null when nothing to share). */
public final class FigureDtos {

    private FigureDtos() {
    }

    @Schema(description = "Figures of a grid subtree for a period (指挥中心数据)")
    public record FiguresResponse(String code, LocalDate from, LocalDate to, Instant asOf, Tasks tasks, Cases cases,
                                  Points points, long tenStarHouseholds, Staff staff) {
    }

    @Schema(description = "Field work: created and closed in the period; open and overdue now; escalations by level reached")
    public record Tasks(long created, long open, long overdue, long closed,
                        @Schema(nullable = true, description = "Of the work closed, the share closed on the unit it arose on (小事不出格); null when none was closed") Double closedAtOriginShare,
                        List<Escalations> escalatedTo) {
    }

    @Schema(description = "Escalations that reached a level of the county's scheme, top down (the lowest receives none)")
    public record Escalations(@Schema(description = "The registry's level name in upper case: COUNTY, TOWNSHIP, VILLAGE, "
                                      + "GRID, MICRO_GRID in the standard five levels") String level,
                              @Schema(description = "The level's Chinese name, as the registry names it") String levelNameZh,
                              long count) {
    }

    @Schema(description = "Dispute cases (矛盾纠纷调解): registered and concluded in the period, success rate against its target")
    public record Cases(long registered, long concluded, long agreements,
                        @Schema(nullable = true, description = "Agreements among concluded cases; null when none was concluded") Double successRate,
                        double successTarget,
                        @Schema(nullable = true, description = "Whether the success rate reaches the target; null without a rate") Boolean meetsTarget,
                        @Schema(nullable = true, description = "Of the agreements, the share reached at grid level; null without agreements") Double settledInGridShare,
                        @Schema(nullable = true, description = "Mean days from registration to conclusion; null when none was concluded") Double averageDaysToClose) {
    }

    @Schema(description = "Points credited by settlements and redeemed at the points stores in the period")
    public record Points(long credited, long redeemed, long redemptions, long items) {
    }

    public record Staff(long active, List<StaffActivity> mostActive) {
    }

    public record StaffActivity(@Schema(nullable = true, description = "The person's name as the events gave it; null when none did") String name,
                                long actions) {
    }

    public record GridUnit(String code, String name,
                           @Schema(description = "Level number, 1 the county") int level,
                           @Schema(nullable = true, description = "The level's Chinese name as the registry names it (e.g. 村(社区), 二级网格); "
                                   + "null when neither the registry nor the configured scheme names the level") String levelName,
                           @Schema(nullable = true, description = "Null for the county (the root)") String parentCode, long children) {
    }

    public record GridBranch(GridUnit unit, List<GridUnit> children) {
    }

    public record TaskAlert(String taskId, String title, String typeCode, String originCode, String code, String status,
                            Instant dueAt, boolean overdue, int escalations,
                            @Schema(nullable = true, description = "Who has the task; null while nobody does") String ownerName) {
    }

    public record TaskAlertPage(List<TaskAlert> items,
                                @Schema(nullable = true, description = "Pass as `after` for the next page; null on the last page") String next) {
    }

    public record RebuildResponse(long eventsReplayed) {
    }
}
