package cn.wanggezhili.devstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

/** Where no Postgres is configured or reachable, the devstack runs one itself and keeps its data. */
class EmbeddedPostgresTest {

    @Test
    void an_embedded_server_serves_a_service_database_and_keeps_it_across_restarts() throws Exception {
        Path data = Files.createTempDirectory("devstack-pg");
        try (PostgresServer first = PostgresServer.startEmbedded(data)) {
            assertTrue(first.isEmbedded());
            first.createDatabase("grid_registry", false);
            try (Connection c = first.connect("grid_registry")) {
                c.createStatement().execute("create table kept (id int)");
                c.createStatement().execute("insert into kept values (42)");
            }
        }
        try (PostgresServer second = PostgresServer.startEmbedded(data);
             Connection c = second.connect("grid_registry");
             ResultSet rs = c.createStatement().executeQuery("select id from kept")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
        }
    }
}
