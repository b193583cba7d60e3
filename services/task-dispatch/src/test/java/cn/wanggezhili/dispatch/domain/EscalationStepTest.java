package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ASSIGNED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.COMMUNITY;
import static cn.wanggezhili.dispatch.domain.TaskFixture.COUNTY;
import static cn.wanggezhili.dispatch.domain.TaskFixture.CREATED;
import static cn.wanggezhili.dispatch.domain.TaskFixture.DUE;
import static cn.wanggezhili.dispatch.domain.TaskFixture.GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.LI;
import static cn.wanggezhili.dispatch.domain.TaskFixture.STREET;
import static cn.wanggezhili.dispatch.domain.TaskFixture.ZHAO;
import static cn.wanggezhili.dispatch.domain.TaskFixture.completed;
import static cn.wanggezhili.dispatch.domain.TaskFixture.createdOn;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import cn.wanggezhili.dispatch.domain.TaskEvent.TaskCancelled;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import org.junit.jupiter.api.Test;

/** Where overdue work goes: the nearest level above with someone to take it, skipping levels with nobody. */
class EscalationStepTest {

    static final Instant LATE = DUE.plusSeconds(60);

    /** Takers by level, as the posts say; remembers which levels were asked. */
    record Posts(Map<GridCode, StaffRef> takers, List<GridCode> asked) implements EscalationTakers {
        Posts(Map<GridCode, StaffRef> takers) {
            this(takers, new ArrayList<>());
        }

        @Override
        public Optional<StaffRef> at(GridCode level) {
            asked.add(level);
            return Optional.ofNullable(takers.get(level));
        }
    }

    @Test
    void an_overdue_task_goes_to_the_taker_on_the_level_just_above() {
        // given a task on a grid, overdue, with a taker on its community
        Task task = Task.replay(List.of(CREATED, ASSIGNED));
        // when it is due to move, then it goes to the community's taker
        assertThat(Escalation.nextStep(task, LATE, new Posts(Map.of(COMMUNITY, ZHAO, STREET, LI))))
                .contains(new Escalation.Step(COMMUNITY, ZHAO));
    }

    @Test
    void levels_with_nobody_to_take_the_task_are_skipped() {
        Task task = Task.replay(List.of(CREATED, ASSIGNED));
        Posts posts = new Posts(Map.of(STREET, LI));
        assertThat(Escalation.nextStep(task, LATE, posts)).contains(new Escalation.Step(STREET, LI));
        assertThat(posts.asked()).containsExactly(COMMUNITY, STREET);
    }

    @Test
    void with_nobody_up_to_the_county_the_task_goes_to_the_level_just_above_without_an_owner() {
        Task task = Task.replay(List.of(CREATED, ASSIGNED));
        Posts posts = new Posts(Map.of());
        assertThat(Escalation.nextStep(task, LATE, posts)).contains(new Escalation.Step(COMMUNITY, null));
        assertThat(posts.asked()).as("nobody above the county is asked").containsExactly(COMMUNITY, STREET, COUNTY);
    }

    @Test
    void a_task_not_overdue_reported_done_final_or_at_the_county_does_not_move() {
        Posts posts = new Posts(Map.of(COMMUNITY, ZHAO, STREET, LI, COUNTY, LI));
        assertThat(Escalation.nextStep(Task.replay(List.of(CREATED, ASSIGNED)), DUE, posts)).isEmpty();
        assertThat(Escalation.nextStep(Task.replay(List.of(completed())), LATE, posts)).isEmpty();
        assertThat(Escalation.nextStep(Task.replay(List.of(CREATED, new TaskCancelled(TaskFixture.TASK, GRID.value(), LI,
                "撤回", DUE))), LATE, posts)).isEmpty();
        assertThat(Escalation.nextStep(Task.replay(List.of(createdOn(COUNTY))), LATE, posts)).isEmpty();
        assertThat(posts.asked()).isEmpty();
    }
}
