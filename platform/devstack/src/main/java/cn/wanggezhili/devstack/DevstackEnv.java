package cn.wanggezhili.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@code .devstack/env}: the servers' addresses as shell variables, for services started beside the devstack.
 * It also holds the personal-data keys of the local run, made once and kept, so that residents' data stays
 * readable across runs (a real deployment takes its key from a secret store).
 */
final class DevstackEnv {

    private final Path home;

    DevstackEnv(Path home) {
        this.home = home;
    }

    void write(PostgresServer postgres, KafkaBroker kafka, KeycloakServer keycloak) {
        String jdbc = postgres.jdbcUrl("");
        String hostPort = jdbc.substring("jdbc:postgresql://".length(), jdbc.length() - 1);
        int colon = hostPort.lastIndexOf(':');
        String env = """
                PGHOST=%s
                PGPORT=%s
                PGUSER=%s
                PGPASSWORD=%s
                KAFKA_BOOTSTRAP_SERVERS=%s
                OIDC_AUTH_SERVER_URL=%s
                REGISTRY_PERSONAL_DATA_KEY=%s
                MEDIATION_PERSONAL_DATA_KEY=%s
                """.formatted(hostPort.substring(0, colon), hostPort.substring(colon + 1), postgres.user(),
                postgres.password(), kafka.bootstrapServers(), keycloak.realmUrl(), personalDataKey("personal-data.key"),
                personalDataKey("mediation-personal-data.key"));
        try {
            Path target = home.resolve("env");
            Path temp = home.resolve("env.tmp");
            Files.writeString(temp, env);
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DevstackException("cannot write " + home.resolve("env"), e);
        }
    }

    /** One key per service that keeps personal data (the registry's residents, mediation's parties). */
    private String personalDataKey(String name) {
        Path file = home.resolve(name);
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new DevstackException("cannot read or create " + file, e);
        }
    }
}
