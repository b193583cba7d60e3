package cn.wanggezhili.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import cn.wanggezhili.testing.TestServers;
import org.junit.jupiter.api.Test;

/**
 * deploy/keycloak/grid-realm-production.json, imported into a real Keycloak (under another realm name, its
 * {@code ${ENV}} placeholders filled as Keycloak's import fills them): TLS required, brute-force protection on, no
 * password grant, PKCE for the browser client, no users and no secret in the file.
 */
class ProductionRealmTest {

    private static final Path REALM = Path.of("../deploy/keycloak/grid-realm-production.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void the_file_holds_no_users_and_no_secret_only_references_to_the_environment() throws Exception {
        JsonNode realm = JSON.readTree(REALM.toFile());

        assertThat(realm.has("users")).isFalse();
        realm.path("clients").forEach(client -> {
            if (client.has("secret")) {
                assertThat(client.path("secret").asText()).as(client.path("clientId").asText()).matches("\\$\\{[A-Z_]+}");
            }
        });
    }

    @Test
    void keycloak_imports_it_with_tls_required_brute_force_protection_and_no_password_grant() throws Exception {
        String base = TestServers.keycloakRealmUrl().replaceFirst("/realms/.*$", "");
        String admin = adminToken(base);
        String name = "grid-production-check";
        String realm = Files.readString(REALM).replace("\"realm\" : \"grid\"", "\"realm\" : \"" + name + "\"")
                .replace("\"realm\": \"grid\"", "\"realm\": \"" + name + "\"")
                .replaceAll("\\$\\{[A-Z_]+_SECRET}", "a-secret-from-the-environment")
                .replace("${GRID_BROWSER_REDIRECT_URI}", "https://grid.example.cn/*")
                .replace("${GRID_BROWSER_ORIGIN}", "https://grid.example.cn")
                .replace("${GRID_COMMAND_CENTER_REDIRECT_URI}", "https://screen.example.cn/*");
        send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + name)).header("Authorization", "Bearer " + admin).DELETE());
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(base + "/admin/realms"))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(realm)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        JsonNode imported = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + name))
                .header("Authorization", "Bearer " + admin).GET()).body());
        assertThat(imported.path("sslRequired").asText()).isEqualTo("all");
        assertThat(imported.path("bruteForceProtected").asBoolean()).isTrue();
        JsonNode clients = JSON.readTree(send(HttpRequest.newBuilder(URI.create(base + "/admin/realms/" + name + "/clients"))
                .header("Authorization", "Bearer " + admin).GET()).body());
        for (JsonNode client : clients) {
            if (client.path("clientId").asText().startsWith("grid-")) {
                assertThat(client.path("directAccessGrantsEnabled").asBoolean()).as(client.path("clientId").asText()).isFalse();
                assertThat(client.path("implicitFlowEnabled").asBoolean()).isFalse();
                if (client.path("publicClient").asBoolean()) {
                    assertThat(client.path("attributes").path("pkce.code.challenge.method").asText()).isEqualTo("S256");
                }
            }
        }

        // over plain HTTP the realm answers nothing but a refusal, even to a well-formed password grant
        HttpResponse<String> overHttp = send(HttpRequest.newBuilder(URI.create(base + "/realms/" + name + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=grid-dashboard&username=x&password=y")));
        assertThat(overHttp.statusCode()).isBetween(400, 403);
        assertThat(overHttp.body()).doesNotContain("access_token");
    }

    private static String adminToken(String base) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=" + URLEncoder.encode("admin", StandardCharsets.UTF_8);
        HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return m.group(1);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
