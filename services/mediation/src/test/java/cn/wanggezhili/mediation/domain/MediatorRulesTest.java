package cn.wanggezhili.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.mediation.domain.CaseFixture.ACCEPTED;
import static cn.wanggezhili.mediation.domain.CaseFixture.CASE;
import static cn.wanggezhili.mediation.domain.CaseFixture.CHIEF;
import static cn.wanggezhili.mediation.domain.CaseFixture.COMMUNITY;
import static cn.wanggezhili.mediation.domain.CaseFixture.GRID;
import static cn.wanggezhili.mediation.domain.CaseFixture.JUDGE;
import static cn.wanggezhili.mediation.domain.CaseFixture.POLICE;
import static cn.wanggezhili.mediation.domain.CaseFixture.REGISTERED;
import static cn.wanggezhili.mediation.domain.CaseFixture.T;
import static cn.wanggezhili.mediation.domain.CaseFixture.followedUp;
import static cn.wanggezhili.mediation.domain.CaseFixture.given;
import static cn.wanggezhili.mediation.domain.CaseFixture.plus;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.kernel.StaffRef;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseClosed;
import cn.wanggezhili.mediation.domain.CaseEvent.MediatorAssigned;
import cn.wanggezhili.mediation.domain.MediatorEvent.MediatorEnrolled;
import org.junit.jupiter.api.Test;

/**
 * Who may mediate the leaking-pipe case on 秦村北社区's first grid, and who may join the pool: rules the domain decides
 * with what the roster knows (given the roster / when the command / then the event or the refused value).
 */
class MediatorRulesTest {

    static final Instant LATER = T.plusSeconds(3_000_000);

    static final StaffRef WORKER = new StaffRef(new UUID(1, 4), "grid-worker", "陈小军");
    static final StaffRef NEIGHBOUR_TOWN = new StaffRef(new UUID(1, 5), "other-grid-worker", "杨丽娟");
    static final StaffRef MICRO_GRID = new StaffRef(new UUID(1, 6), null, "阳光小区楼长");

    /** The judge serves the whole community, the worker the case's own grid; the others serve elsewhere or below. */
    static final Map<UUID, Mediators.Serving> SERVING = Map.of(
            JUDGE.staffId(), new Mediators.Serving(JUDGE, COMMUNITY),
            WORKER.staffId(), new Mediators.Serving(WORKER, GRID),
            NEIGHBOUR_TOWN.staffId(), new Mediators.Serving(NEIGHBOUR_TOWN, new GridCode("141081100201001")),
            MICRO_GRID.staffId(), new Mediators.Serving(MICRO_GRID, new GridCode("141081001001001001")));
    static final Mediators ROSTER = staffId -> Optional.ofNullable(SERVING.get(staffId));

    @Test
    void a_mediator_serving_the_case_s_unit_or_a_unit_above_it_is_assigned() {
        given(REGISTERED, ACCEPTED).when(c -> MediatorAssignment.assign(c, JUDGE.staffId(), false, ROSTER, CHIEF, LATER))
                .then(new MediatorAssigned(CASE, GRID.value(), JUDGE, true, CHIEF, LATER));
        given(REGISTERED, ACCEPTED).when(c -> MediatorAssignment.assign(c, WORKER.staffId(), false, ROSTER, CHIEF, LATER))
                .then(new MediatorAssigned(CASE, GRID.value(), WORKER, true, CHIEF, LATER));
    }

    @Test
    void someone_serving_elsewhere_or_below_the_case_s_unit_or_nobody_is_no_mediator_of_the_case() {
        for (UUID staffId : List.of(NEIGHBOUR_TOWN.staffId(), MICRO_GRID.staffId(), POLICE.staffId(), new UUID(9, 9))) {
            given(REGISTERED, ACCEPTED).when(c -> MediatorAssignment.assign(c, staffId, false, ROSTER, CHIEF, LATER))
                    .thenInvalid("staffId");
        }
    }

    @Test
    void the_id_is_refused_before_the_case_s_own_rules() {
        CaseClosed closed = given(followedUp()).mediationCase().close(CHIEF, T.plusSeconds(2_100_000));
        given(plus(followedUp(), closed)).when(c -> MediatorAssignment.assign(c, new UUID(9, 9), false, ROSTER, CHIEF, LATER))
                .thenInvalid("staffId");
        given(plus(followedUp(), closed)).when(c -> MediatorAssignment.assign(c, JUDGE.staffId(), false, ROSTER, CHIEF, LATER))
                .thenRejected(CaseRuleViolation.Rule.CASE_CLOSED, "status");
    }

    @Test
    void a_pool_mediator_is_enrolled_with_a_login_nobody_else_holds() {
        UUID staffId = new UUID(4, 1);
        Logins taken = Set.of("grid-chief", "mediator")::contains;

        MediatorEnrolled enrolled = PoolMediator.enrol(staffId, COMMUNITY, " 王建国 ", "wang.jianguo", " 退休法官 ", " ", taken, T);

        assertThat(enrolled).isEqualTo(new MediatorEnrolled(staffId, COMMUNITY.value(), "王建国", "wang.jianguo", "退休法官", null, T));
        assertThat(PoolMediator.replay(List.of(enrolled))).isEqualTo(new PoolMediator(staffId, COMMUNITY, 1));
        assertThat(PoolMediator.enrol(staffId, COMMUNITY, "李卫东", null, "退休民警", "爱家调解工作室", taken, T).studio())
                .isEqualTo("爱家调解工作室");
        assertThatThrownBy(() -> PoolMediator.enrol(staffId, COMMUNITY, "王建国", "mediator", "退休法官", null, taken, T))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("username"));
    }
}
