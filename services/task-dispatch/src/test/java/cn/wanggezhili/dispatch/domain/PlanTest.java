package cn.wanggezhili.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanCreated;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanRunDone;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanStopped;
import cn.wanggezhili.dispatch.domain.PlanEvent.PlanUnitRecoded;
import cn.wanggezhili.dispatch.domain.PlanRuleViolation.Rule;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.kernel.StaffRef;
import org.junit.jupiter.api.Test;

/** Work plans: every micro-grid patrolled daily, every unit visited each quarter; each period runs once. */
class PlanTest {

    static final PlanId PLAN = new PlanId(new UUID(0, 7));
    static final GridCode COMMUNITY = new GridCode("141081001001");   // 秦村北社区
    static final StaffRef LI = new StaffRef(new UUID(1, 2), "li.qiang", "李强");   // grid chief
    static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);
    static final TaskType PATROL = TaskType.byCode("patrol").orElseThrow();

    static final PlanCreated DAILY_PATROL = new PlanCreated(PLAN, COMMUNITY.value(), "patrol", "微网格每日巡查",
            Cadence.DAILY, FRIDAY, LI);
    static final PlanCreated WEEKLY_PATROL = new PlanCreated(PLAN, COMMUNITY.value(), "patrol", "微网格每周巡查",
            Cadence.WEEKLY, FRIDAY, LI);
    static final PlanRunDone RAN_ON_FRIDAY = new PlanRunDone(PLAN, COMMUNITY.value(), "2026-11-27", 82);
    static final PlanStopped STOPPED = new PlanStopped(PLAN, COMMUNITY.value(), LI);

    @Test
    void a_plan_is_set_on_a_unit_for_planned_work_with_a_title() {
        assertThat(Plan.create(PLAN, COMMUNITY, PATROL, " 微网格每日巡查 ", Cadence.DAILY, FRIDAY, LI)).isEqualTo(DAILY_PATROL);
        assertRejected(() -> Plan.create(PLAN, COMMUNITY, TaskType.byCode("incident").orElseThrow(), "事件", Cadence.DAILY, FRIDAY, LI),
                Rule.TYPE_NOT_PLANNABLE, "typeCode");
        assertRejected(() -> Plan.create(PLAN, COMMUNITY, PATROL, " ", Cadence.DAILY, FRIDAY, LI), Rule.PLAN_TITLE_REQUIRED, "titleZh");
    }

    @Test
    void a_run_records_the_period_and_the_tasks_it_created() {
        Plan plan = given(DAILY_PATROL).when(p -> p.run(FRIDAY, 82)).then(RAN_ON_FRIDAY).after();
        assertThat(plan.lastPeriodKey()).isEqualTo("2026-11-27");
        assertThat(plan.version()).isEqualTo(2);
    }

    @Test
    void a_run_for_a_period_happens_once() {
        given(DAILY_PATROL, RAN_ON_FRIDAY).when(p -> p.run(FRIDAY, 82)).thenRejected(Rule.PERIOD_ALREADY_RUN, "periodKey");
        assertThat(Plan.replay(List.of(DAILY_PATROL, RAN_ON_FRIDAY)).isDueOn(FRIDAY)).isFalse();
        given(DAILY_PATROL, RAN_ON_FRIDAY).when(p -> p.run(FRIDAY.plusDays(1), 82))
                .then(new PlanRunDone(PLAN, COMMUNITY.value(), "2026-11-28", 82));
    }

    @Test
    void a_weekly_plan_runs_once_from_monday_to_sunday() {
        PlanRunDone ranThisWeek = new PlanRunDone(PLAN, COMMUNITY.value(), "2026-W48", 82);
        given(WEEKLY_PATROL).when(p -> p.run(FRIDAY, 82)).then(ranThisWeek);
        given(WEEKLY_PATROL, ranThisWeek).when(p -> p.run(LocalDate.of(2026, 11, 29), 82)).thenRejected(Rule.PERIOD_ALREADY_RUN, "periodKey");
        given(WEEKLY_PATROL, ranThisWeek).when(p -> p.run(LocalDate.of(2026, 11, 30), 82))
                .then(new PlanRunDone(PLAN, COMMUNITY.value(), "2026-W49", 82));
    }

    @Test
    void an_earlier_period_never_runs_after_a_later_one() {
        PlanCreated startedLastWeek = new PlanCreated(PLAN, COMMUNITY.value(), "patrol", "微网格每日巡查", Cadence.DAILY,
                FRIDAY.minusWeeks(1), LI);
        given(startedLastWeek, RAN_ON_FRIDAY).when(p -> p.run(FRIDAY.minusDays(1), 82)).thenRejected(Rule.PERIOD_ALREADY_RUN, "periodKey");
    }

    @Test
    void a_stopped_plan_does_not_run() {
        given(DAILY_PATROL, STOPPED).when(p -> p.run(FRIDAY, 82)).thenRejected(Rule.PLAN_STOPPED, "status");
        assertThat(Plan.replay(List.of(DAILY_PATROL, STOPPED)).isDueOn(FRIDAY)).isFalse();
        given(DAILY_PATROL, STOPPED).when(p -> p.stop(LI)).thenRejected(Rule.PLAN_STOPPED, "status");
    }

    @Test
    void a_plan_does_not_run_before_it_starts() {
        given(DAILY_PATROL).when(p -> p.run(FRIDAY.minusDays(1), 82)).thenRejected(Rule.PLAN_NOT_STARTED, "startsOn");
        assertThat(Plan.replay(List.of(DAILY_PATROL)).isDueOn(FRIDAY.minusDays(1))).isFalse();
        assertThat(Plan.replay(List.of(DAILY_PATROL)).isDueOn(FRIDAY)).isTrue();
    }

    @Test
    void periods_are_named_by_day_iso_week_month_and_quarter() {
        assertThat(Cadence.DAILY.periodKey(FRIDAY)).isEqualTo("2026-11-27");
        assertThat(Cadence.WEEKLY.periodKey(FRIDAY)).isEqualTo("2026-W48");
        assertThat(Cadence.WEEKLY.periodKey(LocalDate.of(2027, 1, 1))).isEqualTo("2026-W53");
        assertThat(Cadence.MONTHLY.periodKey(FRIDAY)).isEqualTo("2026-11");
        assertThat(Cadence.QUARTERLY.periodKey(FRIDAY)).isEqualTo("2026-Q4");
    }

    @Test
    void the_next_period_starts_after_the_current_one_ends() {
        assertThat(Cadence.DAILY.nextPeriodStart(FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 28));
        assertThat(Cadence.WEEKLY.nextPeriodStart(FRIDAY)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(Cadence.MONTHLY.nextPeriodStart(FRIDAY)).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(Cadence.QUARTERLY.nextPeriodStart(FRIDAY)).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(Cadence.QUARTERLY.periodStart(FRIDAY)).isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void a_planned_task_is_due_when_its_period_ends_but_never_sooner_than_its_type_allows() {
        Instant now = Instant.parse("2026-10-01T00:10:00+08:00");
        Instant quarterEnd = Instant.parse("2027-01-01T00:00:00+08:00");
        assertThat(Plan.taskDeadline(Duration.ofDays(7), now, quarterEnd)).isEqualTo(Duration.between(now, quarterEnd));
        Instant lateInTheDay = Instant.parse("2026-11-27T23:00:00+08:00");
        assertThat(Plan.taskDeadline(Duration.ofDays(1), lateInTheDay, Instant.parse("2026-11-28T00:00:00+08:00")))
                .isEqualTo(Duration.ofDays(1));
    }

    @Test
    void planned_tasks_carry_the_period_in_their_title() {
        assertThat(Plan.replay(List.of(DAILY_PATROL)).taskTitle("2026-11-27")).isEqualTo("微网格每日巡查（2026-11-27）");
    }

    private static Scenario given(PlanEvent... past) {
        return new Scenario(Plan.replay(List.of(past)));
    }

    private static void assertRejected(Runnable command, Rule rule, String field) {
        assertThatThrownBy(command::run).isInstanceOfSatisfying(PlanRuleViolation.class, e -> {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.field()).isEqualTo(field);
        });
    }

    private record Scenario(Plan plan) {
        Outcome when(Function<Plan, PlanEvent> command) {
            try {
                return new Outcome(plan, command.apply(plan), null);
            } catch (PlanRuleViolation e) {
                return new Outcome(plan, null, e);
            }
        }
    }

    private record Outcome(Plan before, PlanEvent event, PlanRuleViolation rejection) {
        Outcome then(PlanEvent expected) {
            assertThat(rejection).as("rejection").isNull();
            assertThat(event).isEqualTo(expected);
            return this;
        }

        void thenRejected(Rule rule, String field) {
            assertThat(rejection).as("expected rejection " + rule + " but got " + event).isNotNull();
            assertThat(rejection.rule()).isEqualTo(rule);
            assertThat(rejection.field()).isEqualTo(field);
        }

        Plan after() {
            assertThat(rejection).as("rejection").isNull();
            return before.evolve(event);
        }
    }

    @Test
    void an_active_plan_follows_its_unit_to_a_new_code_and_a_stopped_one_stays() {
        GridCode moved = new GridCode("141081001002");
        Plan plan = given(DAILY_PATROL, RAN_ON_FRIDAY).when(p -> p.followRecodedUnit(COMMUNITY, moved))
                .then(new PlanUnitRecoded(PLAN, moved.value(), COMMUNITY.value())).after();
        assertThat(plan.code()).isEqualTo(moved);
        assertThat(plan.lastPeriodKey()).as("the periods run stay run").isEqualTo("2026-11-27");
        given(DAILY_PATROL).when(p -> p.followRecodedUnit(moved, COMMUNITY)).thenRejected(Rule.PLAN_NOT_ON_UNIT, "oldCode");
        given(DAILY_PATROL, STOPPED).when(p -> p.followRecodedUnit(COMMUNITY, moved)).thenRejected(Rule.PLAN_STOPPED, "status");
    }

    @Test
    void a_move_concerns_an_active_plan_on_the_unit_until_it_followed() {
        GridCode moved = new GridCode("141081001002");
        Plan active = Plan.replay(List.of(DAILY_PATROL));
        assertThat(active.followsMoveOf(COMMUNITY)).isTrue();
        assertThat(active.evolve(active.followRecodedUnit(COMMUNITY, moved)).followsMoveOf(COMMUNITY)).isFalse();
        assertThat(Plan.replay(List.of(DAILY_PATROL, STOPPED)).followsMoveOf(COMMUNITY)).isFalse();
        assertThat(Plan.NONE.followsMoveOf(COMMUNITY)).isFalse();
    }
}
