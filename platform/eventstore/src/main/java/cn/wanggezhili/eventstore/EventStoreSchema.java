package cn.wanggezhili.eventstore;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Creates and upgrades the event store's tables in a service's database. It keeps its own Flyway history table so
 * that it never collides with the service's own migrations.
 */
public final class EventStoreSchema {

    private EventStoreSchema() {
    }

    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/eventstore")
                .table("eventstore_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
