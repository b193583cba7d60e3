package cn.wanggezhili.dispatch.api;

import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Residents' and Open311 submissions are limited per caller (20 a minute by default) and callers without a token per
 * address (60 a minute): a 429 problem with Retry-After, and nothing created. Staff are not limited.
 */
@QuarkusTest
@TestProfile(SubmissionRateLimitTest.ProductionLimits.class)
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class SubmissionRateLimitTest {

    /** The limits as deployed (the test profile lifts them for every other test). */
    public static class ProductionLimits implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("http-commands.rate-limit.per-caller-per-minute", "20",
                    "http-commands.rate-limit.per-address-per-minute", "120",
                    "http-commands.rate-limit.anonymous-per-address-per-minute", "60");
        }
    }

    private static final String REQUESTS = "/api/v1/open311/v2/requests.json";

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/tasks")
    URL tasks;

    @BeforeEach
    void freshBuckets() throws Exception {
        DispatchFixture.grid(dataSource);
        forgetBuckets();
    }

    /** Other tests in this run submit as the resident too: they must find a full bucket. */
    @AfterEach
    void forgetBuckets() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("delete from rate_limit_bucket");
        }
    }

    @Test
    void a_resident_s_reports_beyond_twenty_a_minute_are_refused_with_retry_after_and_create_nothing() throws Exception {
        // the bucket holds 20 and refills one every 3 s: on a slow machine a report or two more may pass
        long started = System.nanoTime();
        int accepted = 0;
        Response refused = null;
        while (refused == null && accepted < 40) {
            long before = openReports();
            Response answer = report("resident", accepted + 1);
            if (answer.statusCode() == 201) {
                accepted++;
            } else {
                refused = answer;
                assertThat(openReports()).as("a refused report creates nothing").isEqualTo(before);
            }
        }
        long refilled = (System.nanoTime() - started) / 3_000_000_000L;

        assertThat(refused).as("a report was refused").isNotNull();
        assertThat(accepted).isBetween(20, 20 + (int) refilled);
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.jsonPath().getString("type")).isEqualTo("https://wanggezhili.cn/problems/too-many-requests");
        assertThat(Integer.parseInt(refused.header("Retry-After"))).isBetween(1, 60);
    }

    @Test
    void staff_entering_many_reports_in_a_row_are_not_limited() {
        for (int i = 1; i <= 25; i++) {
            DispatchFixture.report("grid-chief", QINCUN_MICRO_1, "household-visit", Map.of()); // each asserts its 201
        }
    }

    @Test
    void requests_without_a_token_from_one_address_are_refused_after_sixty_a_minute() throws Exception {
        // from an address of its own (127.0.0.2, still this machine), so that other tests' 401s are not counted with it;
        // the bucket holds 60 and refills one a second, so a slow machine may see a few more pass
        long started = System.nanoTime();
        List<Integer> statuses = new ArrayList<>();
        while (!statuses.contains(429) && statuses.size() < 120) {
            statuses.add(getWithoutToken(InetAddress.getByName("127.0.0.2")));
        }
        long refilled = (System.nanoTime() - started) / 1_000_000_000L;

        assertThat(statuses).as("refused at last").endsWith(429);
        assertThat(statuses.subList(0, statuses.size() - 1)).containsOnly(401);
        assertThat(statuses.size() - 1).isBetween(60, 60 + (int) refilled);
        assertThat(getWithoutToken(InetAddress.getByName("127.0.0.3"))).as("another address").isEqualTo(401);
    }

    private static Response report(String user, int n) {
        return as(user).body(Map.of("service_code", "resident-report", "address_id", QINCUN_MICRO_1,
                "description", "路灯不亮，第" + n + "次反映", "attributes", Map.of("topic", "供水"))).post(REQUESTS);
    }

    private long openReports() throws Exception {
        try (Connection c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery("select count(*) from task_view where type_code = 'resident-report'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** GET /api/v1/tasks with no Authorization header, sent from {@code from}; returns the status code. */
    private int getWithoutToken(InetAddress from) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress(tasks.getHost(), tasks.getPort()), 5000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + tasks.getPath() + " HTTP/1.1\r\nHost: " + tasks.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
