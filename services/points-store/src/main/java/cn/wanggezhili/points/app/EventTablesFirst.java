package cn.wanggezhili.points.app;

import io.quarkus.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Arrays;
import javax.sql.DataSource;
import cn.wanggezhili.eventstore.EventStoreSchema;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Migrates the event machinery's tables (platform/eventstore) before this service's own migrations, which Quarkus
 * runs before any start-up observer, the event store's included. V3 moves the pending credits into the machinery's
 * {@code inbox} table, so the inbox must exist by then, on a new database as on one upgraded from before the inbox.
 * The event store's own migration at start-up then finds nothing left to do. Both keep their own history tables.
 */
@Singleton
public class EventTablesFirst implements FlywayConfigurationCustomizer {

    @Inject
    DataSource dataSource;

    @Override
    public void customize(FluentConfiguration configuration) {
        Callback[] callbacks = Arrays.copyOf(configuration.getCallbacks(), configuration.getCallbacks().length + 1);
        callbacks[callbacks.length - 1] = new BaseCallback() {
            @Override
            public boolean supports(Event event, Context context) {
                return event == Event.BEFORE_MIGRATE;
            }

            /** It works on a connection of its own, not in Flyway's transaction. */
            @Override
            public boolean canHandleInTransaction(Event event, Context context) {
                return false;
            }

            @Override
            public void handle(Event event, Context context) {
                EventStoreSchema.migrate(dataSource);
            }
        };
        configuration.callbacks(callbacks);
    }
}
