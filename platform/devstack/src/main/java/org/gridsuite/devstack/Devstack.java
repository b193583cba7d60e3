package org.gridsuite.devstack;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Command line for the local servers: {@code start [--reset]}, {@code stop}, {@code status}.
 * Kafka and Keycloak run as their own processes and keep running after this command ends; Postgres is the
 * configured server (PGHOST/PGPORT), or an embedded one, which lives only as long as a foreground {@code start}.
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
                case "start" -> devstack.start(options.contains("--reset"));
                case "stop" -> devstack.stop();
                case "status" -> devstack.status();
                default -> {
                    System.err.println("usage: devstack start [--reset] | stop | status");
                    System.exit(2);
                }
            }
        } catch (DevstackException e) {
            System.err.println("devstack: " + e.getMessage());
            System.exit(1);
        }
    }

    public KafkaBroker kafka() {
        return new KafkaBroker(home.resolve("kafka"), port("KAFKA_PORT", 19092), port("KAFKA_CONTROLLER_PORT", 19093));
    }

    public KeycloakServer keycloak() {
        return new KeycloakServer(home.resolve("keycloak"), port("KEYCLOAK_PORT", 18080),
                port("KEYCLOAK_MANAGEMENT_PORT", 18090), true);
    }

    public static Path realmFile() {
        return DevstackHome.repositoryRoot().resolve("deploy/keycloak/grid-realm.json");
    }

    void start(boolean reset) {
        PostgresServer postgres = PostgresServer.locate(home.resolve("postgres"));
        System.out.println("postgres  " + postgres.jdbcUrl("postgres") + (postgres.isEmbedded() ? " (embedded)" : ""));
        KafkaBroker kafka = kafka().start(reset);
        System.out.println("kafka     " + kafka.bootstrapServers());
        KeycloakServer keycloak = keycloak().start(realmFile(), reset);
        System.out.println("keycloak  " + keycloak.realmUrl());
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
