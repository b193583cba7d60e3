package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ASSIGNED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.CREATED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.DUE;
import static cn.wanggezhili.dispatch.domain.TaskFixture.GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.T;
import static cn.wanggezhili.dispatch.domain.TaskFixture.TASK;
import static cn.wanggezhili.dispatch.domain.TaskFixture.WANG;
import static cn.wanggezhili.dispatch.domain.TaskFixture.closed;
import static cn.wanggezhili.dispatch.domain.TaskFixture.completed;
import static cn.wanggezhili.dispatch.domain.TaskFixture.given;
import static cn.wanggezhili.dispatch.domain.TaskFixture.inProgress;
import static cn.wanggezhili.dispatch.domain.TaskFixture.plus;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosedByMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReferredToMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReturnedFromMediation;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** A dispute the mediation studio takes on (爱家调解工作室): the task waits for its case and ends with it. */
class TaskMediationTest {

    static final UUID CASE = new UUID(7, 7);
    static final Instant NOW = T.plus(Duration.ofHours(2));
    static final TaskReferredToMediation REFERRED = new TaskReferredToMediation(TASK, GRID.value(), CASE, T.plusSeconds(90));

    @Test
    void open_work_goes_to_the_studio_and_stops_running_against_its_deadline() {
        Task task = given(CREATED, ASSIGNED).when(t -> t.referToMediation(CASE, NOW))
                .then(new TaskReferredToMediation(TASK, GRID.value(), CASE, NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.IN_MEDIATION);
        assertThat(task.owner()).isEqualTo(WANG);
        Instant longAfterDue = DUE.plus(Duration.ofDays(30));
        assertThat(task.isOverdue(longAfterDue)).isFalse();
        assertThat(given(CREATED, ASSIGNED).task().isOverdue(longAfterDue)).isTrue();
        given(inProgress()).when(t -> t.referToMediation(CASE, NOW)).then(new TaskReferredToMediation(TASK, GRID.value(), CASE, NOW));
    }

    @Test
    void work_reported_done_or_final_is_not_referred() {
        given(completed()).when(t -> t.referToMediation(CASE, NOW)).thenRejected(Rule.WRONG_STATUS, "status");
        given(closed()).when(t -> t.referToMediation(CASE, NOW)).thenRejected(Rule.TASK_CLOSED, "status");
        given(CREATED, ASSIGNED, REFERRED).when(t -> t.referToMediation(CASE, NOW)).thenRejected(Rule.WRONG_STATUS, "status");
    }

    @Test
    void a_task_in_mediation_is_neither_escalated_nor_handed_over() {
        Task task = given(CREATED, ASSIGNED, REFERRED).task();
        given(CREATED, ASSIGNED, REFERRED).when(t -> t.escalate(TaskFixture.COMMUNITY, null, Duration.ofDays(1), DUE.plusSeconds(1)))
                .thenRejected(Rule.WRONG_STATUS, "status");
        given(CREATED, ASSIGNED, REFERRED).when(t -> t.handOver(WANG, TaskFixture.LI, "", NOW)).thenRejected(Rule.WRONG_STATUS, "status");
        assertThat(task.status().runsAgainstDeadline()).isFalse();
    }

    @Test
    void the_case_ending_closes_the_task_with_its_outcome() {
        Task task = given(CREATED, ASSIGNED, REFERRED).when(t -> t.closeByMediation(CASE, "AGREEMENT", NOW))
                .then(new TaskClosedByMediation(TASK, GRID.value(), CASE, "AGREEMENT", true, NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(task.completedBy()).as("nobody completed it: scoring credits the mediator through the case").isNull();
        given(CREATED, ASSIGNED).when(t -> t.closeByMediation(CASE, "AGREEMENT", NOW)).thenRejected(Rule.WRONG_STATUS, "status");
    }

    @Test
    void a_declined_case_gives_the_task_back_to_its_owner_due_when_it_was() {
        Task task = given(CREATED, ASSIGNED, REFERRED).when(t -> t.returnFromMediation(CASE, NOW))
                .then(new TaskReturnedFromMediation(TASK, GRID.value(), CASE, WANG, NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(task.owner()).isEqualTo(WANG);
        assertThat(task.dueAt()).isEqualTo(DUE);
        assertThat(task.isOverdue(DUE.plusSeconds(1))).isTrue();
        Task unowned = given(plus(new TaskEvent[] {CREATED}, new TaskReferredToMediation(TASK, GRID.value(), CASE, NOW)))
                .when(t -> t.returnFromMediation(CASE, NOW)).after();
        assertThat(unowned.status()).isEqualTo(TaskStatus.CREATED);
    }
}
