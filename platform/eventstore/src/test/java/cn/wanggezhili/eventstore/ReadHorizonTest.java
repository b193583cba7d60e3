package cn.wanggezhili.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import cn.wanggezhili.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where reading in commit order stops: at the oldest transaction still running in this database, not in the whole
 * server. Services share one Postgres server in development and here; another service's long transaction must not
 * hold back this service's relay and live streams.
 */
class ReadHorizonTest extends EventStoreTestSupport {

    static AgroalDataSource otherService;

    @BeforeAll
    static void anotherDatabaseOnTheSameServer() {
        TestServers.freshDatabase("eventstore_test_other");
        otherService = TestServers.dataSource("eventstore_test_other", 2);
    }

    @AfterAll
    static void close() {
        otherService.close();
    }

    @Test
    void a_long_transaction_in_another_database_does_not_hold_back_this_database_s_readers() throws Exception {
        try (Connection elsewhere = holdingATransactionId(otherService)) {
            UUID stream = UUID.randomUUID();
            appendInTransaction(stream, 0, List.of(amount(3)));
            assertThat(readAll()).extracting(StoredEvent::streamId).containsExactly(stream);
            elsewhere.rollback();
        }
    }

    @Test
    void a_transaction_running_in_this_database_holds_back_what_committed_after_it_began() throws Exception {
        UUID early = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        try (Connection running = holdingATransactionId(dataSource)) {
            store.append(running, early, "test", 0, List.of(amount(1)));
            appendInTransaction(later, 0, List.of(amount(2)));
            assertThat(readAll()).as("the later commit waits for the earlier transaction id").isEmpty();
            running.commit();
        }
        assertThat(readAll()).extracting(StoredEvent::streamId).containsExactly(early, later);
    }

    private static Connection holdingATransactionId(AgroalDataSource pool) throws SQLException {
        Connection c = pool.getConnection();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("select pg_current_xact_id()");
        }
        return c;
    }

    private List<StoredEvent> readAll() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return store.readCommitted(c, EventCursor.START, EventFilter.ALL, 100);
        }
    }
}
