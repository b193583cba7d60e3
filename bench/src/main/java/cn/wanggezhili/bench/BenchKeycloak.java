package cn.wanggezhili.bench;

import java.nio.file.Path;

/**
 * Keycloak's install, log and pid file under bench/target rather than the test JVMs' .devstack/test-keycloak:
 * starting a test Keycloak stops whatever process that directory's pid file names, so a bench sharing it with a
 * test run elsewhere in the repository would stop that run's Keycloak, or lose its own. Its first start unpacks and
 * builds the install (a minute or two); later runs reuse it.
 */
final class BenchKeycloak {

    private BenchKeycloak() {
    }

    /** Call before the first {@code TestServers.keycloakRealmUrl()} or {@code Tokens.of}. */
    static void useOwnHome(Path root) {
        if (System.getProperty("devstack.home") == null && System.getenv("DEVSTACK_HOME") == null) {
            System.setProperty("devstack.home", root.resolve("bench/target/devstack").toString());
        }
    }
}
