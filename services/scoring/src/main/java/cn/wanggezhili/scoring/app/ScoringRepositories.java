package cn.wanggezhili.scoring.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;
import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.eventstore.AggregateRepository.EventProjector;
import cn.wanggezhili.eventstore.quarkus.AggregateRepositories;
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

/** Scoring's streams, each with the read tables its appends keep in the same transaction. */
@ApplicationScoped
public class ScoringRepositories {

    @Produces
    @Singleton
    AggregateRepository<ScoreEntry, ScoreEntryEvent> entries(AggregateRepositories repositories, ReadModel readModel) {
        // an entry's row carries the stream version and the time its event was stored
        return repositories.of(ScoringEvents.ENTRY_STREAM,
                each((c, event, stored) -> readModel.entry(c, event, stored.version(), stored.occurredAt())));
    }

    @Produces
    @Singleton
    AggregateRepository<Notice, NoticeEvent> notices(AggregateRepositories repositories, ReadModel readModel) {
        return repositories.of(ScoringEvents.NOTICE_STREAM, each((c, event, stored) -> readModel.notice(c, event, stored.version())));
    }

    @Produces
    @Singleton
    AggregateRepository<HouseholdStars, StarEvent> stars(AggregateRepositories repositories, ReadModel readModel) {
        return repositories.of(ScoringEvents.STAR_STREAM, each((c, event, stored) -> readModel.star(c, event)));
    }

    @Produces
    @Singleton
    AggregateRepository<List<SchemePublished>, SchemePublished> schemes(AggregateRepositories repositories, ReadModel readModel) {
        return repositories.of(ScoringEvents.SCHEME_STREAM, each((c, event, stored) -> readModel.scheme(c, event)));
    }

    @Produces
    @Singleton
    AggregateRepository<List<SubjectRegistered>, SubjectRegistered> subjects(AggregateRepositories repositories, ReadModel readModel) {
        return repositories.of(ScoringEvents.SUBJECT_STREAM, each((c, event, stored) -> readModel.subject(c, event)));
    }

    @Produces
    @Singleton
    AggregateRepository<List<TierAssigned>, TierAssigned> tiers(AggregateRepositories repositories, ReadModel readModel) {
        return repositories.of(ScoringEvents.TIER_STREAM, each((c, event, stored) -> readModel.tier(c, event)));
    }

    @Produces
    @Singleton
    AggregateRepository<List<VolunteerActivityRecorded>, VolunteerActivityRecorded> volunteering(AggregateRepositories repositories,
                                                                                              ReadModel readModel) {
        return repositories.of(ScoringEvents.VOLUNTEERING_STREAM, each((c, event, stored) -> readModel.volunteerActivity(c, event)));
    }

    @Produces
    @Singleton
    AggregateRepository<List<SettlementEvent>, SettlementEvent> settlements(AggregateRepositories repositories, ReadModel readModel) {
        return repositories.of(ScoringEvents.SETTLEMENT_STREAM, each((c, event, stored) -> readModel.settlement(c, event)));
    }

    private static <A, E> AggregateRepository.ReadModel<A, E> each(EventProjector<E> projector) {
        return AggregateRepository.ReadModel.eachEvent(projector);
    }
}
