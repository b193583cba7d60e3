package cn.wanggezhili.scoring.app;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import cn.wanggezhili.eventstore.AggregateType;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.scoring.domain.HouseholdStars;
import cn.wanggezhili.scoring.domain.Notice;
import cn.wanggezhili.scoring.domain.NoticeEvent;
import cn.wanggezhili.scoring.domain.SchemePublished;
import cn.wanggezhili.scoring.domain.ScoreEntry;
import cn.wanggezhili.scoring.domain.ScoreEntryEvent;
import cn.wanggezhili.scoring.domain.SettlementEvent;
import cn.wanggezhili.scoring.domain.StarEvent;
import cn.wanggezhili.scoring.domain.SubjectRegistered;
import cn.wanggezhili.scoring.domain.TierAssigned;
import cn.wanggezhili.scoring.domain.VolunteerActivityRecorded;

/**
 * Scoring's event types on its topic {@code scoring.events}, as other services see them, and its streams. Every
 * event names the grid code of the subject's or unit's grid unit, for subtree filters downstream.
 */
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

    public static final AggregateType<ScoreEntry, ScoreEntryEvent> ENTRY_STREAM = new AggregateType<>("ScoreEntry", ENTRIES,
            ScoreEntryEvent::code, e -> e.entryId().value(), ScoreEntry::replay, ScoreEntry::version);

    public static final AggregateType<Notice, NoticeEvent> NOTICE_STREAM = new AggregateType<>("Notice", NOTICES,
            NoticeEvent::code, e -> e.noticeId().value(), Notice::replay, Notice::version);

    /** A household's stars: one stream per household, named after it. */
    public static final AggregateType<HouseholdStars, StarEvent> STAR_STREAM = new AggregateType<>("HouseholdStars", STARS,
            StarEvent::code, e -> HouseholdStars.streamId(e.householdId()), HouseholdStars::replay, HouseholdStars::version);

    /*
     * The streams below are records written once (a subject, an activity, a ranking, each credit and each run) or only
     * added to (a scheme's versions): nothing is decided from their past but whether there is one, so their aggregate is
     * the list of their events, at the version of its size.
     */

    /** A scheme's versions on one stream named after its code (the event's own code is the scheme's grid unit). */
    public static final AggregateType<List<SchemePublished>, SchemePublished> SCHEME_STREAM = written("Scheme", SCHEMES,
            SchemePublished::code, e -> SchemePublished.streamId(e.scheme().code()));

    public static final AggregateType<List<SubjectRegistered>, SubjectRegistered> SUBJECT_STREAM = written("Subject", SUBJECTS,
            SubjectRegistered::code, SubjectRegistered::subjectId);

    /** One ranking of a subtree, year and subject type: all its tiers on one stream. */
    public static final AggregateType<List<TierAssigned>, TierAssigned> TIER_STREAM = written("Tiers", TIERS,
            TierAssigned::code, e -> TierAssigned.streamId(e.rankedWithin(), e.year(), e.subjectType()));

    public static final AggregateType<List<VolunteerActivityRecorded>, VolunteerActivityRecorded> VOLUNTEERING_STREAM = written(
            "VolunteerActivity", VOLUNTEERING, VolunteerActivityRecorded::code, VolunteerActivityRecorded::activityId);

    /** Each credit on its own stream (its settlement id, at version 1: a second credit is a conflict), the run on its own. */
    public static final AggregateType<List<SettlementEvent>, SettlementEvent> SETTLEMENT_STREAM = written("Settlement", SETTLEMENTS,
            SettlementEvent::code, e -> switch (e) {
                case SettlementEvent.PointsCredited credit -> credit.settlementId();
                case SettlementEvent.QuarterSettled run -> run.settlementRunId();
            });

    private ScoringEvents() {
    }

    static String type(String name) {
        return SERVICE + "." + name + ".v1";
    }

    private static <E> AggregateType<List<E>, E> written(String streamType, EventCodec<E> codec, Function<? super E, String> gridCode,
                                                          Function<? super E, UUID> streamId) {
        return new AggregateType<>(streamType, codec, gridCode, streamId, List::copyOf, List::size);
    }
}
