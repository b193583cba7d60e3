package cn.wanggezhili.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.wanggezhili.mediation.domain.CaseFixture.CHIEF;
import static cn.wanggezhili.mediation.domain.CaseFixture.COMMUNITY;
import static cn.wanggezhili.mediation.domain.CaseFixture.GRID;
import static cn.wanggezhili.mediation.domain.CaseFixture.T;
import static cn.wanggezhili.mediation.domain.CaseFixture.ZHANG;
import static cn.wanggezhili.mediation.domain.CaseFixture.ZHAO;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.mediation.domain.CaseEvent.CaseRegistered;
import org.junit.jupiter.api.Test;

/** Opening cases: two parties at the desk, a task's case by the task's id, levels from the unit, kinds from the words. */
class CaseRegistrationTest {

    static final CaseId ID = new CaseId(new UUID(3, 3));

    @Test
    void a_walk_in_needs_two_parties_and_takes_its_level_from_the_unit() {
        assertThatThrownBy(() -> Registration.walkIn(ID, GRID, DisputeType.FAMILY, "赡养纠纷", "", List.of(ZHANG), List.of(), CHIEF, T))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("parties"));
        CaseRegistered r = Registration.walkIn(ID, COMMUNITY, DisputeType.FAMILY, " 赡养纠纷 ", null, List.of(ZHANG, ZHAO), null, CHIEF, T);
        assertThat(r.level()).isEqualTo(Level.COMMUNITY);
        assertThat(r.title()).isEqualTo("赡养纠纷");
        assertThat(r.source()).isEqualTo(CaseSource.WALK_IN);
        assertThat(Level.of(GRID)).isEqualTo(Level.GRID);
    }

    @Test
    void a_referral_names_the_referring_body() {
        assertThatThrownBy(() -> Registration.referral(ID, GRID, DisputeType.LABOUR, " ", "欠薪", "", List.of(ZHANG, ZHAO), List.of(), CHIEF, T))
                .isInstanceOfSatisfying(CaseRuleViolation.class, e -> assertThat(e.field()).isEqualTo("referringBody"));
    }

    @Test
    void the_desk_opens_walk_ins_and_referrals_but_never_a_task_s_case() {
        CaseRegistered walkIn = Registration.atDesk(ID, GRID, null, DisputeType.FAMILY, null, "赡养纠纷", "", List.of(ZHANG, ZHAO),
                List.of(), CHIEF, T);
        assertThat(walkIn.source()).isEqualTo(CaseSource.WALK_IN);
        CaseRegistered referral = Registration.atDesk(ID, GRID, CaseSource.REFERRAL, DisputeType.LABOUR, " 侯马市劳动监察大队 ", "欠薪",
                "", List.of(ZHANG, ZHAO), List.of(), CHIEF, T);
        assertThat(referral.source()).isEqualTo(CaseSource.REFERRAL);
        assertThat(referral.referringBody()).isEqualTo("侯马市劳动监察大队");
        // a task's case has its id from the task: only task dispatch's event opens it
        assertThatThrownBy(() -> Registration.atDesk(ID, GRID, CaseSource.TASK, DisputeType.NEIGHBOUR, null, "邻里纠纷", "",
                List.of(ZHANG, ZHAO), List.of(), CHIEF, T))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("source"));
    }

    @Test
    void a_task_opens_the_same_case_id_every_time_and_may_start_without_parties() {
        UUID task = UUID.randomUUID();
        CaseRegistered first = Registration.fromTask(task, GRID, DisputeType.OTHER, "邻里纠纷", "", null, T);
        assertThat(first.caseId()).isEqualTo(CaseId.forTask(task)).isEqualTo(Registration.fromTask(task, GRID, null, "x", "", null, T).caseId());
        assertThat(first.sourceTaskId()).isEqualTo(task);
        assertThat(first.parties()).isEmpty();
    }

    @Test
    void only_incidents_and_residents_reports_marked_as_disputes_are_disputes() {
        assertThat(DisputeClassification.isDispute("incident", Map.of("incident-kind", "矛盾纠纷"))).isTrue();
        assertThat(DisputeClassification.isDispute("resident-report", Map.of("topic", "矛盾纠纷"))).isTrue();
        assertThat(DisputeClassification.isDispute("incident", Map.of("incident-kind", "秸秆焚烧"))).isFalse();
        assertThat(DisputeClassification.isDispute("patrol", Map.of("topic", "矛盾纠纷"))).isFalse();
        assertThat(DisputeClassification.typeOf(Map.of(), "拆迁补偿款分配不均", "")).isEqualTo(DisputeType.LAND_DEMOLITION);
        assertThat(DisputeClassification.typeOf(Map.of("dispute-type", "物业纠纷"), "x", "")).isEqualTo(DisputeType.PROPERTY_MANAGEMENT);
        assertThat(DisputeClassification.typeOf(Map.of(), "两户因噪音争吵", "")).isEqualTo(DisputeType.NEIGHBOUR);
        assertThat(DisputeClassification.typeOf(null, "说不清", null)).isEqualTo(DisputeType.OTHER);
    }
}
