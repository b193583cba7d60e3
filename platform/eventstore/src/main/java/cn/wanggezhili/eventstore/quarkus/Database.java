package cn.wanggezhili.eventstore.quarkus;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import cn.wanggezhili.eventstore.EventStoreException;
import cn.wanggezhili.eventstore.Sql;

/**
 * Plain SQL work on the service's database. Inside a {@code @Transactional} method the connection is the
 * transaction's own, so events, read model and idempotency record commit together.
 */
@ApplicationScoped
public class Database {

    @Inject
    DataSource dataSource;

    public <T> T run(Sql.Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new EventStoreException("database work failed", e);
        }
    }
}
