package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ACCEPTED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ASSIGNED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.CREATED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.DUE;
import static cn.wanggezhili.dispatch.domain.TaskFixture.STARTED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.LI;
import static cn.wanggezhili.dispatch.domain.TaskFixture.T;
import static cn.wanggezhili.dispatch.domain.TaskFixture.TASK;
import static cn.wanggezhili.dispatch.domain.TaskFixture.WANG;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ZHAO;
import static cn.wanggezhili.dispatch.domain.TaskFixture.closed;
import static cn.wanggezhili.dispatch.domain.TaskFixture.completed;
import static cn.wanggezhili.dispatch.domain.TaskFixture.given;
import static cn.wanggezhili.dispatch.domain.TaskFixture.inProgress;
import static cn.wanggezhili.dispatch.domain.TaskFixture.plus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAccepted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskAssigned;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCancelled;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosed;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCompleted;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskHandedOver;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReturned;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskStarted;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule;
import cn.wanggezhili.kernel.StaffRef;
import org.junit.jupiter.api.Test;

/** Assign, accept, start, complete, verify: who may do what, and when. */
class TaskLifecycleTest {

    static final Instant NOW = T.plus(Duration.ofHours(2));
    /** Wang under a new username: still the same person. */
    static final StaffRef WANG_RENAMED = new StaffRef(WANG.staffId(), "wangfang", "王芳");

