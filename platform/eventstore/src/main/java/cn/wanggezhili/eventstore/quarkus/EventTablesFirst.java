package cn.wanggezhili.eventstore.quarkus;

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
 * Migrates the event machinery's tables before the service's own migrations, which Quarkus runs before any start-up
 * observer ({@link EventStoreStartup} included): a service's migration may use them, e.g. move the notes of an old
 * table into the {@code inbox} (ADR 0008), on a new database as on one upgraded from before. {@link EventStoreStartup}
 * then leaves them alone. Both keep their own Flyway history tables.
 */
@Singleton
public class EventTablesFirst implements FlywayConfigurationCustomizer {

    @Inject
    DataSource dataSource;

    EventTablesFirst() {
        // for CDI
    }

    /** Outside CDI, e.g. a test that migrates a database as a service would at start. */
    public EventTablesFirst(DataSource dataSource) {
        this.dataSource = dataSource;
    }

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
