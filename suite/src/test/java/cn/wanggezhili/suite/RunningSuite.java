package cn.wanggezhili.suite;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import cn.wanggezhili.devstack.DevstackHome;
import cn.wanggezhili.devstack.SuiteServices;
import cn.wanggezhili.testing.TestServers;

/**
 * The whole suite for an end-to-end test: the test's Postgres, Kafka and Keycloak (platform/testing), and the six
 * packaged services started against them, each on a fresh database {@code suite_<service>}, as deploy/local/run.sh
 * starts them. Their logs are in {@code suite/target/suite-logs/}.
 */
final class RunningSuite implements AutoCloseable {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /**
     * The quarter the story's field work happens in, and the next one: scoring and the points store run in its
     * first hour (their clocks moved forward, {@code eventstore.clock-offset}), because a quarter is settled only
     * once it is over, and points are spent after they are credited.
     */
    private static final ZonedDateTime STARTED = ZonedDateTime.now(BEIJING);
    static final String QUARTER = quarterOf(STARTED);
    static final String NEXT_QUARTER = quarterOf(nextQuarterStart(STARTED));
    private static final Duration TO_NEXT_QUARTER = Duration.between(STARTED, nextQuarterStart(STARTED)).plusMinutes(10);

    /**
     * Shorter than production: the escalation job runs every second, a
     * notice's objection window may be seconds.
     */
    private static final Map<String, List<String>> TEST_SETTINGS = Map.of(
            "task-dispatch", List.of("-Ddispatch.escalation-interval=1s"),
            "scoring", List.of("-Dscoring.notice.shortest-window=PT1S", "-Deventstore.clock-offset=" + TO_NEXT_QUARTER),
            "points-store", List.of("-Deventstore.clock-offset=" + TO_NEXT_QUARTER));

    private final SuiteServices services;

    private RunningSuite(SuiteServices services) {
        this.services = services;
    }

    static RunningSuite start() throws IOException {
        Path root = DevstackHome.repositoryRoot();
        Map<String, String> environment = Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", TestServers.kafkaBootstrapServers(),
                "OIDC_AUTH_SERVER_URL", TestServers.keycloakRealmUrl(),
                "PGUSER", TestServers.postgres().user(),
                "PGPASSWORD", TestServers.postgres().password(),
                "REGISTRY_PERSONAL_DATA_KEY", freshKey(),
                "MEDIATION_PERSONAL_DATA_KEY", freshKey());
        return new RunningSuite(SuiteServices.start(SuiteServices.builtIn(root), environment,
                service -> TestServers.freshDatabase("suite_" + SuiteServices.database(service)),
                service -> {
                    List<String> options = new java.util.ArrayList<>(List.of("-Xmx384m", "-XX:+UseSerialGC"));
                    options.addAll(TEST_SETTINGS.getOrDefault(service, List.of()));
                    return options;
                },
                root.resolve("suite/target/suite-logs")));
    }

    /** Where {@code service} answers; the story's generated clients ({@link Clients}) call it there. */
    URI base(String service) {
        return services.base(service);
    }

    String url(String service, String path) {
        return services.base(service).resolve(path).toString();
    }

    @Override
    public void close() {
        services.close();
    }

    private static String quarterOf(ZonedDateTime t) {
        return t.getYear() + "-Q" + ((t.getMonthValue() - 1) / 3 + 1);
    }

    private static ZonedDateTime nextQuarterStart(ZonedDateTime t) {
        int firstMonthOfNext = ((t.getMonthValue() - 1) / 3 + 1) * 3 + 1;
        return t.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).withMonth(1).plusMonths(firstMonthOfNext - 1);
    }

    private static String freshKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