    @Test
    void a_new_task_gets_its_first_owner_once() {
        Task task = given(CREATED).when(t -> t.assign(WANG, NOW))
                .then(new TaskAssigned(TASK, GRID.value(), WANG, NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(task.owner()).isEqualTo(WANG);
        given(CREATED, ASSIGNED).when(t -> t.assign(LI, NOW)).thenRejected(Rule.WRONG_STATUS, "status");
    }

    @Test
    void accepting_needs_an_assignment() {
        given(CREATED).when(t -> t.accept(WANG, NOW)).thenRejected(Rule.WRONG_STATUS, "status");
    }

    @Test
    void only_the_owner_accepts_whatever_their_username_says() {
        given(CREATED, ASSIGNED).when(t -> t.accept(LI, NOW)).thenRejected(Rule.NOT_THE_OWNER, "by");
        Task task = given(CREATED, ASSIGNED).when(t -> t.accept(WANG_RENAMED, NOW))
                .then(new TaskAccepted(TASK, GRID.value(), WANG_RENAMED, NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.ACCEPTED);
    }

    @Test
    void work_starts_only_once_the_owner_has_accepted_it() {
        given(CREATED, ASSIGNED).when(t -> t.start(WANG, NOW)).thenRejected(Rule.WRONG_STATUS, "status");
        given(CREATED, ASSIGNED, ACCEPTED).when(t -> t.start(LI, NOW)).thenRejected(Rule.NOT_THE_OWNER, "by");
        Task task = given(CREATED, ASSIGNED, ACCEPTED).when(t -> t.start(WANG, NOW))
                .then(new TaskStarted(TASK, GRID.value(), WANG, NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    @Test
    void completing_needs_work_in_progress_by_the_owner_and_a_result() {
        given(CREATED, ASSIGNED, ACCEPTED).when(t -> t.complete(WANG, "已处置", null, null, NOW))
                .thenRejected(Rule.WRONG_STATUS, "status");
        given(inProgress()).when(t -> t.complete(LI, "已处置", null, null, NOW)).thenRejected(Rule.NOT_THE_OWNER, "by");
        given(inProgress()).when(t -> t.complete(WANG, " ", null, null, NOW)).thenRejected(Rule.RESULT_REQUIRED, "result");
        Task task = given(inProgress()).when(t -> t.complete(WANG, " 火已扑灭 ", null, List.of("photo-7", "photo-8"), NOW))
                .then(new TaskCompleted(TASK, GRID.value(), WANG, "火已扑灭", "", List.of("photo-7", "photo-8"), NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task.completedBy()).isEqualTo(WANG);
    }

    @Test
    void returned_work_is_in_progress_again_with_the_same_owner() {
        Task task = given(completed()).when(t -> t.returnForRework(LI, "缺少现场照片", NOW))
                .then(new TaskReturned(TASK, GRID.value(), LI, "缺少现场照片", NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.owner()).isEqualTo(WANG);
        assertThat(task.completedBy()).isNull();
    }

    @Test
    void returning_work_needs_completed_work_a_reason_and_someone_other_than_the_completer() {
        given(inProgress()).when(t -> t.returnForRework(LI, "缺少现场照片", NOW)).thenRejected(Rule.WRONG_STATUS, "status");
        given(completed()).when(t -> t.returnForRework(LI, "", NOW)).thenRejected(Rule.REASON_REQUIRED, "reason");
        given(completed()).when(t -> t.returnForRework(WANG, "重做", NOW)).thenRejected(Rule.VERIFIER_IS_OWNER, "by");
    }

    @Test
    void whoever_completed_a_task_may_not_verify_and_close_it() {
        given(completed()).when(t -> t.close(WANG_RENAMED, NOW)).thenRejected(Rule.VERIFIER_IS_OWNER, "verifier");
    }

    @Test
    void a_task_closed_on_the_unit_it_arose_on_counts_as_closed_at_origin() {
        Task task = given(completed()).when(t -> t.close(LI, NOW))
                .then(new TaskClosed(TASK, GRID.value(), "patrol", WANG, true, LI, GRID.value(), true, NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.CLOSED);
        assertThat(task.isOpen()).isFalse();
    }

    @Test
    void closing_says_who_did_the_work_and_whether_it_was_done_before_the_deadline() {
        Instant late = DUE.plusSeconds(1);
        given(CREATED, ASSIGNED, ACCEPTED, STARTED, new TaskCompleted(TASK, GRID.value(), WANG, "已巡查", "", List.of(), late))
                .when(t -> t.close(LI, late.plusSeconds(60)))
                .then(new TaskClosed(TASK, GRID.value(), "patrol", WANG, false, LI, GRID.value(), true, late.plusSeconds(60)));
        given(CREATED, ASSIGNED, ACCEPTED, STARTED, new TaskCompleted(TASK, GRID.value(), WANG, "已巡查", "", List.of(), DUE))
                .when(t -> t.close(LI, late))
                .then(new TaskClosed(TASK, GRID.value(), "patrol", WANG, true, LI, GRID.value(), true, late));
    }

    @Test
    void only_completed_work_is_closed() {
        given(inProgress()).when(t -> t.close(LI, NOW)).thenRejected(Rule.WRONG_STATUS, "status");
    }

    @Test
    void a_closed_task_takes_no_further_command() {
        given(closed()).when(t -> t.cancel(LI, "重复", NOW)).thenRejected(Rule.TASK_CLOSED, "status");
        given(closed()).when(t -> t.returnForRework(LI, "重做", NOW)).thenRejected(Rule.TASK_CLOSED, "status");
        given(closed()).when(t -> t.handOver(WANG, ZHAO, "", NOW)).thenRejected(Rule.TASK_CLOSED, "status");
        given(closed()).when(t -> t.close(LI, NOW)).thenRejected(Rule.TASK_CLOSED, "status");
    }

    @Test
    void cancelling_needs_a_reason_and_ends_the_task() {
        given(CREATED).when(t -> t.cancel(LI, " ", NOW)).thenRejected(Rule.REASON_REQUIRED, "reason");
        Task task = given(inProgress()).when(t -> t.cancel(LI, "上级撤回", NOW))
                .then(new TaskCancelled(TASK, GRID.value(), LI, "上级撤回", NOW)).after();
        assertThat(task.status()).isEqualTo(TaskStatus.CANCELLED);
        assertThat(task.isOpen()).isFalse();
    }

    @Test
    void a_cancelled_task_takes_no_further_command() {
        TaskCancelled cancelled = new TaskCancelled(TASK, GRID.value(), LI, "上级撤回", NOW);
        given(CREATED, ASSIGNED, cancelled).when(t -> t.accept(WANG, NOW)).thenRejected(Rule.TASK_CANCELLED, "status");
        given(CREATED, cancelled).when(t -> t.cancel(LI, "再撤", NOW)).thenRejected(Rule.TASK_CANCELLED, "status");
    }

    @Test
    void only_the_owner_hands_a_task_over_and_only_to_someone_else() {
        given(CREATED, ASSIGNED).when(t -> t.handOver(LI, ZHAO, "", NOW)).thenRejected(Rule.NOT_THE_OWNER, "from");
        given(CREATED, ASSIGNED).when(t -> t.handOver(WANG, WANG_RENAMED, "", NOW)).thenRejected(Rule.SAME_OWNER, "to");
    }

    @Test
    void a_handed_over_task_keeps_its_status_and_the_new_owner_carries_on() {
        Task task = given(inProgress()).when(t -> t.handOver(WANG, ZHAO, " 涉及社区物业，转社区 ", NOW))
                .then(new TaskHandedOver(TASK, GRID.value(), WANG, ZHAO, "涉及社区物业，转社区", NOW)).after();
        assertThat(task.owner()).isEqualTo(ZHAO);
        assertThat(task.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(task.complete(ZHAO, "已协调物业处理", null, null, NOW)).isInstanceOf(TaskCompleted.class);
        given(plus(inProgress(), task.handOver(ZHAO, LI, "", NOW)))
                .when(t -> t.complete(ZHAO, "done", null, null, NOW)).thenRejected(Rule.NOT_THE_OWNER, "by");
    }

    @Test
    void unassigned_or_completed_tasks_are_not_handed_over() {
        given(CREATED).when(t -> t.handOver(WANG, ZHAO, "", NOW)).thenRejected(Rule.WRONG_STATUS, "status");
        given(completed()).when(t -> t.handOver(WANG, ZHAO, "", NOW)).thenRejected(Rule.WRONG_STATUS, "status");
    }

    @Test
    void a_replayed_task_counts_its_events_as_its_version() {
        Task task = Task.replay(List.of(closed()));
        assertThat(task.version()).isEqualTo(6);
        assertThat(task.originCode()).isEqualTo(GRID);
        assertThat(Task.NONE.exists()).isFalse();
        assertThat(Task.NONE.isOpen()).isFalse();
    }
}
