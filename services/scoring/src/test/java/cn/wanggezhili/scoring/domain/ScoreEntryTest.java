package cn.wanggezhili.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.scoring.domain.ScoringFixture.ENTRY;
import static cn.wanggezhili.scoring.domain.ScoringFixture.GRID_WORKERS;
import static cn.wanggezhili.scoring.domain.ScoringFixture.NOVEMBER;
import static cn.wanggezhili.scoring.domain.ScoringFixture.REVIEWER;
import static cn.wanggezhili.scoring.domain.ScoringFixture.SCORER;
import static cn.wanggezhili.scoring.domain.ScoringFixture.T;
import static cn.wanggezhili.scoring.domain.ScoringFixture.WORKER;
import static cn.wanggezhili.scoring.domain.ScoringFixture.byScorer;
import static cn.wanggezhili.scoring.domain.ScoringFixture.given;
import static cn.wanggezhili.scoring.domain.ScoringFixture.recorded;
import static cn.wanggezhili.scoring.domain.ScoringFixture.thenRejected;

import java.util.List;
import java.util.UUID;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryApproved;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent.ScoreEntryRecorded;
import cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule;
import org.junit.jupiter.api.Test;

class ScoreEntryTest {

    @Test
    void a_scorer_records_an_entry_citing_the_indicator_and_its_source_and_it_awaits_review() {
        ScoreEntryRecorded e = recorded();
        assertThat(e.indicatorCode()).isEqualTo("patrol-done");
        assertThat(e.points()).isEqualTo(2);
        assertThat(e.source().kind()).isEqualTo(EntrySource.SCORER);
        assertThat(e.month()).isEqualTo("2026-11");
        assertThat(given(e).status()).isEqualTo(EntryStatus.PENDING);
    }

    @Test
    void a_subject_cannot_score_themselves() {
        RecordScoreEntry self = new RecordScoreEntry(ENTRY, GRID_WORKERS, "patrol-done", WORKER, NOVEMBER, EntrySource.scorer(),
                List.of(), null, new Actor("grid-worker", "陈小军"));
        thenRejected(() -> ScoreEntry.record(self, 0, false, T), Rule.SELF_SCORING, "subjectId");
    }

    @Test
    void an_indicator_that_needs_evidence_is_refused_without_it() {
        thenRejected(() -> ScoreEntry.record(byScorer(WORKER, "patrol-praised", List.of()), 0, false, T), Rule.EVIDENCE_REQUIRED, "evidence");
        assertThat(ScoreEntry.record(byScorer(WORKER, "patrol-praised", List.of("photo-1")), 0, false, T)).hasSize(1);
    }

    @Test
    void the_cap_per_month_bounds_what_a_subject_collects_on_an_indicator() {
        assertThat(ScoreEntry.record(byScorer(WORKER, "patrol-done", List.of()), 2, false, T)).hasSize(1);
        thenRejected(() -> ScoreEntry.record(byScorer(WORKER, "patrol-done", List.of()), 4, false, T), Rule.CAP_EXCEEDED, "indicatorCode");
    }

    @Test
    void a_settled_quarter_takes_no_new_entries() {
        thenRejected(() -> ScoreEntry.record(byScorer(WORKER, "patrol-done", List.of()), 0, true, T), Rule.PERIOD_SETTLED, "month");
    }

    @Test
    void an_unknown_indicator_or_a_subject_of_another_type_is_refused() {
        thenRejected(() -> ScoreEntry.record(byScorer(WORKER, "no-such", List.of()), 0, false, T), Rule.UNKNOWN_INDICATOR, "indicatorCode");
        RecordScoreEntry household = new RecordScoreEntry(ENTRY, GRID_WORKERS, "patrol-done", ScoringFixture.HOUSEHOLD, NOVEMBER,
                EntrySource.scorer(), List.of(), null, SCORER);
        thenRejected(() -> ScoreEntry.record(household, 0, false, T), Rule.WRONG_SUBJECT_TYPE, "subjectId");
    }

    @Test
    void a_reviewer_approves_a_pending_entry_and_only_then_it_counts() {
        ScoreEntry entry = given(recorded());
        ScoreEntryApproved approved = entry.approve(REVIEWER, false, T);
        assertThat(entry.evolve(approved).status()).isEqualTo(EntryStatus.APPROVED);
        thenRejected(() -> entry.evolve(approved).approve(REVIEWER, false, T), Rule.NOT_PENDING, "status");
    }

    @Test
    void a_scorer_never_reviews_their_own_entry_nor_a_subject_their_own_score() {
        ScoreEntry entry = given(recorded());
        thenRejected(() -> entry.approve(SCORER, false, T), Rule.REVIEWER_IS_SCORER, "reviewer");
        thenRejected(() -> entry.reject(new Actor("grid-worker", "陈小军"), "不实", false, T), Rule.REVIEWER_IS_SUBJECT, "reviewer");
    }

    @Test
    void a_rejection_gives_its_reason() {
        thenRejected(() -> given(recorded()).reject(REVIEWER, " ", false, T), Rule.REASON_REQUIRED, "reason");
        assertThat(given(recorded()).evolve(given(recorded()).reject(REVIEWER, "证据不足", false, T)).status()).isEqualTo(EntryStatus.REJECTED);
    }

    @Test
    void an_entry_from_an_event_is_approved_at_once_only_when_its_indicator_says_so() {
        UUID event = UUID.randomUUID();
        RecordScoreEntry reviewed = new RecordScoreEntry(EntryId.fromEvent(event, "grid-worker", "task-closed-on-time"), GRID_WORKERS,
                "task-closed-on-time", WORKER, NOVEMBER, EntrySource.event(event.toString(), "task-dispatch.TaskClosed.v1"), null, null, null);
        assertThat(ScoreEntry.record(reviewed, 0, false, T)).hasSize(1);
        RecordScoreEntry auto = new RecordScoreEntry(EntryId.fromEvent(event, "grid-worker", "task-closed-auto"), GRID_WORKERS,
                "task-closed-auto", WORKER, NOVEMBER, EntrySource.event(event.toString(), "task-dispatch.TaskClosed.v1"), null, null, null);
        List<ScoreEntryEvent> events = ScoreEntry.record(auto, 0, false, T);
        assertThat(events).hasSize(2);
        assertThat(ScoreEntry.replay(events).status()).isEqualTo(EntryStatus.APPROVED);
    }

    @Test
    void the_same_event_and_indicator_always_give_the_same_entry_id() {
        UUID event = UUID.randomUUID();
        assertThat(EntryId.fromEvent(event, "grid-worker", "a")).isEqualTo(EntryId.fromEvent(event, "grid-worker", "a"))
                .isNotEqualTo(EntryId.fromEvent(event, "grid-worker", "b"));
    }

    @Test
    void an_objection_amends_or_voids_only_an_approved_entry() {
        ScoreEntry pending = given(recorded());
        thenRejected(() -> pending.voidEntry("o-1", REVIEWER, T), Rule.ENTRY_NOT_APPROVED, "entryId");
        ScoreEntry approved = pending.evolve(pending.approve(REVIEWER, false, T));
        assertThat(approved.evolve(approved.amend(1, "o-1", REVIEWER, T)).points()).isEqualTo(1);
        assertThat(approved.evolve(approved.voidEntry("o-1", REVIEWER, T)).status()).isEqualTo(EntryStatus.VOIDED);
    }
}
