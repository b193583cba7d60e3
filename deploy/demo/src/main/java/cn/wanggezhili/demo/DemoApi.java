package cn.wanggezhili.demo;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP the demo stories share: a demo user's token from the realm, JSON sent with it, a refusal reported with
 * the URL and status, ids read from the answers. Plain JDK HttpClient and regular expressions, so the stories run
 * with nothing but this module's classes on the classpath.
 */
final class DemoApi {

    /** The ids the services answer with: UUIDs. */
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private DemoApi() {
    }

    /** The realm's URL, as the devstack writes it to .devstack/env (run.sh exports it). */
    static String realm() {
        String realm = System.getenv("OIDC_AUTH_SERVER_URL");
        if (realm == null || realm.isBlank()) {
            throw new DemoFailed("OIDC_AUTH_SERVER_URL is not set: export the devstack's .devstack/env first (run.sh does)");
        }
        return realm;
    }

    /** An access token of a realm demo user (password {@code <user>-pw}) through the grid-api client. */
    static String token(String realmUrl, String username) throws IOException, InterruptedException {
        String form = "grant_type=password&client_id=grid-api&client_secret=grid-api-secret"
                + "&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(username + "-pw", StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(realmUrl + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher m = ACCESS_TOKEN.matcher(response.body());
        if (!m.find()) {
            throw new DemoFailed("no token for " + username + " from " + realmUrl + ": " + response.statusCode());
        }
        return m.group(1);
    }

    /** A JSON POST with the caller's token; {@link Call#contentType} changes the type for other bodies. */
    static Call post(String url, String token, String json) {
        return new Call("POST", url, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    static Call get(String url, String token) {
        return new Call("GET", url, HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET());
    }

    /** The first id in an answer: the object a command created. */
    static String id(String json) {
        return first(ID, json, "id");
    }

    /** Group 1 of the first match of {@code pattern}; {@code what} names it when the answer has none. */
    static String first(Pattern pattern, String json, String what) {
        Matcher m = pattern.matcher(json);
        if (!m.find()) {
            throw new DemoFailed("no " + what + " in " + json);
        }
        return m.group(1);
    }

    /** Group 1 of every match of {@code pattern}, in order. */
    static List<String> all(Pattern pattern, String json) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(json);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Tokens of the demo users, each fetched again once older than {@code maxAge}: for stories that outlive one. */
    static final class Tokens {

        private record Token(String value, Instant fetched) {
        }

        private final String realmUrl;
        private final Duration maxAge;
        private final Map<String, Token> tokens = new HashMap<>();

        Tokens(String realmUrl, Duration maxAge) {
            this.realmUrl = realmUrl;
            this.maxAge = maxAge;
        }

        String of(String username) throws IOException, InterruptedException {
            Token token = tokens.get(username);
            if (token == null || token.fetched().isBefore(Instant.now().minus(maxAge))) {
                token = new Token(token(realmUrl, username), Instant.now());
                tokens.put(username, token);
            }
            return token.value();
        }
    }

    /** One request being put together; each story adds only the headers it always sent. */
    static final class Call {

        private final String method;
        private final String url;
        private final HttpRequest.Builder request;

        private Call(String method, String url, HttpRequest.Builder request) {
            this.method = method;
            this.url = url;
            this.request = request;
        }

        /** Commands carry a fixed Idempotency-Key so that a story run twice changes nothing; null sends none. */
        Call key(String idempotencyKey) {
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return this;
        }

        Call acceptJson() {
            request.header("Accept", "application/json");
            return this;
        }

        Call contentType(String type) {
            request.setHeader("Content-Type", type);
            return this;
        }

        Call timeout(Duration timeout) {
            request.timeout(timeout);
            return this;
        }

        /** The answer whatever its status: for polls and for stories that decide on the status themselves. */
        HttpResponse<String> send() throws IOException, InterruptedException {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        /** The body of a 2xx answer (or of one of {@code alsoAccepted}, e.g. 409 for what exists already). */
        String ok(int... alsoAccepted) throws IOException, InterruptedException {
            HttpResponse<String> response = send();
            int status = response.statusCode();
            if (status / 100 != 2 && Arrays.stream(alsoAccepted).noneMatch(s -> s == status)) {
                throw refused(response);
            }
            return response.body();
        }

        /** The body of an answer with exactly one of {@code statuses}. */
        String expect(int... statuses) throws IOException, InterruptedException {
            HttpResponse<String> response = send();
            if (Arrays.stream(statuses).noneMatch(s -> s == response.statusCode())) {
                throw refused(response);
            }
            return response.body();
        }

        private DemoFailed refused(HttpResponse<String> response) {
            return new DemoFailed(method + " " + url + " answered " + response.statusCode() + ": " + response.body());
        }
    }
}
