package cn.wanggezhili.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.servers.Server;

/**
 * Where a service answers: a county's deployment behind its gateway (scheme and host are variables), or the local
 * run. The OIDC discovery URL is relative, so it follows whichever server a client picks.
 */
final class ServersAndSignIn {

    private ServersAndSignIn() {
    }

    static void describe(OpenAPI openAPI) {
        Server deployment = OASFactory.createServer()
                .url("{scheme}://{host}")
                .description("A county's deployment, behind its gateway")
                .addVariable("scheme", OASFactory.createServerVariable().defaultValue("https")
                        .enumeration(List.of("https", "http")).description("https in production"))
                .addVariable("host", OASFactory.createServerVariable().defaultValue("grid.houma.gov.cn")
                        .description("The gateway's host name"));
        Server local = OASFactory.createServer()
                .url("http://127.0.0.1:{port}")
                .description("The local run (deploy/local/run.sh)")
                .addVariable("port", OASFactory.createServerVariable().defaultValue(port())
                        .description("This service's port in the local run"));
        openAPI.setServers(List.of(deployment, local));
    }

    /**
     * The port the service's application.properties gives it, not the one this process runs on (a test or a suite run
     * picks free ports): the document is the same wherever it is served.
     */
    private static String port() {
        Properties properties = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("quarkus.http.port", "8080");
    }
}
