package cn.wanggezhili.devstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Command line for the local servers:
 * <ul>
 * <li>{@code up [--reset]}: start everything, create the services' databases, write {@code .devstack/env} (the
 * addresses, as shell variables) and stay in the foreground; Ctrl-C stops the servers (their data stays);</li>
 * <li>{@code start [--reset]}, {@code stop}, {@code status}: the same servers, left running in the background.</li>
 * </ul>
 * Kafka and Keycloak run as their own processes; Postgres is the configured server (PGHOST/PGPORT), or an
 * embedded one, which lives only as long as this command.
 */
public final class Devstack {

    private final Path home;

    public Devstack(Path home) {
        this.home = home;
    }

    public static void main(String[] args) {
        List<String> options = Arrays.asList(args);
        String command = options.isEmpty() ? "status" : options.get(0);
        Devstack devstack = new Devstack(DevstackHome.get());
        try {
            switch (command) {
                case "up" -> devstack.up(options.contains("--reset"));
                case "start" -> devstack.start(options.contains("--reset"));
                case "stop" -> devstack.stop();
                case "status" -> devstack.status();
                default -> {
                    System.err.println("usage: devstack up [--reset] | start [--reset] | stop | status");
                    System.exit(2);
                }
            }
        } catch (DevstackException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(1);
        }
    }

    public KafkaBroker kafka() {
        return new KafkaBroker(home.resolve("kafka"), port("KAFKA_PORT", 19092), port("KAFKA_CONTROLLER_PORT", 19093),
                KafkaBroker.Profile.LONG_RUNNING);
    }

    public KeycloakServer keycloak() {
        return new KeycloakServer(home.resolve("keycloak"), port("KEYCLOAK_PORT", 18080),
                port("KEYCLOAK_MANAGEMENT_PORT", 18090), true);
    }

    public static Path realmFile() {
        return DevstackHome.repositoryRoot().resolve("deploy/keycloak/grid-realm.json");
    }

    /** One database per service (the README's tour); created if missing, emptied only with --reset. */
    static final List<String> DATABASES = List.of("grid_registry", "task_dispatch", "scoring", "mediation",
            "points_store", "command_center");

    void up(boolean reset) {
        PostgresServer postgres = PostgresServer.locate(home.resolve("postgres"));
        KafkaBroker kafka = kafka().start(reset);
        KeycloakServer keycloak = keycloak().start(realmFile(), reset);
        DATABASES.forEach(db -> postgres.createDatabase(db, reset));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.stop();
            kafka.stop();
            postgres.close();
        }));
        new DevstackEnv(home).write(postgres, kafka, keycloak);
        System.out.println("devstack up: postgres " + postgres.jdbcUrl("") + ", kafka " + kafka.bootstrapServers()
                + ", keycloak " + keycloak.realmUrl() + "; addresses in " + home.resolve("env"));
        ManagedProcess.pause(java.time.Duration.ofDays(3650));
    }

    void start(boolean reset) {
        PostgresServer postgres = PostgresServer.locate(home.resolve("postgres"));
        System.out.println("postgres  " + postgres.jdbcUrl("postgres") + (postgres.isEmbedded() ? " (embedded)" : ""));
        DATABASES.forEach(db -> postgres.createDatabase(db, reset));
        KafkaBroker kafka = kafka().start(reset);
        System.out.println("kafka     " + kafka.bootstrapServers());
        KeycloakServer keycloak = keycloak().start(realmFile(), reset);
        System.out.println("keycloak  " + keycloak.realmUrl());
        new DevstackEnv(home).write(postgres, kafka, keycloak);
        if (postgres.isEmbedded()) {
            System.out.println("embedded Postgres runs while this command runs; press Ctrl-C to stop it");
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
            ManagedProcess.pause(java.time.Duration.ofDays(365));
        }
    }

    void stop() {
        keycloak().stop();
        kafka().stop();
        System.out.println("stopped Kafka and Keycloak");
    }

    void status() {
        KafkaBroker kafka = kafka();
        KeycloakServer keycloak = keycloak();
        System.out.println("kafka     " + (kafka.ready() ? "ready at " + kafka.bootstrapServers() : "down"));
        System.out.println("keycloak  " + (keycloak.ready() ? "ready at " + keycloak.realmUrl() : "down"));
    }

    static int port(String name, int fallback) {
        String value = DevstackHome.firstNonBlank(System.getProperty(name), System.getenv(name));
        return value != null ? Integer.parseInt(value) : fallback;
    }
}
