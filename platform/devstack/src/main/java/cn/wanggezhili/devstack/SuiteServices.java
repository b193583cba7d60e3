package cn.wanggezhili.devstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The suite's six services, packaged (each {@code services/<name>/target/quarkus-app/quarkus-run.jar}), started side
 * by side as child processes against the servers the caller names (a test's or a bench's): each on a free port and
 * its own database. They never call each other; what one learns from another arrives over Kafka.
 */
public final class SuiteServices implements AutoCloseable {

    /** Every service, by its module name; its database is the name with underscores. */
    public static final List<String> NAMES = List.of("grid-registry", "task-dispatch", "scoring", "mediation", "points-store",
            "command-center");

    private final Map<String, PackagedService> running;

    private SuiteServices(Map<String, PackagedService> running) {
        this.running = running;
    }

    /**
     * Starts all six and waits until each is ready; if one fails, the others are stopped.
     *
     * @param jar         a service's quarkus-run.jar, given its module name (see {@link #builtIn(Path)})
     * @param environment the servers' addresses and secrets (KAFKA_BOOTSTRAP_SERVERS, OIDC_AUTH_SERVER_URL, PGUSER,
     *                    the personal-data keys), the same for every service
     * @param jdbcUrl     a service's database URL, given its module name
     * @param jvmOptions  a service's extra JVM options (e.g. shorter intervals in a test), given its module name
     */
    public static SuiteServices start(Function<String, Path> jar, Map<String, String> environment, Function<String, String> jdbcUrl,
                                      Function<String, List<String>> jvmOptions, Path logDirectory) throws IOException {
        Map<String, PackagedService> running = new LinkedHashMap<>();
        SuiteServices suite = new SuiteServices(running);
        try {
            // one after the other: on a machine of two cores, six JVMs starting at once only starve each other
            for (String name : NAMES) {
                running.put(name, PackagedService.start(name, jar.apply(name), jvmOptions.apply(name), Ports.free(), jdbcUrl.apply(name),
                        environment, logDirectory.resolve(name + ".log")));
            }
            return suite;
        } catch (IOException | RuntimeException e) {
            suite.close();
            throw e;
        }
    }

    /** The jars as the build leaves them: {@code services/<name>/target/quarkus-app/quarkus-run.jar}. */
    public static Function<String, Path> builtIn(Path repositoryRoot) {
        return name -> repositoryRoot.resolve("services").resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }

    /** The database a service uses in the local run ({@code grid-registry} → {@code grid_registry}). */
    public static String database(String service) {
        return service.replace('-', '_');
    }

    public URI base(String service) {
        PackagedService app = running.get(service);
        if (app == null) {
            throw new IllegalArgumentException("no service " + service + " in " + NAMES);
        }
        return app.base();
    }

    public List<PackagedService> services() {
        return List.copyOf(running.values());
    }

    @Override
    public void close() {
        List<PackagedService> reversed = new ArrayList<>(running.values());
        java.util.Collections.reverse(reversed);
        reversed.forEach(PackagedService::close);
    }
}
