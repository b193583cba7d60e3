package cn.wanggezhili.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitCreated;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitMoved;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitRenamed;
import cn.wanggezhili.registry.domain.GridUnitEvent.GridUnitRetired;
import cn.wanggezhili.registry.domain.GridUnitEvent.StaffAssigned;
import cn.wanggezhili.registry.domain.RegistryRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** Rules of grid units: given past events, when a command, then new events or a named rejection. */
class GridUnitTest {

    static final UnitId HOUMA = new UnitId(new UUID(0, 1));
    static final UnitId LUXI = new UnitId(new UUID(0, 2));
    static final UnitId QINCUN = new UnitId(new UUID(0, 3));
    static final UnitId NEW = new UnitId(new UUID(0, 99));
    static final Instant T = Instant.parse("2026-11-27T08:00:00Z");
    static final LevelScheme SCHEME = LevelScheme.FIVE_LEVELS;

    static final GridUnitCreated HOUMA_CREATED = new GridUnitCreated(HOUMA, "141081000000", "侯马市", 1, "县(市)", UnitKind.COUNTY, null, null);
    static final GridUnitCreated LUXI_CREATED = new GridUnitCreated(LUXI, "141081001000", "路西街道", 2, "乡镇(街道)",
            UnitKind.STREET, HOUMA, "141081000000");
    static final GridUnitCreated QINCUN_CREATED = new GridUnitCreated(QINCUN, "141081001001", "秦村北社区", 3, "村(社区)",
            UnitKind.COMMUNITY, LUXI, "141081001000");

    /** A code book that has issued exactly the given codes. */
    static CodeBook issued(String... codes) {
        Set<String> all = Set.of(codes);
        return new CodeBook() {
            @Override
            public boolean isIssued(GridCode code) {
                return all.contains(code.value());
            }

            @Override
            public OptionalInt highestSegment(GridCode parent, int first, int last) {
                return all.stream().map(GridCode::new)
                        .filter(c -> c.parent().map(parent::equals).orElse(false))
                        .mapToInt(GridCode::segment).filter(s -> s >= first && s <= last).max();
            }
        };
    }

    static Scenario given(GridUnitEvent... past) {
        return new Scenario(GridUnit.replay(List.of(past)));
    }

    record Scenario(GridUnit unit) {
        Outcome when(Function<GridUnit, GridUnitEvent> command) {
            try {
                return new Outcome(command.apply(unit), null);
            } catch (RegistryRuleViolation e) {
                return new Outcome(null, e);
            }
        }
    }

    record Outcome(GridUnitEvent event, RegistryRuleViolation rejection) {
        void then(GridUnitEvent expected) {
            assertThat(rejection).as("rejection").isNull();
            assertThat(event).isEqualTo(expected);
        }

        void thenRejected(Rule rule, String field) {
            assertThat(rejection).as("expected rejection " + rule).isNotNull();
            assertThat(rejection.rule()).isEqualTo(rule);
            assertThat(rejection.field()).isEqualTo(field);
        }
    }

    @Test
    void a_community_is_numbered_after_the_highest_community_ever_issued_under_its_street() {
        given(HOUMA_CREATED, LUXI_CREATED)
                .when(u -> u.createChild(NEW, "新建社区", UnitKind.COMMUNITY, null, SCHEME, issued("141081001001", "141081001002", "141081001201")))
                .then(new GridUnitCreated(NEW, "141081001003", "新建社区", 3, "村(社区)", UnitKind.COMMUNITY, LUXI, "141081001000"));
    }

    @Test
    void a_retired_code_is_not_handed_out_again() {
        // 141081001003 was issued and its unit retired or moved away: the next one is 004
        given(HOUMA_CREATED, LUXI_CREATED)
                .when(u -> u.createChild(NEW, "新建社区", UnitKind.COMMUNITY, null, SCHEME, issued("141081001003")))
                .then(new GridUnitCreated(NEW, "141081001004", "新建社区", 3, "村(社区)", UnitKind.COMMUNITY, LUXI, "141081001000"));
    }

    @Test
    void villages_take_segments_from_200_and_streets_from_the_township_ranges_of_gb_t_10114() {
        given(HOUMA_CREATED, LUXI_CREATED)
                .when(u -> u.createChild(NEW, "秦村", UnitKind.VILLAGE, null, SCHEME, issued()))
                .then(new GridUnitCreated(NEW, "141081001200", "秦村", 3, "村(社区)", UnitKind.VILLAGE, LUXI, "141081001000"));
        given(HOUMA_CREATED)
                .when(u -> u.createChild(NEW, "凤城镇", UnitKind.TOWN, null, SCHEME, issued()))
                .then(new GridUnitCreated(NEW, "141081100000", "凤城镇", 2, "乡镇(街道)", UnitKind.TOWN, HOUMA, "141081000000"));
    }

    @Test
    void an_official_code_outside_the_kind_s_range_is_refused() {
        given(HOUMA_CREATED, LUXI_CREATED)
                .when(u -> u.createChild(NEW, "秦村", UnitKind.VILLAGE, new GridCode("141081001005"), SCHEME, issued()))
                .thenRejected(Rule.SEGMENT_OUT_OF_RANGE, "code");
    }

