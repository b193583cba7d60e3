package cn.wanggezhili.scoring.domain;

import java.time.Instant;
import java.util.UUID;

/** A public notice (公示) of a period's results for a grid subtree, and the objections raised against it. */
public sealed interface NoticeEvent {

    NoticeId noticeId();

    String code();

    /** {@code period} is a month (2026-11) or a quarter (2026-Q4); objections are taken until {@code closesAt}. */
    record NoticePublished(NoticeId noticeId, String code, String period, Instant closesAt, Actor publishedBy,
                           int subjects, int totalPoints, Instant at) implements NoticeEvent {
    }

    /** {@code reason} is free text and may name people: it stays off logs ({@link #toString}). */
    record ObjectionRaised(NoticeId noticeId, String code, UUID objectionId, EntryId entryId, Actor raisedBy,
                           String reason, Instant at) implements NoticeEvent {

        @Override
        public String toString() {
            return "ObjectionRaised[noticeId=" + noticeId + ", objectionId=" + objectionId + ", entryId=" + entryId + "]";
        }
    }

    record ObjectionResolved(NoticeId noticeId, String code, UUID objectionId, EntryId entryId, ObjectionOutcome outcome,
                             Integer amendedPoints, String note, Actor resolvedBy, Instant at) implements NoticeEvent {
    }
}
