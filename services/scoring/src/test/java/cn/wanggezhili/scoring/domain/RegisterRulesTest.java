package cn.wanggezhili.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static cn.wanggezhili.scoring.domain.ScoringFixture.GRID;
import static cn.wanggezhili.scoring.domain.ScoringFixture.GRID_WORKERS;
import static cn.wanggezhili.scoring.domain.ScoringFixture.T;
import static cn.wanggezhili.scoring.domain.ScoringFixture.thenRejected;

import java.util.List;
import java.util.UUID;
import cn.wanggezhili.kernel.InvalidInput;
import cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/** Publishing schemes, entering subjects in scoring's own register, and the periods requests name. */
class RegisterRulesTest {

    static final Actor ADMIN = new Actor("township-admin", "刘主任");
    static final UUID CADRE = new UUID(8, 1);

    @Test
    void a_scheme_is_published_as_version_1_and_publishing_its_code_again_makes_the_next_version() {
        Scheme draft = GRID_WORKERS.withVersion(0);

        SchemePublished first = draft.publish(List.of(), ADMIN, T);
        SchemePublished second = draft.publish(List.of(first), ADMIN, T);

        assertThat(first.scheme().version()).isEqualTo(1);
        assertThat(first.code()).isEqualTo(draft.unitCode());
        assertThat(first.publishedBy()).isEqualTo(ADMIN);
        assertThat(second.scheme().version()).isEqualTo(2);
        assertThat(SchemePublished.streamId(first.scheme().code())).isEqualTo(SchemePublished.streamId(second.scheme().code()));
    }

    @Test
    void a_scheme_with_nothing_to_score_is_not_published() {
        Scheme empty = new Scheme("empty", 0, SubjectType.GRID_WORKER, "空方案", "141081000000", 0, Cadence.MONTHLY, List.of());
        thenRejected(() -> empty.publish(List.of(), ADMIN, T), Rule.SCHEME_EMPTY, "categories");
    }

    @Test
    void party_organisations_members_and_cadres_are_registered_here_grid_workers_and_households_never() {
        SubjectRegistered cadre = Subject.register(CADRE, SubjectType.VILLAGE_CADRE, "张村主任", GRID, "cadre", ADMIN, T);
        assertThat(cadre.subjectId()).isEqualTo(CADRE);
        assertThat(cadre.code()).isEqualTo(GRID);
        assertThat(cadre.registeredBy()).isEqualTo(ADMIN);

        for (SubjectType fromRegistry : List.of(SubjectType.GRID_WORKER, SubjectType.HOUSEHOLD)) {
            assertThatThrownBy(() -> Subject.register(CADRE, fromRegistry, "某某", GRID, null, ADMIN, T))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("subjectType"));
        }
    }

    @Test
    void a_period_is_a_month_a_quarter_or_a_year_and_anything_else_is_the_requests_fault() {
        assertThat(Period.parse("2026-11", "period").months()).containsExactly("2026-11");
        assertThat(Period.parse("2026-Q4", "period").months()).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(Period.parse("2026", "period").months()).hasSize(12).startsWith("2026-01").endsWith("2026-12");
        assertThat(Period.of("2026-13")).isEmpty();
        assertThatThrownBy(() -> Period.parse(" ", "period"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("period"));
        assertThatThrownBy(() -> Period.parse("2026-X", "period"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("period"));
    }
}
