package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ASSIGNED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.CREATED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.LI;
import static cn.wanggezhili.dispatch.domain.TaskFixture.MICRO_GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.OTHER;
import static cn.wanggezhili.dispatch.domain.TaskFixture.T;
import static cn.wanggezhili.dispatch.domain.TaskFixture.TASK;
import static cn.wanggezhili.dispatch.domain.TaskFixture.closed;
import static cn.wanggezhili.dispatch.domain.TaskFixture.given;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskFlaggedAsDuplicate;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskMerged;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** One matter, one task: later reports of the same thing on the same micro-grid are flagged and merged. */
class DuplicateReportsTest {

    static final Duration DAY = Duration.ofDays(1);
    static final Instant NOW = T.plus(Duration.ofHours(10));
    static final TaskId EARLIER = new TaskId(new UUID(0, 11));
    static final TaskId LATEST = new TaskId(new UUID(0, 12));

    static OpenTaskSummary open(TaskId id, String type, String code, Duration ago) {
        return new OpenTaskSummary(id, type, code, NOW.minus(ago));
    }

    @Test
    void a_report_like_open_ones_on_the_same_micro_grid_within_the_window_points_at_the_latest() {
        List<OpenTaskSummary> open = List.of(
                open(EARLIER, "incident", MICRO_GRID.value(), Duration.ofHours(5)),
                open(LATEST, "incident", MICRO_GRID.value(), Duration.ofHours(1)));
        assertThat(DuplicateReports.likelyDuplicate("incident", MICRO_GRID, NOW, DAY, open)).contains(LATEST);
    }

    @Test
    void open_tasks_outside_the_window_or_created_after_the_report_are_not_duplicates() {
        List<OpenTaskSummary> open = List.of(
                open(EARLIER, "resident-report", MICRO_GRID.value(), Duration.ofHours(25)),
                open(LATEST, "resident-report", MICRO_GRID.value(), Duration.ofMinutes(-5)));
        assertThat(DuplicateReports.likelyDuplicate("resident-report", MICRO_GRID, NOW, DAY, open)).isEmpty();
        assertThat(DuplicateReports.likelyDuplicate("resident-report", MICRO_GRID, NOW, Duration.ofHours(25), open))
                .contains(EARLIER);
    }

    @Test
    void open_tasks_of_another_type_or_on_another_unit_are_not_duplicates() {
        List<OpenTaskSummary> open = List.of(
                open(EARLIER, "resident-report", MICRO_GRID.value(), Duration.ofHours(1)),
                open(LATEST, "incident", GRID.value(), Duration.ofHours(1)));
        assertThat(DuplicateReports.likelyDuplicate("incident", MICRO_GRID, NOW, DAY, open)).isEmpty();
    }

    @Test
    void planned_work_is_never_a_duplicate_unless_its_type_is_checked() {
        List<OpenTaskSummary> open = List.of(open(EARLIER, "patrol", MICRO_GRID.value(), Duration.ofHours(1)));
        assertThat(DuplicateReports.likelyDuplicate("patrol", MICRO_GRID, NOW, DAY, open)).isEmpty();
        assertThat(DuplicateReports.likelyDuplicate("patrol", MICRO_GRID, NOW, DAY, open, Set.of("patrol"))).contains(EARLIER);
    }

    @Test
    void a_task_is_flagged_as_a_likely_duplicate_of_another_and_keeps_its_status() {
        Task task = given(CREATED, ASSIGNED).when(t -> t.flagAsDuplicateOf(OTHER, NOW))
                .then(new TaskFlaggedAsDuplicate(TASK, GRID.value(), OTHER, NOW)).after();
        assertThat(task.duplicateOf()).isEqualTo(OTHER);
        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
    }

    @Test
    void a_task_is_no_duplicate_of_itself() {
        given(CREATED).when(t -> t.flagAsDuplicateOf(TASK, NOW)).thenRejected(Rule.NOT_A_DUPLICATE_CANDIDATE, "likelyDuplicateOf");
    }

    @Test
    void a_merged_task_ends_cancelled_and_points_at_the_task_that_carries_on() {
        Task task = given(CREATED, ASSIGNED).when(t -> t.mergeInto(OTHER, LI, NOW))
                .then(new TaskMerged(TASK, GRID.value(), OTHER, LI, NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(task.duplicateOf()).isEqualTo(OTHER);
        assertThat(task.isOpen()).isFalse();
    }

    @Test
    void a_task_does_not_merge_into_itself_nor_once_closed() {
        given(CREATED).when(t -> t.mergeInto(TASK, LI, NOW)).thenRejected(Rule.MERGE_INTO_SELF, "into");
        given(closed()).when(t -> t.mergeInto(OTHER, LI, NOW)).thenRejected(Rule.TASK_CLOSED, "status");
        given(closed()).when(t -> t.flagAsDuplicateOf(OTHER, NOW)).thenRejected(Rule.TASK_CLOSED, "status");
    }
}
