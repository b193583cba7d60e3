package cn.wanggezhili.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loads the demo county through the grid registry's public API, as the county administrator would:
 * creates the county (侯马市 141081) and onboards the demo CSV. Safe to run again: both steps are idempotent.
 * Usage: {@code DemoLoader <registry base URL> <csv file>}, with OIDC_AUTH_SERVER_URL set.
 */
public final class DemoLoader {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private DemoLoader() {
    }

    public static void main(String[] args) throws Exception {
        String registry = args[0];
        Path csv = Path.of(args[1]);
        String token = token(System.getenv("OIDC_AUTH_SERVER_URL"), "county-admin");
        HttpResponse<String> county = send(HttpRequest.newBuilder(URI.create(registry + "/api/v1/grid-units"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"141081000000\",\"name\":\"侯马市\"}")));
        if (county.statusCode() != 201 && county.statusCode() != 409) {
            throw new DevstackException("creating the county failed: " + county.statusCode() + " " + county.body());
        }
        HttpResponse<String> onboarding = send(HttpRequest.newBuilder(URI.create(registry + "/api/v1/onboardings"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv; charset=UTF-8")
                .timeout(Duration.ofMinutes(10))
                .POST(HttpRequest.BodyPublishers.ofString(Files.readString(csv))));
        if (onboarding.statusCode() != 200) {
            throw new DevstackException("onboarding the demo county failed: " + onboarding.statusCode() + " " + onboarding.body());
        }
        System.out.println("demo county loaded: " + onboarding.body());
    }

    static String token(String realmUrl, String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=grid-api&client_secret=grid-api-secret"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(username + "-pw", StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (!m.find()) {
            throw new DevstackException("no token for " + username + ": " + response.statusCode());
        }
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
