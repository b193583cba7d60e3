package cn.wanggezhili.sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain SQL work on the service's database. Inside a {@code @Transactional} method the connection is the
 * transaction's own, so events, read model and idempotency record commit together.
 */
@ApplicationScoped
public class Database {

    @Inject
    DataSource dataSource;

    protected Database() {
        // for CDI
    }

    /** Outside CDI (tests, tools): work on connections of {@code dataSource}. */
    public Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public <T> T run(Sql.Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new DatabaseException("database work failed", e);
        }
    }
}
