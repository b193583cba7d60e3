package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.domain.PlanTest.DAILY_PATROL;
import static cn.wanggezhili.dispatch.domain.PlanTest.LI;
import static cn.wanggezhili.dispatch.domain.PlanTest.PATROL;
import static cn.wanggezhili.dispatch.domain.PlanTest.PLAN;
import static cn.wanggezhili.dispatch.domain.PlanTest.WEEKLY_PATROL;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCreated;
import cn.wanggezhili.gridcode.GridCode;
import org.junit.jupiter.api.Test;

/** A plan's task of the period: the plan's work, dispatched by whoever set the plan, due when the period ends. */
class PlannedTaskTest {

    static final TaskId TASK = new TaskId(new UUID(0, 1));
    static final GridCode MICRO_GRID = new GridCode("141081001001001001");
    static final Instant NINE_IN_THE_MORNING = Instant.parse("2026-11-27T01:00:00Z");   // Asia/Shanghai
    static final Instant MIDNIGHT = Instant.parse("2026-11-27T16:00:00Z");
    static final Instant NEXT_MONDAY = Instant.parse("2026-11-29T16:00:00Z");

    @Test
    void a_daily_patrol_run_in_the_morning_still_gets_the_type_s_full_day() {
        // given a daily patrol plan, when it runs at nine, then the task is due a day later, not at midnight
        TaskCreated created = Plan.replay(List.of(DAILY_PATROL))
                .plannedTask(TASK, MICRO_GRID, PATROL, "2026-11-27", NINE_IN_THE_MORNING, MIDNIGHT);
        assertThat(created).isEqualTo(new TaskCreated(TASK, MICRO_GRID.value(), "patrol", "微网格每日巡查（2026-11-27）",
                "由工作计划 " + PLAN + " 生成", TaskSource.PLAN, Priority.NORMAL, LI, null,
                NINE_IN_THE_MORNING.plus(Duration.ofDays(1)), Map.of()));
    }

    @Test
    void a_weekly_patrol_is_due_when_its_week_ends() {
        TaskCreated created = Plan.replay(List.of(WEEKLY_PATROL))
                .plannedTask(TASK, MICRO_GRID, PATROL, "2026-W48", NINE_IN_THE_MORNING, NEXT_MONDAY);
        assertThat(created.dueAt()).isEqualTo(NEXT_MONDAY);
        assertThat(created.title()).isEqualTo("微网格每周巡查（2026-W48）");
        assertThat(created.priority()).isEqualTo(Priority.NORMAL);
    }
}
