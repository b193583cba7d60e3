package org.gridsuite.command.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.gridsuite.gridcode.GridCode;
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
        TaskFigures month = new TaskFigures(120, 14, 3, 90, 81, Map.of(GridLevel.VILLAGE, 7L));
        assertThat(month.closedAtOriginShare()).isEqualTo(0.9);
        assertThat(new TaskFigures(5, 5, 0, 0, 0, Map.of()).closedAtOriginShare()).isNull();
    }

    @Test
    void levels_are_named_by_the_depth_of_their_codes() {
        assertThat(GridLevel.of(new GridCode("141081000000"))).contains(GridLevel.COUNTY);
        assertThat(GridLevel.of(new GridCode("141081001000"))).contains(GridLevel.TOWNSHIP);
        assertThat(GridLevel.of(new GridCode("141081001001"))).contains(GridLevel.VILLAGE);
        assertThat(GridLevel.of(new GridCode("141081001001001"))).contains(GridLevel.GRID);
        assertThat(GridLevel.of(new GridCode("141081001001001001"))).contains(GridLevel.MICRO_GRID);
        assertThat(GridLevel.VILLAGE.nameZh()).isEqualTo("村（社区）");
    }
}
