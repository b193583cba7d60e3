package cn.wanggezhili.registry.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.eventstore.quarkus.AggregateRepositories;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.HouseholdEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The registry's two aggregates, each with the read model its appends keep in the same transaction. */
@ApplicationScoped
public class RegistryRepositories {

    @Produces
    @Singleton
    AggregateRepository<GridUnit, GridUnitEvent> units(AggregateRepositories repositories, ReadModel readModel) {
        return repositories.of(RegistryEvents.GRID_UNIT_STREAM, AggregateRepository.ReadModel.eachEvent(
                (c, event, stored) -> readModel.apply(c, event, stored.version(), stored.occurredAt())));
    }

    @Produces
    @Singleton
    AggregateRepository<Household, HouseholdEvent> households(AggregateRepositories repositories, ReadModel readModel) {
        return repositories.of(RegistryEvents.HOUSEHOLD_STREAM, AggregateRepository.ReadModel.eachEvent(
                (c, event, stored) -> readModel.apply(c, event, stored.version(), stored.occurredAt())));
    }
}
