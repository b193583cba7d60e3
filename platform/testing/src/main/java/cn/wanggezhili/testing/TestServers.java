package cn.wanggezhili.testing;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalPropertiesReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import cn.wanggezhili.devstack.Devstack;
import cn.wanggezhili.devstack.DevstackHome;
import cn.wanggezhili.devstack.KafkaBroker;
import cn.wanggezhili.devstack.KeycloakServer;
import cn.wanggezhili.devstack.Ports;
import cn.wanggezhili.devstack.PostgresServer;

/**
 * Real servers for a test JVM, started once and shared by every test in it:
 * Postgres (the configured server, or embedded), a throw-away Kafka broker on free ports with empty storage,
 * and Keycloak with the suite's realm in memory. {@code KAFKA_BOOTSTRAP_SERVERS} or {@code OIDC_AUTH_SERVER_URL}
 * point tests at servers started elsewhere instead.
 */
public final class TestServers {

    private static PostgresServer postgres;
    private static String kafkaBootstrap;
    private static String keycloakRealmUrl;

    private TestServers() {
    }

    public static synchronized PostgresServer postgres() {
        if (postgres == null) {
            postgres = PostgresServer.locate(null);
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
        }
        return postgres;
    }

    /** A fresh, empty database for this test run. */
    public static String freshDatabase(String name) {
        postgres().createDatabase(name, true);
        return postgres().jdbcUrl(name);
    }

    public static AgroalDataSource dataSource(String database, int maxConnections) {
        Map<String, String> props = Map.of(
                "jdbcUrl", postgres().jdbcUrl(database),
                "providerClassName", "org.postgresql.Driver",
                "principal", postgres().user(),
                "credential", postgres().password(),
                "maxSize", Integer.toString(maxConnections),
                "minSize", "0",
                "initialSize", "0");
        try {
            return AgroalDataSource.from(new AgroalPropertiesReader().readProperties(props).get());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open a pool on " + database, e);
        }
    }

    public static String kafkaBootstrapServers() {
        return kafkaBootstrapServers(KafkaBroker.Profile.TESTS);
    }

    /** As above, a broker started here tuned as {@code profile} says (benchmarks measure a warm broker). */
    public static synchronized String kafkaBootstrapServers(KafkaBroker.Profile profile) {
        if (kafkaBootstrap == null) {
            String configured = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
            if (configured != null && !configured.isBlank()) {
                kafkaBootstrap = configured;
            } else {
                KafkaBroker broker = new KafkaBroker(tempDirectory("kafka"), Ports.free(), Ports.free(), profile).start(true);
                Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
                kafkaBootstrap = broker.bootstrapServers();
            }
        }
        return kafkaBootstrap;
    }

    /** The realm URL of a Keycloak holding the suite's realm and demo users. */
    public static synchronized String keycloakRealmUrl() {
        if (keycloakRealmUrl == null) {
            String configured = System.getenv("OIDC_AUTH_SERVER_URL");
            if (configured != null && !configured.isBlank()) {
                keycloakRealmUrl = configured;
            } else {
                // The install is kept between runs (its first start builds for ~60 s) and shared by test JVMs; each
                // JVM's server has its own ports, pid and log, and its state is in memory.
                Path directory = DevstackHome.get().resolve("test-keycloak");
                KeycloakServer keycloak = new KeycloakServer(directory, tempDirectory("keycloak"), Ports.free(), Ports.free(), false)
                        .start(Devstack.realmFile(), true);
                Runtime.getRuntime().addShutdownHook(new Thread(keycloak::stop));
                keycloakRealmUrl = keycloak.realmUrl();
            }
        }
        return keycloakRealmUrl;
    }

    private static Path tempDirectory(String prefix) {
        try {
            Path dir = Files.createTempDirectory("wanggezhili-" + prefix);
            dir.toFile().deleteOnExit();
            return dir;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
