package cn.wanggezhili.registry.projection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.Replay;
import cn.wanggezhili.sql.Sql;
import cn.wanggezhili.sql.Database;
import cn.wanggezhili.registry.app.RegistryEvents;

/**
 * Drops the registry's read model and builds it again from the event table, in commit order, through the same
 * projectors as live appends: the rows come out the same. Residents' encrypted data is not a projection and stays.
 */
@ApplicationScoped
public class RegistryRebuild {

    @Inject
    Database database;

    @Inject
    EventStore eventStore;

    @Inject
    RegistryReadModel readModel;

    @Transactional
    public long rebuild() {
        return database.run(c -> {
            Sql.update(c, "lock table events in share mode"); // no appends while the model is rebuilt
            Sql.update(c, "truncate grid_unit_view, issued_code, staff_assignment_view, household_view, resident_view, unit_population");
            return Replay.all(c, eventStore, e -> {
                if (RegistryEvents.GRID_UNITS.knows(e.eventType())) {
                    readModel.apply(c, RegistryEvents.GRID_UNITS.fromJson(e.eventType(), e.payload()), e.version(), e.occurredAt());
                } else if (RegistryEvents.HOUSEHOLDS.knows(e.eventType())) {
                    readModel.apply(c, RegistryEvents.HOUSEHOLDS.fromJson(e.eventType(), e.payload()), e.version(), e.occurredAt());
                }
            });
        });
    }
}
