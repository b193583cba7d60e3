package cn.wanggezhili.eventstore.quarkus;

import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.EventStoreSchema;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Creates the event tables at start-up (unless {@link EventTablesFirst} did, before the service's own Flyway
 * migrations) and offers the service its {@link EventStore}. The relay and the consumers
 * start after it (their start-up observers have later priorities), since they read and write these tables.
 */
@ApplicationScoped
public class EventStoreStartup {

    /** Start-up order of the event machinery: tables, then the relay, then the consumers. */
    public static final int TABLES = 0;
    public static final int RELAY = 10;
    public static final int CONSUMERS = 20;

    @Inject
    DataSource dataSource;

    /** When Flyway migrates at start, {@link EventTablesFirst} has migrated the event tables already, before it. */
    @ConfigProperty(name = "quarkus.flyway.migrate-at-start", defaultValue = "false")
    boolean flywayMigratedAtStart;

    private final EventStore eventStore = new EventStore();

    @Produces
    @Singleton
    EventStore eventStore() {
        return eventStore;
    }

    void migrate(@Observes @Priority(TABLES) StartupEvent event) {
        if (!flywayMigratedAtStart) {
            EventStoreSchema.migrate(dataSource);
        }
    }
}
