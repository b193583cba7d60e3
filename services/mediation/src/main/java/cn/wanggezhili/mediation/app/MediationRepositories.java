package cn.wanggezhili.mediation.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.eventstore.quarkus.AggregateRepositories;
import cn.wanggezhili.mediation.domain.CaseEvent;
import cn.wanggezhili.mediation.domain.MediationCase;
import cn.wanggezhili.mediation.domain.MediatorEvent;
import cn.wanggezhili.mediation.domain.PoolMediator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Mediation's two aggregates, each with the read model its appends keep in the same transaction. */
@ApplicationScoped
public class MediationRepositories {

    /** case_view and its detail tables, each write guarded by the stream version it comes with. */
    @Produces
    @Singleton
    AggregateRepository<MediationCase, CaseEvent> cases(AggregateRepositories repositories, CaseReadModel readModel) {
        return repositories.of(MediationEvents.CASE_STREAM, AggregateRepository.ReadModel.eachEvent(
                (c, event, stored) -> readModel.apply(c, event, stored.version())));
    }

    @Produces
    @Singleton
    AggregateRepository<PoolMediator, MediatorEvent> mediators(AggregateRepositories repositories, MediatorReadModel readModel) {
        return repositories.of(MediationEvents.MEDIATOR_STREAM, AggregateRepository.ReadModel.eachEvent(
                (c, event, stored) -> readModel.apply(c, event)));
    }
}
