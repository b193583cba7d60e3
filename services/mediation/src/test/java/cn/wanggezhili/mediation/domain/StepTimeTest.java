package cn.wanggezhili.mediation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import cn.wanggezhili.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

/** A step entered from a paper ledger (台账补录) keeps its date, but no step is recorded before it happens. */
class StepTimeTest {

    static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    @Test
    void a_step_without_a_date_happens_now_and_a_ledger_s_step_keeps_its_date() {
        assertThat(StepTime.of(null, NOW)).isEqualTo(NOW);
        Instant lastMonth = NOW.minus(Duration.ofDays(30));
        assertThat(StepTime.of(lastMonth, NOW)).isEqualTo(lastMonth);
    }

    @Test
    void a_minute_of_clock_skew_is_allowed_but_no_step_is_recorded_in_the_future() {
        assertThat(StepTime.of(NOW.plusSeconds(60), NOW)).isEqualTo(NOW.plusSeconds(60));
        assertThatThrownBy(() -> StepTime.of(NOW.plusSeconds(61), NOW))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("occurredAt"));
    }
}
