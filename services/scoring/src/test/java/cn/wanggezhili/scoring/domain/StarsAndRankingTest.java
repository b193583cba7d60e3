package cn.wanggezhili.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.scoring.domain.ScoringFixture.T;

import java.util.List;
import cn.wanggezhili.scoring.domain.HouseholdStars.Standing;
import cn.wanggezhili.scoring.domain.StarEvent.StarAwarded;
import cn.wanggezhili.scoring.domain.StarEvent.StarRevoked;
import org.junit.jupiter.api.Test;

class StarsAndRankingTest {

    static final String HOUSEHOLD = "h-1";
    static final String CODE = "141081001001001001";

    static Standing patriotism(int score) {
        return new Standing("patriotism", "爱党爱国星", 6, score);
    }

    @Test
    void a_household_earns_a_star_when_its_score_meets_the_threshold_and_loses_it_when_it_falls_below() {
        HouseholdStars none = HouseholdStars.replay(List.of());
        assertThat(none.decide(HOUSEHOLD, CODE, List.of(patriotism(4)), T)).isEmpty();
        List<StarEvent> awarded = none.decide(HOUSEHOLD, CODE, List.of(patriotism(6)), T);
        assertThat(awarded).singleElement().isInstanceOf(StarAwarded.class);
        HouseholdStars holding = HouseholdStars.replay(awarded);
        assertThat(holding.decide(HOUSEHOLD, CODE, List.of(patriotism(8)), T)).as("still held: nothing new").isEmpty();
        List<StarEvent> revoked = holding.decide(HOUSEHOLD, CODE, List.of(patriotism(5)), T);
        assertThat(revoked).singleElement().isInstanceOf(StarRevoked.class);
        HouseholdStars lost = holding.evolve(revoked.get(0));
        assertThat(lost.decide(HOUSEHOLD, CODE, List.of(patriotism(7)), T)).as("re-earned (失星再培育)")
                .singleElement().isInstanceOf(StarAwarded.class);
    }

    @Test
    void ten_stars_make_a_ten_star_household() {
        HouseholdStars stars = HouseholdStars.replay(List.of());
        for (int i = 0; i < 10; i++) {
            stars = stars.evolve(new StarAwarded(HOUSEHOLD, CODE, "star-" + i, "星" + i, 6, 6, T));
        }
        assertThat(stars.tenStars()).isTrue();
    }

    @Test
    void equal_scores_share_a_rank_and_the_rank_sets_the_tier() {
        List<SubjectTotal> totals = new java.util.ArrayList<>();
        for (int i = 0; i < 10; i++) {
            totals.add(new SubjectTotal(SubjectType.GRID_WORKER, "w-" + i, null, "141081001001001", 100 + (i == 1 ? 9 : i)));
        }
        List<TierAssigned> ranked = Ranking.rank(totals, 2026, "141081001000", T);
        assertThat(ranked.subList(0, 2)).extracting(TierAssigned::subjectId).containsExactly("w-1", "w-9");
        assertThat(ranked.subList(0, 2)).as("w-1 ties with w-9").allSatisfy(t -> assertThat(t.rank()).isEqualTo(1));
        assertThat(ranked.get(2).rank()).isEqualTo(3);
        assertThat(ranked.get(0).tier()).isEqualTo(1);
        assertThat(ranked.get(9).rank()).isEqualTo(10);
        assertThat(ranked.get(9).tier()).isEqualTo(4);
        assertThat(ranked).allSatisfy(t -> assertThat(t.rankedAmong()).isEqualTo(10));
    }

    @Test
    void a_trigger_matches_its_event_type_and_every_condition() {
        java.util.Map<String, String> payload = java.util.Map.of("completedOnTime", "true", "completedBy.staffId", "s-1");
        assertThat(ScoringFixture.ON_TIME.matches("task-dispatch.TaskClosed.v1", payload::get)).isTrue();
        assertThat(ScoringFixture.ON_TIME.matches("task-dispatch.TaskCompleted.v1", payload::get)).isFalse();
        assertThat(ScoringFixture.ON_TIME.matches("task-dispatch.TaskClosed.v1", java.util.Map.of("completedOnTime", "false")::get)).isFalse();
        assertThat(ScoringFixture.ON_TIME.subjectNamePath()).isEqualTo("completedBy.name");
    }

    @Test
    void a_household_scheme_has_a_star_on_every_category_and_other_schemes_none() {
        assertThat(ScoringFixture.TEN_STARS.validated().maximumPoints()).isEqualTo(4);
        ScoringFixture.thenRejected(() -> new Scheme("x", 1, SubjectType.GRID_WORKER, "x", "141081000000", 0, Cadence.MONTHLY,
                ScoringFixture.TEN_STARS.categories()).validated(), ScoringRuleViolation.Rule.INVALID_STAR, "categories");
    }
}
