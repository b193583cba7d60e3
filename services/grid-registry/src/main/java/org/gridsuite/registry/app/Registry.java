package org.gridsuite.registry.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.gridsuite.eventstore.EventStore;
import org.gridsuite.eventstore.EventStoreException;
import org.gridsuite.eventstore.NewEvent;
import org.gridsuite.eventstore.Sql;
import org.gridsuite.eventstore.StoredEvent;
import org.gridsuite.gridcode.GridCode;
import org.gridsuite.registry.domain.GridUnit;
import org.gridsuite.registry.domain.GridUnitEvent;
import org.gridsuite.registry.domain.Household;
import org.gridsuite.registry.domain.HouseholdEvent;
import org.gridsuite.registry.domain.HouseholdId;
import org.gridsuite.registry.domain.UnitId;
import org.gridsuite.web.ProblemException;

/**
 * Loads the registry's aggregates from their events and appends new ones together with the read model, on the
 * connection of the caller's transaction. Handlers use it inside {@code @Transactional} methods.
 */
@ApplicationScoped
public class Registry {

    @Inject
    DataSource dataSource;

    @Inject
    EventStore eventStore;

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

    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new EventStoreException("no database connection", e);
        }
    }

    /** Runs {@code work} on a connection (the transaction's, inside one). */
    public <T> T onConnection(Sql.Work<T> work) {
        try (Connection c = connection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new EventStoreException("registry database work failed", e);
        }
    }

    public GridUnit unit(UnitId id) {
        try (Connection c = connection()) {
            return GridUnit.replay(eventStore.load(c, id.value()).stream()
                    .map(e -> RegistryEvents.GRID_UNITS.fromJson(e.eventType(), e.payload())).toList());
        } catch (SQLException e) {
            throw new EventStoreException("load of unit " + id + " failed", e);
        }
    }

    /** The unit a code names, now or before a move; 404 when no unit ever had it. */
    public GridUnit unit(GridCode code) {
        return unitId(code).map(this::unit).orElseThrow(() -> ProblemException.notFound("grid unit " + code));
    }

    public Optional<UnitId> unitId(GridCode code) {
        return onConnection(c -> Sql.one(c, "select unit_id from issued_code where code = ?", rs -> new UnitId(rs.getObject(1, UUID.class)), code.value()));
    }

    public Household household(HouseholdId id) {
        try (Connection c = connection()) {
            return Household.replay(eventStore.load(c, id.value()).stream()
                    .map(e -> RegistryEvents.HOUSEHOLDS.fromJson(e.eventType(), e.payload())).toList());
        } catch (SQLException e) {
            throw new EventStoreException("load of household " + id + " failed", e);
        }
    }

    public void append(GridUnit unit, List<? extends GridUnitEvent> events) {
        UUID stream = unit.exists() ? unit.id().value() : events.get(0).unitId().value();
        Instant at = now();
        try (Connection c = connection()) {
            List<NewEvent> batch = events.stream().map(e -> new NewEvent(newId(), RegistryEvents.GRID_UNITS.typeName(e),
                    e.code(), at, RegistryEvents.GRID_UNITS.toJson(e))).toList();
            List<StoredEvent> stored = eventStore.append(c, stream, RegistryEvents.GRID_UNIT, unit.version(), batch);
            for (int i = 0; i < events.size(); i++) {
                readModel.apply(c, events.get(i), stored.get(i).version(), at);
            }
        } catch (SQLException e) {
            throw new EventStoreException("append to unit " + stream + " failed", e);
        }
    }

    public void append(Household household, List<? extends HouseholdEvent> events) {
        UUID stream = household.exists() ? household.id().value() : events.get(0).householdId().value();
        Instant at = now();
        try (Connection c = connection()) {
            List<NewEvent> batch = events.stream().map(e -> new NewEvent(newId(), RegistryEvents.HOUSEHOLDS.typeName(e),
                    e.code(), at, RegistryEvents.HOUSEHOLDS.toJson(e))).toList();
            List<StoredEvent> stored = eventStore.append(c, stream, RegistryEvents.HOUSEHOLD, household.version(), batch);
            for (int i = 0; i < events.size(); i++) {
                readModel.apply(c, events.get(i), stored.get(i).version(), at);
            }
        } catch (SQLException e) {
            throw new EventStoreException("append to household " + stream + " failed", e);
        }
    }
}
