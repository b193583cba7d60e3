package cn.wanggezhili.scoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.scoring.domain.ScoringRuleViolation.Rule;

/** 秦村北社区's first grid, its worker 陈小军 and a scorer and reviewer of 路西街道; given / when / then for scoring's rules. */
final class ScoringFixture {

    static final Instant T = Instant.parse("2026-11-20T02:00:00Z");
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    static final String GRID = "141081001001001";
    static final String MICRO_GRID = "141081001001001001";

    static final Subject WORKER = new Subject(SubjectType.GRID_WORKER, new UUID(2, 1), "陈小军", GRID, "grid-worker");
    static final Subject HOUSEHOLD = new Subject(SubjectType.HOUSEHOLD, new UUID(3, 1), "1号楼101户", MICRO_GRID, null);
    static final Actor SCORER = new Actor("scorer", "王评分");
    static final Actor REVIEWER = new Actor("reviewer", "李审核");
    static final EntryId ENTRY = new EntryId(new UUID(4, 1));

    static final Trigger ON_TIME = new Trigger("task-dispatch.TaskClosed.v1", Map.of("completedOnTime", "true"), "completedBy.staffId");

    static final Scheme GRID_WORKERS = new Scheme("grid-worker", 1, SubjectType.GRID_WORKER, "网格员积分", "141081000000", 100,
            Cadence.MONTHLY, List.of(new Category("patrol", "街面巡查", null, null, null, List.of(
                    new Indicator("patrol-done", "按时完成巡查", 2, 4, false, null, false),
                    new Indicator("patrol-praised", "巡查受到表扬", 5, null, true, null, false),
                    new Indicator("task-closed-on-time", "任务按时办结", 2, null, false, ON_TIME, false),
                    new Indicator("task-closed-auto", "任务按时办结（自动）", 1, null, false, ON_TIME, true)))));

    static final Scheme TEN_STARS = new Scheme("ten-star-household", 1, SubjectType.HOUSEHOLD, "十星级文明户", "141081000000", 0,
            Cadence.MONTHLY, List.of(new Category("patriotism", "爱党爱国星", "patriotism", "爱党爱国星", 6, List.of(
                    new Indicator("patriotism-1", "升挂国旗", 4, null, false, null, false),
                    new Indicator("patriotism-deduct", "违反要求被通报", -3, null, false, null, false)))));

    private ScoringFixture() {
    }

    static RecordScoreEntry byScorer(Subject subject, String indicator, List<String> evidence) {
        Scheme scheme = subject.type() == SubjectType.HOUSEHOLD ? TEN_STARS : GRID_WORKERS;
        return new RecordScoreEntry(ENTRY, scheme, indicator, subject, NOVEMBER, EntrySource.scorer(), evidence, null, SCORER);
    }

    static ScoreEntryEvent.ScoreEntryRecorded recorded() {
        return (ScoreEntryEvent.ScoreEntryRecorded) ScoreEntry.record(byScorer(WORKER, "patrol-done", List.of()), 0, false, T).get(0);
    }

    static ScoreEntry given(ScoreEntryEvent... past) {
        return ScoreEntry.replay(List.of(past));
    }

    static void thenRejected(Supplier<?> command, Rule rule, String field) {
        try {
            Object result = command.get();
            throw new AssertionError("expected " + rule + " but got " + result);
        } catch (ScoringRuleViolation e) {
            assertThat(e.rule()).isEqualTo(rule);
            assertThat(e.field()).isEqualTo(field);
        }
    }
}
