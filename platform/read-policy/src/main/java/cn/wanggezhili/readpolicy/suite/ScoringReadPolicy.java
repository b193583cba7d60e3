package cn.wanggezhili.readpolicy.suite;

import static cn.wanggezhili.readpolicy.EventAccess.anyone;

import cn.wanggezhili.readpolicy.EventReadPolicy;

/**
 * Who reads scoring: everything, anyone whose scope covers the subject's unit. Scores are made public on purpose
 * (晒: the notice board, rankings, ten-star households); subjects are households and staff by name, as on the board.
 */
public final class ScoringReadPolicy {

    private static final String PREFIX = "scoring.";

    private ScoringReadPolicy() {
    }

    public static EventReadPolicy events() {
        String[] notices = SuiteTypes.of(PREFIX, "NoticePublished", "ObjectionRaised", "ObjectionResolved");
        return EventReadPolicy.builder()
                .allow(anyone(), SuiteTypes.of(PREFIX, "ScoreEntryRecorded", "ScoreEntryApproved", "ScoreEntryRejected",
                        "ScoreEntryAmended", "ScoreEntryVoided", "PointsCredited", "QuarterSettled", "StarAwarded",
                        "StarRevoked", "SchemePublished", "SubjectRegistered", "TierAssigned", "VolunteerActivityRecorded"))
                .allow(anyone(), notices)
                // a township's notice (with its objections) is read by every grid worker and resident below it
                .alsoBelow(anyone(), notices)
                .build();
    }
}
