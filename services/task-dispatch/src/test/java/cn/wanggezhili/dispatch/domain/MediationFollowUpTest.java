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
import java.util.UUID;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskClosedByMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReferredToMediation;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskReturnedFromMediation;
import cn.wanggezhili.dispatch.domain.TaskRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** A dispute task follows its mediation case: referred while it runs, closed or given back when it ends. */
class MediationFollowUpTest {

    static final UUID OTHER_CASE = new UUID(8, 8);
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

    @Test
    void what_is_still_to_do_about_a_case_is_nothing_once_followed_reported_done_final_or_sent_to_another_case() {
        Task assigned = Task.replay(List.of(CREATED, ASSIGNED));
        Task inMediation = Task.replay(List.of(CREATED, ASSIGNED, REFERRED));
        assertThat(MediationFollowUp.stillToDo(assigned, null, CASE, null, NOW)).containsExactly(REFERRED_NOW);
        assertThat(MediationFollowUp.stillToDo(inMediation, CASE, CASE, null, NOW)).as("waits for its case").isEmpty();
        assertThat(MediationFollowUp.stillToDo(inMediation, CASE, CASE, "AGREEMENT", NOW))
                .containsExactly(new TaskClosedByMediation(TASK, GRID.value(), CASE, "AGREEMENT", true, NOW));
        assertThat(MediationFollowUp.stillToDo(inMediation, CASE, OTHER_CASE, "AGREEMENT", NOW)).as("another case's end").isEmpty();

        Task givenBack = inMediation.evolve(inMediation.returnFromMediation(CASE, NOW));
        assertThat(MediationFollowUp.stillToDo(givenBack, CASE, CASE, MediationFollowUp.DECLINED, NOW)).as("followed").isEmpty();
        assertThat(MediationFollowUp.stillToDo(givenBack, CASE, OTHER_CASE, null, NOW)).as("referred once").isEmpty();
        assertThat(MediationFollowUp.stillToDo(Task.replay(List.of(completed())), null, CASE, "AGREEMENT", NOW)).isEmpty();
        assertThat(MediationFollowUp.stillToDo(Task.NONE, null, CASE, null, NOW)).isEmpty();
    }

    private static List<TaskEvent> follow(Task task, String outcome) {
        return MediationFollowUp.follow(task, CASE, outcome, NOW);
    }
}
