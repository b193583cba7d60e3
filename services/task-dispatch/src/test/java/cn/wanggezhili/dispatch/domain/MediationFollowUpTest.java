package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ASSIGNED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.CREATED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.TASK;
import static cn.wanggezhili.dispatch.domain.TaskFixture.WANG;
import static cn.wanggezhili.dispatch.domain.TaskFixture.completed;
import static cn.wanggezhili.dispatch.domain.TaskMediationTest.CASE;
import static cn.wanggezhili.dispatch.domain.TaskMediationTest.NOW;
import static cn.wanggezhili.dispatch.domain.TaskMediationTest.REFERRED;

import java.util.List;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosedByMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReferredToMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReturnedFromMediation;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** A dispute task follows its mediation case: referred while it runs, closed or given back when it ends. */
class MediationFollowUpTest {

    static final TaskReferredToMediation REFERRED_NOW = new TaskReferredToMediation(TASK, GRID.value(), CASE, NOW);

    @Test
    void a_running_case_takes_the_task_into_mediation() {
        // given an assigned task, when mediation has opened a case from it, then the task is referred
        assertThat(follow(Task.replay(List.of(CREATED, ASSIGNED)), null)).containsExactly(REFERRED_NOW);
    }

    @Test
    void a_case_that_ended_closes_the_task_with_its_outcome_referring_it_first_if_need_be() {
        assertThat(follow(Task.replay(List.of(CREATED, ASSIGNED, REFERRED)), "AGREEMENT"))
                .containsExactly(new TaskClosedByMediation(TASK, GRID.value(), CASE, "AGREEMENT", true, NOW));
        // the case opened and ended before the task followed it: both steps at once
        assertThat(follow(Task.replay(List.of(CREATED, ASSIGNED)), "FAILED")).containsExactly(REFERRED_NOW,
                new TaskClosedByMediation(TASK, GRID.value(), CASE, "FAILED", true, NOW));
    }

    @Test
    void a_declined_case_gives_the_task_back_to_its_owner() {
        assertThat(follow(Task.replay(List.of(CREATED, ASSIGNED, REFERRED)), MediationFollowUp.DECLINED))
                .containsExactly(new TaskReturnedFromMediation(TASK, GRID.value(), CASE, WANG, NOW));
    }

    @Test
    void work_reported_done_does_not_follow_a_case() {
        assertThatThrownBy(() -> follow(Task.replay(List.of(completed())), "AGREEMENT"))
                .isInstanceOfSatisfying(TaskRuleViolation.class, e -> assertThat(e.rule()).isEqualTo(Rule.WRONG_STATUS));
    }

    private static List<TaskEvent> follow(Task task, String outcome) {
        return MediationFollowUp.follow(task, CASE, outcome, NOW);
    }
}
