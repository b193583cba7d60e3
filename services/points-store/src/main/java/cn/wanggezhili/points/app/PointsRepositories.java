package cn.wanggezhili.points.app;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.eventstore.quarkus.AggregateRepositories;
import cn.wanggezhili.points.domain.Account;
import cn.wanggezhili.points.domain.AccountEvent;
import cn.wanggezhili.points.domain.CatalogueItem;
import cn.wanggezhili.points.domain.ItemEvent;
import cn.wanggezhili.points.domain.Redemption;
import cn.wanggezhili.points.domain.RedemptionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The points store's three aggregates, each with the read model its appends keep in the same transaction. */
@ApplicationScoped
public class PointsRepositories {

    /**
     * The account list shows the balance and the next expiry, which only the account as its events leave it knows
     * (its lots): the read model gets the account as loaded, evolved by the new events.
     */
    @Produces
    @Singleton
    AggregateRepository<Account, AccountEvent> accounts(AggregateRepositories repositories, AccountReadModel readModel) {
        return repositories.of(PointsEvents.ACCOUNT_STREAM, (c, before, events, stored) ->
                readModel.apply(c, before.evolve(events), events, stored));
    }

    @Produces
    @Singleton
    AggregateRepository<CatalogueItem, ItemEvent> items(AggregateRepositories repositories, ItemReadModel readModel) {
        return repositories.of(PointsEvents.ITEM_STREAM, AggregateRepository.ReadModel.eachEvent(
                (c, event, stored) -> readModel.apply(c, event, stored.version())));
    }

    @Produces
    @Singleton
    AggregateRepository<Redemption, RedemptionEvent> redemptions(AggregateRepositories repositories, RedemptionReadModel readModel) {
        return repositories.of(PointsEvents.REDEMPTION_STREAM, AggregateRepository.ReadModel.eachEvent(
                (c, event, stored) -> readModel.apply(c, event, stored.version())));
    }
}
