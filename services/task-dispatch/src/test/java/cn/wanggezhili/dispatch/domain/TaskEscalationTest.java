package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ASSIGNED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.COMMUNITY;
import static cn.wanggezhili.dispatch.domain.TaskFixture.COUNTY;
import static cn.wanggezhili.dispatch.domain.TaskFixture.CREATED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.DUE;
import static cn.wanggezhili.dispatch.domain.TaskFixture.GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.LI;
import static cn.wanggezhili.dispatch.domain.TaskFixture.MICRO_GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.STREET;
import static cn.wanggezhili.dispatch.domain.TaskFixture.TASK;
import static cn.wanggezhili.dispatch.domain.TaskFixture.WANG;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ZHAO;
import static cn.wanggezhili.dispatch.domain.TaskFixture.closed;
import static cn.wanggezhili.dispatch.domain.TaskFixture.completed;
import static cn.wanggezhili.dispatch.domain.TaskFixture.createdOn;
import static cn.wanggezhili.dispatch.domain.TaskFixture.given;
import static cn.wanggezhili.dispatch.domain.TaskFixture.inProgress;
import static cn.wanggezhili.dispatch.domain.TaskFixture.plus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAccepted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCancelled;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosed;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCompleted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskEscalated;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskStarted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskUnitRecoded;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule;
import cn.wanggezhili.gridcode.GridCode;
import org.junit.jupiter.api.Test;

/** 小事不出格，大事不出网: overdue work moves up one level at a time, once per level, up to the county. */
class TaskEscalationTest {

    static final Instant LATE = DUE.plusSeconds(60);
    static final Duration HALF_DAY = Duration.ofHours(12);
    static final TaskEscalated TO_COMMUNITY = new TaskEscalated(TASK, COMMUNITY.value(), GRID.value(), ZHAO, LATE.plus(HALF_DAY), LATE);
    static final Instant LATER = LATE.plus(HALF_DAY).plusSeconds(60);

    @Test
    void an_overdue_task_moves_one_level_up_to_the_new_owner_with_a_new_deadline() {
        Task task = given(CREATED, ASSIGNED).when(t -> t.escalate(COMMUNITY, ZHAO, HALF_DAY, LATE))
                .then(TO_COMMUNITY).after();
        assertThat(task.code()).isEqualTo(COMMUNITY);
        assertThat(task.originCode()).isEqualTo(GRID);
        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(task.owner()).isEqualTo(ZHAO);
        assertThat(task.dueAt()).isEqualTo(LATE.plus(HALF_DAY));
        assertThat(task.escalatedFrom()).containsExactly(GRID.value());
    }

    @Test
    void work_in_progress_escalates_too_and_the_new_owner_accepts_it_afresh() {
        Task task = given(inProgress()).when(t -> t.escalate(COMMUNITY, ZHAO, HALF_DAY, LATE)).then(TO_COMMUNITY).after();
        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
        given(plus(inProgress(), TO_COMMUNITY)).when(t -> t.accept(WANG, LATE)).thenRejected(Rule.NOT_THE_OWNER, "by");
    }

    @Test
    void with_nobody_covering_the_level_above_the_escalated_task_waits_for_an_owner() {
        Task task = given(CREATED).when(t -> t.escalate(COMMUNITY, null, HALF_DAY, LATE))
                .then(new TaskEscalated(TASK, COMMUNITY.value(), GRID.value(), null, LATE.plus(HALF_DAY), LATE)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.CREATED);
        assertThat(task.owner()).isNull();
        assertThat(task.assign(ZHAO, LATE).assignee()).isEqualTo(ZHAO);
    }

    @Test
    void a_task_is_not_escalated_before_it_is_due() {
        given(CREATED, ASSIGNED).when(t -> t.escalate(COMMUNITY, ZHAO, HALF_DAY, DUE)).thenRejected(Rule.NOT_OVERDUE, "dueAt");
        given(CREATED, ASSIGNED).when(t -> t.escalate(COMMUNITY, ZHAO, HALF_DAY, DUE.minusSeconds(3600)))
                .thenRejected(Rule.NOT_OVERDUE, "dueAt");
    }

