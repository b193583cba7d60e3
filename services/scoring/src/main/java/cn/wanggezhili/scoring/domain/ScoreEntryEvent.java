package cn.wanggezhili.scoring.domain;

import java.time.Instant;
import java.util.List;

/** What happens to a score entry (一事一记录). Every event names the grid code of the scored subject's unit. */
public sealed interface ScoreEntryEvent {

    EntryId entryId();

    String code();

    /** {@code month} is the local month (YYYY-MM) the entry counts in; {@code star} is set on ten-star items. */
    record ScoreEntryRecorded(EntryId entryId, String code, String schemeCode, int schemeVersion, String categoryCode,
                              String indicatorCode, String star, SubjectType subjectType, String subjectId,
                              String subjectName, String subjectUsername, String month, int points, EntrySource source,
                              List<String> evidence, String note, Actor recordedBy, Instant at) implements ScoreEntryEvent {

        @Override
        public String toString() {
            return "ScoreEntryRecorded[entryId=" + entryId + ", code=" + code + ", indicator=" + indicatorCode
                    + ", subjectId=" + subjectId + ", points=" + points + ", month=" + month + "]";
        }
    }

    record ScoreEntryApproved(EntryId entryId, String code, Actor reviewer, Instant at) implements ScoreEntryEvent {
    }

    record ScoreEntryRejected(EntryId entryId, String code, Actor reviewer, String reason, Instant at) implements ScoreEntryEvent {
    }

    /** An upheld-in-part objection changed the points (公示 correction). */
    record ScoreEntryAmended(EntryId entryId, String code, int oldPoints, int newPoints, String objectionId, Actor by,
                             Instant at) implements ScoreEntryEvent {
    }

    /** An objection struck the entry out: it no longer counts. */
    record ScoreEntryVoided(EntryId entryId, String code, String objectionId, Actor by, Instant at) implements ScoreEntryEvent {
    }
}
