package cn.wanggezhili.scoring.app;

import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.SchemePublished;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.SettlementEvent;
import cn.wanggezhili.scoring.domain.StarEvent;
import cn.wanggezhili.scoring.domain.SubjectRegistered;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.scoring.domain.VolunteerActivityRecorded;

/** Scoring's event types on its topic {@code scoring.events}, as other services see them. */
public final class ScoringEvents {

    public static final String SERVICE = "scoring";

    public static final EventCodec<ScoreEntryEvent> ENTRIES = new EventCodec<ScoreEntryEvent>()
            .register(type("ScoreEntryRecorded"), ScoreEntryEvent.ScoreEntryRecorded.class)
            .register(type("ScoreEntryApproved"), ScoreEntryEvent.ScoreEntryApproved.class)
            .register(type("ScoreEntryRejected"), ScoreEntryEvent.ScoreEntryRejected.class)
            .register(type("ScoreEntryAmended"), ScoreEntryEvent.ScoreEntryAmended.class)
            .register(type("ScoreEntryVoided"), ScoreEntryEvent.ScoreEntryVoided.class);

    public static final EventCodec<NoticeEvent> NOTICES = new EventCodec<NoticeEvent>()
            .register(type("NoticePublished"), NoticeEvent.NoticePublished.class)
            .register(type("ObjectionRaised"), NoticeEvent.ObjectionRaised.class)
            .register(type("ObjectionResolved"), NoticeEvent.ObjectionResolved.class);

    public static final EventCodec<SettlementEvent> SETTLEMENTS = new EventCodec<SettlementEvent>()
            .register(type("PointsCredited"), SettlementEvent.PointsCredited.class)
            .register(type("QuarterSettled"), SettlementEvent.QuarterSettled.class);

    public static final EventCodec<StarEvent> STARS = new EventCodec<StarEvent>()
            .register(type("StarAwarded"), StarEvent.StarAwarded.class)
            .register(type("StarRevoked"), StarEvent.StarRevoked.class);

    public static final EventCodec<SchemePublished> SCHEMES = new EventCodec<SchemePublished>()
            .register(type("SchemePublished"), SchemePublished.class);

    public static final EventCodec<SubjectRegistered> SUBJECTS = new EventCodec<SubjectRegistered>()
            .register(type("SubjectRegistered"), SubjectRegistered.class);

    public static final EventCodec<TierAssigned> TIERS = new EventCodec<TierAssigned>()
            .register(type("TierAssigned"), TierAssigned.class);

    public static final EventCodec<VolunteerActivityRecorded> VOLUNTEERING = new EventCodec<VolunteerActivityRecorded>()
            .register(type("VolunteerActivityRecorded"), VolunteerActivityRecorded.class);

    private ScoringEvents() {
    }

    static String type(String name) {
        return SERVICE + "." + name + ".v1";
    }
}