    @Test
    void a_task_escalates_once_from_each_level() {
        given(CREATED, ASSIGNED, TO_COMMUNITY).when(t -> t.escalate(COMMUNITY, ZHAO, HALF_DAY, LATER))
                .thenRejected(Rule.ALREADY_ESCALATED_FROM_LEVEL, "parentCode");
        Task task = given(CREATED, ASSIGNED, TO_COMMUNITY).when(t -> t.escalate(STREET, LI, HALF_DAY, LATER))
                .then(new TaskEscalated(TASK, STREET.value(), COMMUNITY.value(), LI, LATER.plus(HALF_DAY), LATER)).after();
        assertThat(task.escalatedFrom()).isEqualTo(Set.of(GRID.value(), COMMUNITY.value()));
    }

    @Test
    void the_level_above_must_act_before_its_own_deadline_before_escalating_further() {
        given(CREATED, ASSIGNED, TO_COMMUNITY).when(t -> t.escalate(STREET, LI, HALF_DAY, LATE.plusSeconds(60)))
                .thenRejected(Rule.NOT_OVERDUE, "dueAt");
    }

    @Test
    void escalation_goes_up_to_a_unit_above_the_task_and_nowhere_else() {
        given(createdOn(MICRO_GRID)).when(t -> t.escalate(GRID, ZHAO, HALF_DAY, LATE)).then(
                new TaskEscalated(TASK, GRID.value(), MICRO_GRID.value(), ZHAO, LATE.plus(HALF_DAY), LATE));
        // levels where nobody could take it may be skipped by the caller
        given(createdOn(MICRO_GRID)).when(t -> t.escalate(COMMUNITY, ZHAO, HALF_DAY, LATE)).then(
                new TaskEscalated(TASK, COMMUNITY.value(), MICRO_GRID.value(), ZHAO, LATE.plus(HALF_DAY), LATE));
        given(createdOn(MICRO_GRID)).when(t -> t.escalate(new GridCode("141081100000"), ZHAO, HALF_DAY, LATE))
                .thenRejected(Rule.NOT_AN_ANCESTOR, "parentCode");
        given(createdOn(MICRO_GRID)).when(t -> t.escalate(MICRO_GRID, ZHAO, HALF_DAY, LATE))
                .thenRejected(Rule.NOT_AN_ANCESTOR, "parentCode");
    }

    @Test
    void a_task_at_the_county_escalates_no_further() {
        GridCode city = COUNTY.parent().orElseThrow();
        given(createdOn(COUNTY)).when(t -> t.escalate(city, LI, HALF_DAY, LATE)).thenRejected(Rule.TOP_LEVEL_REACHED, "code");
        TaskEscalated toCounty = new TaskEscalated(TASK, COUNTY.value(), STREET.value(), LI, LATE.plus(HALF_DAY), LATE);
        given(createdOn(STREET), toCounty).when(t -> t.escalate(city, LI, HALF_DAY, LATER))
                .thenRejected(Rule.TOP_LEVEL_REACHED, "code");
    }

    @Test
    void completed_closed_or_cancelled_tasks_are_not_escalated() {
        given(completed()).when(t -> t.escalate(COMMUNITY, ZHAO, HALF_DAY, LATE)).thenRejected(Rule.WRONG_STATUS, "status");
        given(closed()).when(t -> t.escalate(COMMUNITY, ZHAO, HALF_DAY, LATE)).thenRejected(Rule.TASK_CLOSED, "status");
        given(CREATED, new TaskCancelled(TASK, GRID.value(), LI, "撤回", LATE))
                .when(t -> t.escalate(COMMUNITY, ZHAO, HALF_DAY, LATE)).thenRejected(Rule.TASK_CANCELLED, "status");
    }

