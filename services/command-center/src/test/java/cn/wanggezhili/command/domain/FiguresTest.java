package cn.wanggezhili.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import cn.wanggezhili.gridcode.GridCode;
import org.junit.jupiter.api.Test;

/** The shares the operations centre watches, computed as the article reports them. */
class FiguresTest {

    @Test
    void the_studio_s_success_rate_is_agreements_among_concluded_cases_against_its_target() {
        CaseFigures studio = new CaseFigures(310, 300, 246, 200, 12.5, 0.8);
        assertThat(studio.successRate()).isEqualTo(0.82);
        assertThat(studio.meetsTarget()).isTrue();
        assertThat(new CaseFigures(10, 10, 7, 7, 3.0, 0.8).meetsTarget()).isFalse();
        assertThat(new CaseFigures(3, 0, 0, 0, null, 0.8).successRate()).as("nothing concluded yet").isNull();
        assertThat(new CaseFigures(3, 0, 0, 0, null, 0.8).meetsTarget()).isNull();
        assertThat(studio.settledInGridShare()).isEqualTo(0.813);
    }

    @Test
    void small_matters_stay_in_the_grid_is_the_share_of_closed_work_closed_where_it_arose() {
        TaskFigures month = new TaskFigures(120, 14, 3, 90, 81, Map.of(3, 7L));
        assertThat(month.closedAtOriginShare()).isEqualTo(0.9);
        assertThat(new TaskFigures(5, 5, 0, 0, 0, Map.of()).closedAtOriginShare()).isNull();
    }

    @Test
    void levels_are_told_by_the_depth_of_their_codes_and_named_as_the_registry_names_them() {
        GridLevels five = GridLevels.FIVE_LEVELS;
        assertThat(five.of(new GridCode("141081000000")).orElseThrow().key()).isEqualTo("COUNTY");
        assertThat(five.of(new GridCode("141081001000")).orElseThrow().key()).isEqualTo("TOWNSHIP");
        assertThat(five.of(new GridCode("141081001001")).orElseThrow().nameZh()).isEqualTo("村(社区)");
        assertThat(five.of(new GridCode("141081001001001")).orElseThrow().key()).isEqualTo("GRID");
        assertThat(five.of(new GridCode("141081001001001001")).orElseThrow().key()).isEqualTo("MICRO_GRID");
        assertThat(five.ofDepth(8)).as("below the lowest of five").isEmpty();

        GridLevels seven = GridLevels.of(List.of("county:县(市)", "township:乡镇(街道)", "village:村(社区)·一级网格", "grid-2:二级网格",
                "grid-3:三级网格", "grid-4:四级网格", "micro-grid:五级网格(微网格)"));
        assertThat(seven.of(new GridCode("141081001001001001")).orElseThrow().nameZh()).isEqualTo("三级网格");
        GridLevels.Level sixth = seven.ofDepth(8).orElseThrow();
        assertThat(sixth.number()).isEqualTo(6);
        assertThat(sixth.key()).isEqualTo("GRID_4");
        assertThat(seven.ofDepth(9).orElseThrow().key()).isEqualTo("MICRO_GRID");
        assertThat(seven.named(Map.of(6, "四级网格·单元")).byNumber(6).orElseThrow().nameZh())
                .as("the name a registry event announced").isEqualTo("四级网格·单元");
    }
}
