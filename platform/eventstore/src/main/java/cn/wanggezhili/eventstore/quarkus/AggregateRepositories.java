package cn.wanggezhili.eventstore.quarkus;

import cn.wanggezhili.eventstore.AggregateRepository;
import cn.wanggezhili.eventstore.AggregateType;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.sql.Database;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Makes a service's aggregate repositories on its store, database, clock and ids; a service produces one bean per
 * aggregate type with it, e.g. {@code AggregateRepository<GridUnit, GridUnitEvent>}.
 */
@ApplicationScoped
public class AggregateRepositories {

    @Inject
    EventStore store;

    @Inject
    Database database;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    public <A, E> AggregateRepository<A, E> of(AggregateType<A, E> type, AggregateRepository.ReadModel<A, ? super E> readModel) {
        return new AggregateRepository<>(store, type, readModel, clock, ids, database);
    }
}
