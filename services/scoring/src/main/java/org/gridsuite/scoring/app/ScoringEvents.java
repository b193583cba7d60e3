package org.gridsuite.scoring.app;

import org.gridsuite.eventstore.EventCodec;
import org.gridsuite.scoring.domain.NoticeEvent;
import org.gridsuite.scoring.domain.SchemePublished;
import org.gridsuite.scoring.domain.ScoreEntryEvent;
import org.gridsuite.scoring.domain.SettlementEvent;
import org.gridsuite.scoring.domain.StarEvent;
import org.gridsuite.scoring.domain.SubjectRegistered;
import org.gridsuite.scoring.domain.TierAssigned;
import org.gridsuite.scoring.domain.VolunteerActivityRecorded;

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
