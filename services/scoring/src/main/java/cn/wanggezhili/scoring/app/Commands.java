package cn.wanggezhili.scoring.app;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.scoring.domain.EntryId;
import cn.wanggezhili.scoring.domain.NoticeId;
import cn.wanggezhili.scoring.domain.ObjectionOutcome;
import cn.wanggezhili.scoring.domain.Period;
import cn.wanggezhili.scoring.domain.Quarter;
import cn.wanggezhili.scoring.domain.Scheme;
import cn.wanggezhili.scoring.domain.SubjectType;

/** Scoring's commands, as the application layer receives them (already parsed, not yet checked). */
public final class Commands {

    private Commands() {
    }

    /** A scheme to publish as the next version of its code. */
    public record PublishScheme(Scheme draft) {
    }

    /** A party organisation, party member or village cadre for scoring's own register. */
    public record RegisterSubject(SubjectType subjectType, String name, GridCode unit, String username) {
    }

    /** {@code month} null: this month. */
    public record RecordEntry(String schemeCode, String indicatorCode, UUID subjectId, YearMonth month, List<String> evidence,
                              String note) {
    }

    public record ApproveEntry(EntryId entryId) {
    }

    public record RejectEntry(EntryId entryId, String reason) {
    }

    public record PublishNotice(GridCode unit, Period period, Duration objectionWindow) {
    }

    /** {@code reason} is free text and may name people: it stays off logs ({@link #toString}). */
    public record RaiseObjection(NoticeId noticeId, EntryId entryId, String reason) {

        @Override
        public String toString() {
            return "RaiseObjection[noticeId=" + noticeId + ", entryId=" + entryId + "]";
        }
    }

    /** {@code points}: the corrected points, for AMENDED. */
    public record ResolveObjection(NoticeId noticeId, UUID objectionId, ObjectionOutcome outcome, Integer points, String note) {
    }

    public record SettleQuarter(GridCode unit, Quarter quarter) {
    }

    public record AssignTiers(GridCode under, int year, SubjectType subjectType) {
    }

    public record RecordVolunteerActivity(GridCode unit, LocalDate date, String titleZh, double hours, List<UUID> householdIds,
                                          List<String> evidence) {
    }

    /** A household's stars on a scheme and year to re-evaluate, as a consumer noted them (the inbox note's payload). */
    public record ReviewHouseholdStars(String householdId, String schemeCode, int year, String code) {
    }
}