    @Test
    void an_official_code_implies_the_kind_and_a_used_one_is_refused() {
        given(HOUMA_CREATED, LUXI_CREATED)
                .when(u -> u.createChild(NEW, "秦村", null, new GridCode("141081001201"), SCHEME, issued()))
                .then(new GridUnitCreated(NEW, "141081001201", "秦村", 3, "村(社区)", UnitKind.VILLAGE, LUXI, "141081001000"));
        given(HOUMA_CREATED, LUXI_CREATED)
                .when(u -> u.createChild(NEW, "秦村", null, new GridCode("141081001201"), SCHEME, issued("141081001201")))
                .thenRejected(Rule.CODE_ALREADY_ISSUED, "code");
    }

    @Test
    void the_lowest_level_has_no_children() {
        UnitId micro = new UnitId(new UUID(0, 5));
        given(new GridUnitCreated(micro, "141081001001001001", "1号楼", 5, "微网格", UnitKind.GRID_UNIT, new UnitId(new UUID(0, 4)),
                "141081001001001"))
                .when(u -> u.createChild(NEW, "单元", null, null, SCHEME, issued()))
                .thenRejected(Rule.BELOW_LOWEST_LEVEL, "parentCode");
    }

    @Test
    void a_retired_unit_takes_no_children_renames_or_posts() {
        GridUnitRetired retired = new GridUnitRetired(QINCUN, "141081001001", "撤并");
        given(QINCUN_CREATED, retired).when(u -> u.rename("新名")).thenRejected(Rule.UNIT_RETIRED, "code");
        given(QINCUN_CREATED, retired)
                .when(u -> u.createChild(NEW, "第一网格", null, null, SCHEME, issued()))
                .thenRejected(Rule.PARENT_RETIRED, "parentCode");
    }

    @Test
    void a_rename_records_old_and_new_names_and_refuses_blank_or_same() {
        given(QINCUN_CREATED).when(u -> u.rename(" 秦村北社区居委会 "))
                .then(new GridUnitRenamed(QINCUN, "141081001001", "秦村北社区", "秦村北社区居委会"));
        given(QINCUN_CREATED).when(u -> u.rename("  ")).thenRejected(Rule.NAME_REQUIRED, "name");
        given(QINCUN_CREATED).when(u -> u.rename("秦村北社区")).thenRejected(Rule.SAME_NAME, "name");
    }

    @Test
    void a_unit_moves_only_under_a_unit_of_the_level_above_and_not_into_its_own_subtree() {
        GridUnit otherStreet = GridUnit.replay(List.of(new GridUnitCreated(new UnitId(new UUID(0, 7)), "141081002000", "路东街道", 2,
                "乡镇(街道)", UnitKind.STREET, HOUMA, "141081000000")));
        given(QINCUN_CREATED).when(u -> u.moveUnder(otherStreet, new GridCode("141081002001")))
                .then(new GridUnitMoved(QINCUN, "141081002001", "141081001001", otherStreet.id(), "141081002000"));
        GridUnit county = GridUnit.replay(List.of(HOUMA_CREATED));
        given(QINCUN_CREATED).when(u -> u.moveUnder(county, new GridCode("141081003000")))
                .thenRejected(Rule.NOT_ONE_LEVEL_BELOW, "newParentCode");
        GridUnit sameStreet = GridUnit.replay(List.of(LUXI_CREATED));
        given(QINCUN_CREATED).when(u -> u.moveUnder(sameStreet, new GridCode("141081001009")))
                .thenRejected(Rule.SAME_PARENT, "newParentCode");
    }

    @Test
    void a_unit_with_children_or_households_cannot_retire() {
        given(QINCUN_CREATED).when(u -> u.retire("撤并", true, false)).thenRejected(Rule.UNIT_NOT_EMPTY, "code");
        given(QINCUN_CREATED).when(u -> u.retire("撤并", false, true)).thenRejected(Rule.UNIT_NOT_EMPTY, "code");
        given(QINCUN_CREATED).when(u -> u.retire("撤并", false, false)).then(new GridUnitRetired(QINCUN, "141081001001", "撤并"));
    }

    @Test
    void a_person_holds_a_post_once_and_keeps_a_history_of_posts() {
        StaffId zhang = new StaffId(new UUID(1, 1));
        AssignmentId first = new AssignmentId(new UUID(2, 1));
        StaffAssigned assigned = new StaffAssigned(QINCUN, "141081001001", first, zhang, "张伟", "grid-chief", StaffRole.GRID_CHIEF, T);
        given(QINCUN_CREATED).when(u -> u.assign(first, zhang, "张伟", "grid-chief", StaffRole.GRID_CHIEF, T)).then(assigned);
        given(QINCUN_CREATED, assigned)
                .when(u -> u.assign(new AssignmentId(new UUID(2, 2)), zhang, "张伟", "grid-chief", StaffRole.GRID_CHIEF, T))
                .thenRejected(Rule.ALREADY_ASSIGNED, "staffId");
        given(QINCUN_CREATED, assigned).when(u -> u.unassign(first, T.plusSeconds(60)))
                .then(new GridUnitEvent.StaffUnassigned(QINCUN, "141081001001", first, zhang, StaffRole.GRID_CHIEF, T.plusSeconds(60)));
        given(QINCUN_CREATED, assigned, new GridUnitEvent.StaffUnassigned(QINCUN, "141081001001", first, zhang, StaffRole.GRID_CHIEF, T))
                .when(u -> u.unassign(first, T)).thenRejected(Rule.ASSIGNMENT_NOT_ACTIVE, "assignmentId");
    }
}
