package cn.wanggezhili.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.scoring.domain.ScoringFixture.ENTRY;
import static cn.wanggezhili.scoring.domain.ScoringFixture.GRID;
import static cn.wanggezhili.scoring.domain.ScoringFixture.REVIEWER;
import static cn.wanggezhili.scoring.domain.ScoringFixture.T;
import static cn.wanggezhili.scoring.domain.ScoringFixture.given;
import static cn.wanggezhili.scoring.domain.ScoringFixture.recorded;
import static cn.wanggezhili.scoring.domain.ScoringFixture.thenRejected;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.scoring.domain.NoticeEvent.ObjectionResolved;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryAmended;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryApproved;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryVoided;
import cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule;
import org.junit.jupiter.api.Test;

/**
 * The rules of public notice the domain decides with what scoring knows: a period's results of a unit go up once,
 * objections are to the entries a notice lists, and an objection's outcome decides what becomes of its entry.
 */
class NoticeRulesTest {

    static final String STREET = "141081001000";
    static final String OTHER_STREET = "141081002000";
    static final Actor RESIDENT = new Actor("resident", "resident");
    static final UUID OBJECTION = new UUID(5, 1);
    static final NoticeBoard NOTHING_ON_NOTICE = (code, period) -> false;

    static Notice notice(String code, String period) {
        return Notice.replay(List.of(Notice.publish(new NoticeId(new UUID(6, 1)), code, period, Duration.ofDays(3), Duration.ofDays(1),
                REVIEWER, 1, 2, T, NOTHING_ON_NOTICE)));
    }

    /** The fixture's entry (陈小军's patrol, November, his grid under the street), approved. */
    static ScoreEntry approved() {
        return given(recorded(), new ScoreEntryApproved(ENTRY, GRID, REVIEWER, T));
    }

    @Test
    void a_periods_results_of_a_unit_go_on_notice_once() {
        NoticeBoard quarterOnNotice = (code, period) -> code.equals(STREET) && period.equals("2026-Q4");

        thenRejected(() -> Notice.publish(new NoticeId(new UUID(6, 2)), STREET, "2026-Q4", Duration.ofDays(3), Duration.ofDays(1),
                REVIEWER, 1, 2, T, quarterOnNotice), Rule.NOTICE_ALREADY_PUBLISHED, "period");
        // the same unit's month, and the same quarter of another unit, go up
        assertThat(Notice.publish(new NoticeId(new UUID(6, 3)), STREET, "2026-11", Duration.ofDays(3), Duration.ofDays(1),
                REVIEWER, 1, 2, T, quarterOnNotice).period()).isEqualTo("2026-11");
        assertThat(Notice.publish(new NoticeId(new UUID(6, 4)), OTHER_STREET, "2026-Q4", Duration.ofDays(3), Duration.ofDays(1),
                REVIEWER, 1, 2, T, quarterOnNotice).code()).isEqualTo(OTHER_STREET);
    }

    @Test
    void an_objection_is_to_an_approved_entry_of_the_notices_subtree_and_period() {
        ScoreEntry approved = approved();

        assertThat(notice(STREET, "2026-Q4").raiseObjection(OBJECTION, approved, RESIDENT, "未参加巡查", T).entryId()).isEqualTo(ENTRY);
        assertThat(notice(STREET, "2026-11").lists(approved)).isTrue();
        thenRejected(() -> notice(STREET, "2026-Q4").raiseObjection(OBJECTION, given(recorded()), RESIDENT, "尚未审核", T),
                Rule.ENTRY_NOT_ON_NOTICE, "entryId");
        thenRejected(() -> notice(STREET, "2026-10").raiseObjection(OBJECTION, approved, RESIDENT, "不是本月", T),
                Rule.ENTRY_NOT_ON_NOTICE, "entryId");
        thenRejected(() -> notice(OTHER_STREET, "2026-Q4").raiseObjection(OBJECTION, approved, RESIDENT, "不是本街道", T),
                Rule.ENTRY_NOT_ON_NOTICE, "entryId");
    }

    @Test
    void an_upheld_objection_leaves_its_entry_an_amendment_corrects_the_points_and_a_voided_one_strikes_it_out() {
        Notice notice = notice(STREET, "2026-Q4");
        Notice objected = notice.evolve(notice.raiseObjection(OBJECTION, approved(), RESIDENT, "分值有误", T));

        assertThat(approved().afterObjection(objected.resolve(OBJECTION, ObjectionOutcome.UPHELD, null, null, REVIEWER, T))).isEmpty();
        assertThat(approved().afterObjection(objected.resolve(OBJECTION, ObjectionOutcome.AMENDED, 1, "核实后更正", REVIEWER, T)))
                .singleElement().isInstanceOfSatisfying(ScoreEntryAmended.class, e -> {
                    assertThat(e.oldPoints()).isEqualTo(2);
                    assertThat(e.newPoints()).isEqualTo(1);
                    assertThat(e.objectionId()).isEqualTo(OBJECTION.toString());
                    assertThat(e.by()).isEqualTo(REVIEWER);
                });
        ObjectionResolved voided = objected.resolve(OBJECTION, ObjectionOutcome.VOIDED, null, "不实", REVIEWER, T);
        assertThat(approved().afterObjection(voided)).singleElement().isInstanceOf(ScoreEntryVoided.class);
        assertThat(given(recorded(), new ScoreEntryApproved(ENTRY, GRID, REVIEWER, T), approved().afterObjection(voided).get(0))
                .status()).isEqualTo(EntryStatus.VOIDED);
        thenRejected(() -> given(recorded()).afterObjection(voided), Rule.ENTRY_NOT_APPROVED, "entryId");
    }
}