    @Test
    void a_task_closed_after_escalation_counts_where_it_closed_not_at_origin() {
        Instant t0 = LATE.plusSeconds(60);
        given(CREATED, ASSIGNED, TO_COMMUNITY, new TaskAccepted(TASK, COMMUNITY.value(), ZHAO, t0),
                new TaskStarted(TASK, COMMUNITY.value(), ZHAO, t0),
                new TaskCompleted(TASK, COMMUNITY.value(), ZHAO, "已协调供水公司维修", "", List.of(), t0))
                .when(t -> t.close(LI, t0))
                .then(new TaskClosed(TASK, COMMUNITY.value(), "patrol", ZHAO, true, LI, COMMUNITY.value(), false, t0));
    }

    @Test
    void overdue_means_open_past_its_deadline_and_not_reported_done() {
        Task assigned = Task.replay(List.of(CREATED, ASSIGNED));
        assertThat(assigned.isOverdue(DUE)).isFalse();
        assertThat(assigned.isOverdue(LATE)).isTrue();
        assertThat(Task.replay(List.of(completed())).isOverdue(LATE)).isFalse();
        assertThat(Task.replay(List.of(closed())).isOverdue(LATE)).isFalse();
    }

    @Test
    void the_level_above_gets_half_the_priority_deadline_but_at_least_an_hour() {
        assertThat(Escalation.nextDeadline(Priority.NORMAL, Duration.ofDays(3))).isEqualTo(Duration.ofHours(36));
        assertThat(Escalation.nextDeadline(Priority.HIGH, Duration.ofDays(1))).isEqualTo(Duration.ofHours(6));
        assertThat(Escalation.nextDeadline(Priority.LOW, Duration.ofDays(1))).isEqualTo(Duration.ofDays(1));
        assertThat(Escalation.nextDeadline(Priority.URGENT, Duration.ofHours(4))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void an_open_task_follows_its_units_when_the_registry_recodes_them_and_its_escalation_history_with_them() {
        GridCode movedGrid = new GridCode("141081001001009");
        Task onCommunity = given(CREATED, ASSIGNED, TO_COMMUNITY)
                .when(t -> t.followRecodedUnit(GRID, movedGrid, LATE))
                .then(new TaskUnitRecoded(TASK, COMMUNITY.value(), GRID.value(), movedGrid.value(), LATE)).after();
        assertThat(onCommunity.code()).isEqualTo(COMMUNITY);
        assertThat(onCommunity.originCode()).isEqualTo(movedGrid);
        assertThat(onCommunity.escalatedFrom()).containsExactly(movedGrid.value());

        given(CREATED, ASSIGNED).when(t -> t.followRecodedUnit(GRID, movedGrid, LATE))
                .then(new TaskUnitRecoded(TASK, movedGrid.value(), GRID.value(), movedGrid.value(), LATE));
        given(CREATED, ASSIGNED).when(t -> t.followRecodedUnit(MICRO_GRID, movedGrid, LATE)).thenRejected(Rule.NOT_ON_UNIT, "oldCode");
        given(closed()).when(t -> t.followRecodedUnit(GRID, movedGrid, LATE)).thenRejected(Rule.TASK_CLOSED, "status");
    }

    @Test
    void a_move_concerns_an_open_task_on_the_unit_arisen_on_it_or_escalated_from_it_until_it_followed() {
        GridCode movedGrid = new GridCode("141081001001009");
        Task onCommunity = Task.replay(List.of(CREATED, ASSIGNED, TO_COMMUNITY));
        assertThat(onCommunity.followsMoveOf(COMMUNITY)).isTrue();
        assertThat(onCommunity.followsMoveOf(GRID)).as("arisen on it and escalated from it").isTrue();
        assertThat(onCommunity.followsMoveOf(MICRO_GRID)).isFalse();
        Task followed = onCommunity.evolve(onCommunity.followRecodedUnit(GRID, movedGrid, LATE));
        assertThat(followed.followsMoveOf(GRID)).as("followed already").isFalse();
        assertThat(followed.followsMoveOf(movedGrid)).isTrue();
        assertThat(Task.replay(List.of(closed())).followsMoveOf(GRID)).as("closed work keeps its code").isFalse();
        assertThat(Task.NONE.followsMoveOf(GRID)).isFalse();
    }
}
