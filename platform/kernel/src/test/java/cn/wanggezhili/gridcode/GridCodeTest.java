package cn.wanggezhili.gridcode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GridCodeTest {

    static final GridCode HOUMA = new GridCode("141081000000");
    static final GridCode LUXI_STREET = new GridCode("141081001000");
    static final GridCode QINCUN_NORTH = new GridCode("141081001001");
    static final GridCode GRID = new GridCode("141081001001001");
    static final GridCode MICRO_GRID = new GridCode("141081001001001001");

    @Test
    void each_level_extends_the_prefix_of_the_one_above() {
        assertThat(HOUMA.subtreePrefix()).isEqualTo("141081");
        assertThat(LUXI_STREET.subtreePrefix()).isEqualTo("141081001");
        assertThat(QINCUN_NORTH.subtreePrefix()).isEqualTo("141081001001");
        assertThat(MICRO_GRID.subtreePrefix()).isEqualTo("141081001001001001");
    }

    @Test
    void a_unit_contains_itself_and_everything_below_but_not_a_neighbouring_township() {
        assertThat(HOUMA.contains(MICRO_GRID)).isTrue();
        assertThat(LUXI_STREET.contains(LUXI_STREET)).isTrue();
        assertThat(LUXI_STREET.contains(GRID)).isTrue();
        assertThat(LUXI_STREET.contains(new GridCode("141081100201"))).isFalse();
        assertThat(GRID.contains(QINCUN_NORTH)).isFalse();
        // 141081001 is not a prefix trap for 1410810010xx: township 010 is a different unit
        assertThat(LUXI_STREET.contains(new GridCode("141081010001"))).isFalse();
    }

    @Test
    void parents_and_children_walk_the_levels() {
        assertThat(MICRO_GRID.parent()).contains(GRID);
        assertThat(GRID.parent()).contains(QINCUN_NORTH);
        assertThat(QINCUN_NORTH.parent()).contains(LUXI_STREET);
        assertThat(LUXI_STREET.parent()).contains(HOUMA);
        assertThat(HOUMA.child(1)).isEqualTo(LUXI_STREET);
        assertThat(LUXI_STREET.child(1)).isEqualTo(QINCUN_NORTH);
        assertThat(GRID.child(72)).isEqualTo(new GridCode("141081001001001072"));
        assertThat(GRID.child(72).segment()).isEqualTo(72);
        assertThat(LUXI_STREET.segment()).isEqualTo(1);
    }

    @Test
    void a_code_s_chain_runs_from_itself_up_to_the_province() {
        assertThat(GRID.withAncestors()).extracting(GridCode::value)
                .containsExactly("141081001001001", "141081001001", "141081001000", "141081000000", "141000000000", "140000000000");
    }

    @Test
    void depth_counts_levels_from_the_province() {
        assertThat(HOUMA.depth()).isEqualTo(3);
        assertThat(LUXI_STREET.depth()).isEqualTo(4);
        assertThat(QINCUN_NORTH.depth()).isEqualTo(5);
        assertThat(GRID.depth()).isEqualTo(6);
        assertThat(MICRO_GRID.depth()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "14108100100", "1410810010010", "14108100100a", "001081001001",
            "141081000001", "141081001000001", "141081001001000", "141081001001001000"})
    void malformed_codes_are_refused(String text) {
        assertThat(GridCode.isWellFormed(text)).isFalse();
        assertThatThrownBy(() -> new GridCode(text)).isInstanceOf(InvalidGridCode.class);
    }
}
