package cn.wanggezhili.points.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_NORTH;
import static cn.wanggezhili.points.api.PointsFixture.as;
import static cn.wanggezhili.points.api.PointsFixture.count;
import static cn.wanggezhili.points.api.PointsFixture.household;
import static cn.wanggezhili.points.api.PointsFixture.item;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * 100 redemptions at once: exactly as many succeed as the points (or the stock) cover, the others are refused
 * for that reason only, never for having lost a race; the balance and the stock end at zero, not below.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "points_store_test"))
class RedemptionConcurrencyTest {

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/redemptions")
    URL redemptions;

    @Test
    void a_hundred_redemptions_against_a_balance_covering_ten_give_exactly_ten() throws Exception {
        String account = household(dataSource, QINCUN_MICRO_1, 300);
        String soap = item(QINCUN_NORTH, "香皂", 30, 1000, Map.of());

        List<HttpResponse<String>> answers = fire(100, i -> body(account, soap));

        assertThat(statuses(answers, 201)).isEqualTo(10);
        assertThat(answers).filteredOn(r -> r.statusCode() != 201).hasSize(90).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(r.body()).contains("https://wanggezhili.cn/problems/insufficient-points");
        });
        as("store-clerk").get("/api/v1/accounts/{id}", account).then().body("balance", equalTo(0));
        as("store-clerk").get("/api/v1/catalogue-items/{id}", soap).then().body("stock", equalTo(990));
        assertThat(count(dataSource, "select count(*) from events where stream_id = '" + account
                + "' and event_type = 'points-store.PointsDebited.v1'")).isEqualTo(10);
    }

    @Test
    void a_hundred_redemptions_of_an_item_with_ten_in_stock_give_exactly_ten() throws Exception {
        List<String> accounts = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            accounts.add(household(dataSource, QINCUN_MICRO_1, 10_000));
        }
        String rice = item(QINCUN_NORTH, "大米 10kg", 60, 10, Map.of());

        List<HttpResponse<String>> answers = fire(100, i -> body(accounts.get(i % 4), rice));

        assertThat(statuses(answers, 201)).isEqualTo(10);
        assertThat(answers).filteredOn(r -> r.statusCode() != 201).hasSize(90)
                .allSatisfy(r -> assertThat(r.body()).contains("https://wanggezhili.cn/problems/insufficient-stock"));
        as("store-clerk").get("/api/v1/catalogue-items/{id}", rice).then().body("stock", equalTo(0));
        long spent = count(dataSource, "select coalesce(sum(10000 - balance), 0) from account_view where id in ('"
                + String.join("','", accounts) + "')");
        assertThat(spent).isEqualTo(600);
    }

    private static String body(String account, String item) {
        return "{\"accountId\":\"%s\",\"itemId\":\"%s\",\"quantity\":1}".formatted(account, item);
    }

    private List<HttpResponse<String>> fire(int n, IntFunction<String> body) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        String token = Tokens.of("store-clerk");
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(redemptions.toString()))
                    .timeout(Duration.ofSeconds(90))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.apply(i))).build();
            calls.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
        }
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> call : calls) {
            answers.add(call.get());
        }
        return answers;
    }

    private static long statuses(List<HttpResponse<String>> answers, int status) {
        return answers.stream().filter(r -> r.statusCode() == status).count();
    }
}
