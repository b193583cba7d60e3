package cn.wanggezhili.devstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * The Postgres server the suite uses: the one named by the libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD;
 * default 127.0.0.1:5432, user postgres) when it answers, otherwise an embedded server (zonky) in this JVM.
 */
public final class PostgresServer implements AutoCloseable {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.embedded = embedded;
    }

    /** The configured server if it answers; else an embedded one keeping its data in {@code dataDirectory}. */
    public static PostgresServer locate(Path dataDirectory) {
        String host = env("PGHOST", "127.0.0.1");
        int port = Integer.parseInt(env("PGPORT", "5432"));
        String user = env("PGUSER", "postgres");
        String password = env("PGPASSWORD", "");
        boolean forceEmbedded = "embedded".equalsIgnoreCase(System.getenv("DEVSTACK_POSTGRES"));
        if (!forceEmbedded && Ports.answers(host, port)) {
            PostgresServer configured = new PostgresServer(host, port, user, password, null);
            configured.check();
            return configured;
        }
        return startEmbedded(dataDirectory);
    }

    /** An embedded server (zonky's binaries), keeping its data in {@code dataDirectory}, or throw-away when null. */
    public static PostgresServer startEmbedded(Path dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setCleanDataDirectory(dataDirectory == null);
            if (dataDirectory != null) {
                builder.setDataDirectory(dataDirectory);
            }
            EmbeddedPostgres pg = builder.start();
            return new PostgresServer("127.0.0.1", pg.getPort(), "postgres", "", pg);
        } catch (IOException e) {
            throw new DevstackException("no Postgres answers on PGHOST/PGPORT and the embedded one failed to start", e);
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Creates the database if missing; with {@code reset}, drops it first (closing its connections). */
    public void createDatabase(String name, boolean reset) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            if (reset) {
                s.execute("drop database if exists " + name + " with (force)");
            }
            var rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
            if (!rs.next()) {
                s.execute("create database " + name);
            }
        } catch (SQLException e) {
            throw new DevstackException("cannot create database " + name + ": " + e.getMessage(), e);
        }
    }

    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    private void check() {
        try (Connection ignored = connect("postgres")) {
            // reachable and the credentials work
        } catch (SQLException e) {
            throw new DevstackException("Postgres at " + host + ":" + port + " answers but refuses user " + user
                    + ": " + e.getMessage() + " (set PGUSER/PGPASSWORD)", e);
        }
    }

    @Override
    public void close() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new DevstackException("cannot stop embedded Postgres", e);
            }
        }
    }

    private static String env(String name, String fallback) {
        String value = DevstackHome.firstNonBlank(System.getProperty(name), System.getenv(name));
        return value != null ? value : fallback;
    }
}
