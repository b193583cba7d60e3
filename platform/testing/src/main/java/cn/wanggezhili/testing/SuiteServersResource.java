package cn.wanggezhili.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Points a {@code @QuarkusTest} application at real servers: a fresh database (init arg {@code database}) on the
 * suite's Postgres, a real Kafka broker and, unless {@code keycloak=false}, a real Keycloak with the suite's realm.
 */
public class SuiteServersResource implements QuarkusTestResourceLifecycleManager {

    private String database = "test";
    private boolean keycloak = true;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
        keycloak = Boolean.parseBoolean(initArgs.getOrDefault("keycloak", "true"));
    }

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", TestServers.freshDatabase(database));
        config.put("quarkus.datasource.username", TestServers.postgres().user());
        config.put("quarkus.datasource.password", TestServers.postgres().password());
        config.put("kafka.bootstrap.servers", TestServers.kafkaBootstrapServers());
        if (keycloak) {
            config.put("quarkus.oidc.auth-server-url", TestServers.keycloakRealmUrl());
        }
        return config;
    }

    @Override
    public void stop() {
        // the servers live as long as the test JVM (shutdown hooks stop them), shared by every test class
    }
}
