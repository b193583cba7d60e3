package cn.wanggezhili.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import cn.wanggezhili.eventstore.EventStoreSchema;

/**
 * The grid registry's tables in the bench database, from the service's own migration files (read from the source
 * tree, not copied) and the event store's. The service's Flyway, with the same files and the default history
 * table, then finds the schema up to date.
 */
final class RegistrySchema {

    private RegistrySchema() {
    }

    static String migrate(DataSource dataSource, Path repositoryRoot) {
        Path migrations = repositoryRoot.resolve("services/grid-registry/src/main/resources/db/migration");
        if (!Files.isDirectory(migrations)) {
            throw new IllegalStateException("no registry migrations at " + migrations);
        }
        int applied = Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + migrations)
                .load()
                .migrate()
                .migrationsExecuted;
        EventStoreSchema.migrate(dataSource);
        return "%d registry migration(s) from %s, then the event store's (EventStoreSchema.migrate)"
                .formatted(applied, repositoryRoot.relativize(migrations));
    }
}
