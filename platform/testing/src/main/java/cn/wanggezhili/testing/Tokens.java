package cn.wanggezhili.testing;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Real access tokens from the test Keycloak for the realm's demo users (password {@code <username>-pw}), through
 * the password grant of the confidential client grid-api. Cached per user for the test run.
 */
public final class Tokens {

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Tokens() {
    }

    public static String of(String username) {
        return CACHE.computeIfAbsent(username, Tokens::fetch);
    }

    private static String fetch(String username) {
        String form = "grant_type=password&client_id=grid-api&client_secret=grid-api-secret&scope=openid"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(username + "-pw", StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestServers.keycloakRealmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("no token for " + username + ": HTTP " + response.statusCode() + " " + response.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
