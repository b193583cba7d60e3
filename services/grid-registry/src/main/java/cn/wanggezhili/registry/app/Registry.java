package cn.wanggezhili.registry.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import cn.wanggezhili.eventstore.AggregateStreams;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.eventstore.StoredEvent;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.registry.domain.GridUnit;
import cn.wanggezhili.registry.domain.GridUnitEvent;
import cn.wanggezhili.registry.domain.Household;
import cn.wanggezhili.registry.domain.HouseholdEvent;
import cn.wanggezhili.registry.domain.HouseholdId;
import cn.wanggezhili.registry.domain.UnitId;
import cn.wanggezhili.web.ProblemException;

/**
 * Loads the registry's aggregates from their events and appends new ones together with the read model, on the
 * connection of the caller's transaction. Handlers use it inside {@code @Transactional} methods.
 */
@ApplicationScoped
public class Registry {

    @Inject
    Database database;

    private AggregateStreams<GridUnitEvent> units;
    private AggregateStreams<HouseholdEvent> households;

    @Inject
    void streams(EventStore eventStore) {
        units = new AggregateStreams<>(eventStore, RegistryEvents.GRID_UNITS, RegistryEvents.GRID_UNIT, GridUnitEvent::code);
        households = new AggregateStreams<>(eventStore, RegistryEvents.HOUSEHOLDS, RegistryEvents.HOUSEHOLD, HouseholdEvent::code);
    }

    @Inject
    ReadModel readModel;

    @Inject
    Clock clock;

    @Inject
    Supplier<UUID> ids;

    public Instant now() {
        return clock.instant();
    }

    public UUID newId() {
        return ids.get();
    }

    /** Runs {@code work} on a connection (the transaction's, inside one). */
    public <T> T onConnection(Sql.Work<T> work) {
        return database.run(work);
    }

    public GridUnit unit(UnitId id) {
        return onConnection(c -> GridUnit.replay(units.load(c, id.value())));
    }

    /** The unit a code names, now or before a move; 404 when no unit ever had it. */
    public GridUnit unit(GridCode code) {
        return unitId(code).map(this::unit).orElseThrow(() -> ProblemException.notFound("grid unit " + code));
    }

    public Optional<UnitId> unitId(GridCode code) {
        return onConnection(c -> Sql.one(c, "select unit_id from issued_code where code = ?", rs -> new UnitId(rs.getObject(1, UUID.class)), code.value()));
    }

    public Household household(HouseholdId id) {
        return onConnection(c -> Household.replay(households.load(c, id.value())));
    }

    /** Appends to the unit's stream and updates the read model, in the caller's transaction. */
    public void append(GridUnit unit, List<? extends GridUnitEvent> events) {
        UUID stream = unit.exists() ? unit.id().value() : events.get(0).unitId().value();
        Instant at = now();
        onConnection(c -> {
            List<StoredEvent> stored = units.append(c, stream, unit.version(), events, at, ids);
            for (int i = 0; i < events.size(); i++) {
                readModel.apply(c, events.get(i), stored.get(i).version(), at);
            }
            return null;
        });
    }

    public void append(Household household, List<? extends HouseholdEvent> events) {
        UUID stream = household.exists() ? household.id().value() : events.get(0).householdId().value();
        Instant at = now();
        onConnection(c -> {
            List<StoredEvent> stored = households.append(c, stream, household.version(), events, at, ids);
            for (int i = 0; i < events.size(); i++) {
                readModel.apply(c, events.get(i), stored.get(i).version(), at);
            }
            return null;
        });
    }
}
