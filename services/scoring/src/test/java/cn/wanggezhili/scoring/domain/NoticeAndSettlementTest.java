package cn.wanggezhili.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.scoring.domain.ScoringFixture.ENTRY;
import static cn.wanggezhili.scoring.domain.ScoringFixture.REVIEWER;
import static cn.wanggezhili.scoring.domain.ScoringFixture.T;
import static cn.wanggezhili.scoring.domain.ScoringFixture.thenRejected;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionRaised;
import cn.wanggezhili.scoring.domain.SettlementEvent.PointsCredited;
import cn.wanggezhili.scoring.domain.SettlementEvent.QuarterSettled;
import cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule;
import org.junit.jupiter.api.Test;

class NoticeAndSettlementTest {

    static final String STREET = "141081001000";
    static final Quarter Q4 = new Quarter(2026, 4);
    static final Actor RESIDENT = new Actor("resident", "resident");
    static final UUID OBJECTION = new UUID(5, 1);
    static final NoticeBoard NOTHING_ON_NOTICE = (code, period) -> false;
    static final Quarter Q3 = new Quarter(2026, 3);
    static final java.time.Instant Q3_END = Q3.end(java.time.ZoneId.of("Asia/Shanghai"));

    static Notice published() {
        return Notice.replay(List.of(Notice.publish(new NoticeId(new UUID(6, 1)), STREET, "2026-Q4", Duration.ofDays(3), Duration.ofDays(1), REVIEWER, 2, 9, T, NOTHING_ON_NOTICE)));
    }

    static final List<SubjectTotal> TOTALS = List.of(
            new SubjectTotal(SubjectType.GRID_WORKER, "w-1", "陈小军", "141081001001001", 7),
            new SubjectTotal(SubjectType.GRID_WORKER, "w-2", "杨丽娟", "141081001001002", 2),
            new SubjectTotal(SubjectType.GRID_WORKER, "w-3", "赵敏", "141081001001003", -3));

    @Test
    void objections_are_taken_while_the_window_is_open_and_need_a_reason() {
        Notice notice = published();
        ObjectionRaised raised = notice.raiseObjection(OBJECTION, ENTRY, true, RESIDENT, "未参加巡查", T.plusSeconds(60));
        assertThat(notice.evolve(raised).openObjections()).isEqualTo(1);
        thenRejected(() -> notice.raiseObjection(OBJECTION, ENTRY, true, RESIDENT, "晚了", T.plus(Duration.ofDays(4))),
                Rule.OBJECTION_WINDOW_CLOSED, "entryId");
        thenRejected(() -> notice.raiseObjection(OBJECTION, ENTRY, true, RESIDENT, "", T), Rule.REASON_REQUIRED, "reason");
        thenRejected(() -> notice.raiseObjection(OBJECTION, ENTRY, false, RESIDENT, "不在公示中", T), Rule.ENTRY_NOT_ON_NOTICE, "entryId");
    }

    @Test
    void a_notice_is_up_at_least_the_countys_shortest_window_and_at_most_a_month() {
        thenRejected(() -> Notice.publish(new NoticeId(UUID.randomUUID()), STREET, "2026-11", Duration.ofHours(5), Duration.ofDays(1), REVIEWER, 0, 0, T, NOTHING_ON_NOTICE),
                Rule.INVALID_WINDOW, "objectionWindow");
    }

    @Test
    void an_objection_is_resolved_once_and_an_amendment_names_the_points() {
        Notice notice = published();
        Notice objected = notice.evolve(notice.raiseObjection(OBJECTION, ENTRY, true, RESIDENT, "分值有误", T));
        thenRejected(() -> objected.resolve(OBJECTION, ObjectionOutcome.AMENDED, null, null, REVIEWER, T), Rule.POINTS_REQUIRED, "points");
        Notice resolved = objected.evolve(objected.resolve(OBJECTION, ObjectionOutcome.AMENDED, 1, "核实后更正", REVIEWER, T));
        assertThat(resolved.openObjections()).isZero();
        thenRejected(() -> resolved.resolve(OBJECTION, ObjectionOutcome.UPHELD, null, null, REVIEWER, T),
                Rule.OBJECTION_ALREADY_RESOLVED, "objectionId");
    }

    @Test
    void a_quarter_is_settled_only_after_its_notice_window_closed_with_every_objection_resolved() {
        thenRejected(() -> QuarterSettlement.decide(STREET, Q3, Q3_END, null, TOTALS, Set.of(), REVIEWER, T), Rule.NOTICE_REQUIRED, "quarter");
        Notice notice = published();
        thenRejected(() -> QuarterSettlement.decide(STREET, Q3, Q3_END, notice, TOTALS, Set.of(), REVIEWER, T.plusSeconds(60)),
                Rule.OBJECTION_WINDOW_OPEN, "quarter");
        Notice objected = notice.evolve(notice.raiseObjection(OBJECTION, ENTRY, true, RESIDENT, "分值有误", T));
        thenRejected(() -> QuarterSettlement.decide(STREET, Q3, Q3_END, objected, TOTALS, Set.of(), REVIEWER, T.plus(Duration.ofDays(5))),
                Rule.OBJECTIONS_OPEN, "quarter");
    }

    @Test
    void a_quarter_is_settled_only_once_it_is_over_in_the_countys_time() {
        assertThat(Q3_END).isEqualTo(java.time.Instant.parse("2026-09-30T16:00:00Z"));
        thenRejected(() -> QuarterSettlement.decide(STREET, Q4, Q4.end(java.time.ZoneId.of("Asia/Shanghai")), published(), TOTALS,
                Set.of(), REVIEWER, T.plus(Duration.ofDays(5))), Rule.QUARTER_NOT_OVER, "quarter");
    }

    @Test
    void each_subject_with_positive_points_is_credited_once_per_quarter_under_a_stable_settlement_id() {
        List<SettlementEvent> events = QuarterSettlement.decide(STREET, Q3, Q3_END, published(), TOTALS, Set.of("w-2"), REVIEWER,
                T.plus(Duration.ofDays(5)));
        assertThat(events).hasSize(2);
        PointsCredited credit = (PointsCredited) events.get(0);
        assertThat(credit.subjectId()).isEqualTo("w-1");
        assertThat(credit.points()).isEqualTo(7);
        assertThat(credit.quarter()).isEqualTo("2026-Q3");
        assertThat(credit.settlementId()).isEqualTo(QuarterSettlement.settlementId("w-1", Q3));
        QuarterSettled run = (QuarterSettled) events.get(1);
        assertThat(run.subjectsCredited()).isEqualTo(1);
        assertThat(run.subjectsWithoutPoints()).isEqualTo(1);
        assertThat(run.subjectsSettledBefore()).isEqualTo(1);
    }

    @Test
    void quarters_read_and_write_as_the_event_contract_says() {
        assertThat(Quarter.parse("2026-Q3")).contains(new Quarter(2026, 3));
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(Quarter.of(java.time.YearMonth.of(2026, 12))).hasToString("2026-Q4");
    }
}
