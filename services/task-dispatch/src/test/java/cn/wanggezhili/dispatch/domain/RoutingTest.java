package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.wanggezhili.dispatch.domain.TaskFixture.COMMUNITY;
import static cn.wanggezhili.dispatch.domain.TaskFixture.GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.LI;
import static cn.wanggezhili.dispatch.domain.TaskFixture.MICRO_GRID;
import static cn.wanggezhili.dispatch.domain.TaskFixture.WANG;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.kernel.StaffRef;
import org.junit.jupiter.api.Test;

/** Who owns a task: the chosen, the finder or the staff covering its unit; never someone off the unit. */
class RoutingTest {

    static final StaffRef CHEN = new StaffRef(new UUID(1, 4), "chen.jie", "陈杰");   // a grid worker elsewhere

    /** Wang works the grid (and its micro-grids), Li is chief of the community, Chen works another community. */
    static final StaffPosts POSTS = new StaffPosts() {
        final Map<StaffRef, GridCode> postOf = Map.of(WANG, GRID, LI, COMMUNITY, CHEN, new GridCode("141081001002"));

        @Override
        public Optional<StaffRef> byUsername(String username) {
            return postOf.keySet().stream().filter(s -> username.equals(s.username())).findFirst();
        }

        @Override
        public boolean covers(StaffRef staff, GridCode unit) {
            GridCode post = postOf.get(staff);
            return post != null && (post.equals(unit) || post.contains(unit));
        }

        @Override
        public Optional<StaffRef> handlerFor(GridCode unit) {
            return covers(WANG, unit) ? Optional.of(WANG) : covers(LI, unit) ? Optional.of(LI) : Optional.empty();
        }
    };

    @Test
    void a_dispatcher_s_chosen_owner_takes_the_task_when_they_cover_its_unit() {
        assertThat(Routing.firstOwner(MICRO_GRID, TaskSource.DISPATCH, LI, "li.qiang", POSTS)).contains(LI);
        assertRefused(() -> Routing.firstOwner(MICRO_GRID, TaskSource.DISPATCH, LI, "chen.jie", POSTS), "assigneeUsername");
        assertRefused(() -> Routing.firstOwner(MICRO_GRID, TaskSource.DISPATCH, LI, "nobody", POSTS), "assigneeUsername");
    }

    @Test
    void only_a_dispatch_chooses_its_owner() {
        // a resident's or a field report naming an assignee is routed as any other
        assertThat(Routing.firstOwner(MICRO_GRID, TaskSource.RESIDENT_REPORT, null, "chen.jie", POSTS)).contains(WANG);
    }

    @Test
    void the_grid_worker_who_found_it_on_their_patch_owns_it() {
        assertThat(Routing.firstOwner(MICRO_GRID, TaskSource.FIELD_REPORT, WANG, null, POSTS)).contains(WANG);
        // found off their patch: the staff covering the unit take it
        assertThat(Routing.firstOwner(MICRO_GRID, TaskSource.FIELD_REPORT, CHEN, null, POSTS)).contains(WANG);
    }

    @Test
    void otherwise_the_staff_covering_the_unit_take_it_or_nobody_yet() {
        assertThat(Routing.firstOwner(MICRO_GRID, TaskSource.PLAN, LI, null, POSTS)).contains(WANG);
        assertThat(Routing.firstOwner(new GridCode("141081001001002"), TaskSource.PLAN, LI, null, POSTS)).contains(LI);
        assertThat(Routing.firstOwner(new GridCode("141081002000"), TaskSource.PLAN, LI, null, POSTS)).isEmpty();
    }

    @Test
    void a_task_is_handed_over_to_staff_covering_its_unit_only() {
        assertThat(Routing.handoverTarget(GRID, "li.qiang", POSTS)).isEqualTo(LI);
        assertRefused(() -> Routing.handoverTarget(GRID, "chen.jie", POSTS), "toUsername");
    }

    private static void assertRefused(Runnable command, String field) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(InvalidInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.getMessage()).startsWith("no staff of that name covers ");
        });
    }
}
