package cn.wanggezhili.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak from the keycloak-quarkus-dist zip on Maven Central, started in dev mode with the suite's realm
 * imported. {@code persistent} keeps users and sessions in the install's H2 file; otherwise all state is in memory
 * and every start imports the realm afresh (what tests want).
 */
public final class KeycloakServer {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    public static final String REALM = "grid";

    private final Path directory;
    private final int port;
    private final int managementPort;
    private final boolean persistent;
    private final ManagedProcess process;

    public KeycloakServer(Path directory, int port, int managementPort, boolean persistent) {
        this(directory, directory, port, managementPort, persistent);
    }

    /**
     * @param processDirectory where this server's pid and log go: a directory of its own lets several test JVMs run
     *                         servers from one shared install without stopping each other's
     */
    public KeycloakServer(Path directory, Path processDirectory, int port, int managementPort, boolean persistent) {
        this.directory = directory.toAbsolutePath();
        this.port = port;
        this.managementPort = managementPort;
        this.persistent = persistent;
        this.process = new ManagedProcess("keycloak", processDirectory.toAbsolutePath());
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String realmUrl() {
        return url() + "/realms/" + REALM;
    }

    public KeycloakServer start(Path realmFile, boolean reset) {
        Path install = install();
        // a kept database holds the realm as first imported; a changed realm file (a new client, say) is imported
        // afresh, which is safe because the realm file defines everything the suite needs
        boolean realmChanged = persistent && realmChanged(realmFile, install);
        if (process.running().isPresent() && !reset && !realmChanged) {
            process.awaitReady(this::ready, START_TIMEOUT);
            return this;
        }
        stop();
        Ports.requireFree("Keycloak", port, "KEYCLOAK_PORT");
        Ports.requireFree("Keycloak management", managementPort, "KEYCLOAK_MANAGEMENT_PORT");
        if (reset || realmChanged) {
            Files2.deleteRecursively(install.resolve("data/h2"));
        }
        copyRealm(realmFile, install);
        List<String> command = List.of(install.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + port, "--http-host=127.0.0.1", "--http-management-port=" + managementPort,
                "--db=" + (persistent ? "dev-file" : "dev-mem"), "--import-realm", "--log-level=warn");
        Map<String, String> env = Map.of(
                "JAVA_HOME", System.getProperty("java.home"),
                "JAVA_OPTS_KC_HEAP", "-Xms128m -Xmx640m",
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        process.start(command, install, env);
        process.awaitReady(this::ready, START_TIMEOUT);
        return this;
    }

    public void stop() {
        process.stop(Duration.ofSeconds(30));
    }

    public boolean ready() {
        if (!Ports.answers("127.0.0.1", port)) {
            return false;
        }
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                            .timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Unzips the distribution once per version into the devstack home. */
    private Path install() {
        Properties artifacts = artifacts();
        String version = artifacts.getProperty("keycloak.version");
        Path install = directory.resolve("keycloak-" + version);
        if (Files.exists(install.resolve("bin/kc.sh"))) {
            return install;
        }
        Path zip = Path.of(artifacts.getProperty("keycloak.zip"));
        if (!Files.exists(zip)) {
            throw new DevstackException("Keycloak distribution not found at " + zip + ": build platform/devstack with Maven first");
        }
        // a staging directory per process: two JVMs installing at once must not unpack into the same place
        Path staging = directory.resolve("keycloak-unzip-" + ProcessHandle.current().pid());
        Files2.deleteRecursively(staging);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path target = staging.resolve(entry.getName()).normalize();
                if (!target.startsWith(staging)) {
                    throw new DevstackException("unsafe entry in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            Path unpacked = staging.resolve("keycloak-" + version);
            try (var scripts = Files.list(unpacked.resolve("bin"))) {
                scripts.filter(p -> p.toString().endsWith(".sh")).forEach(p -> p.toFile().setExecutable(true));
            }
            try {
                Files.move(unpacked, install);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                // another JVM finished its install first: use that one
            }
            Files2.deleteRecursively(staging);
            return install;
        } catch (IOException e) {
            throw new DevstackException("cannot unpack " + zip, e);
        }
    }

    private static boolean realmChanged(Path realmFile, Path install) {
        Path imported = install.resolve("data/import/" + REALM + "-realm.json");
        try {
            return Files.exists(imported) && Files.mismatch(realmFile, imported) != -1;
        } catch (IOException e) {
            throw new DevstackException("cannot compare realm " + realmFile + " with " + imported, e);
        }
    }

    private static void copyRealm(Path realmFile, Path install) {
        try {
            Path imports = install.resolve("data/import");
            Files.createDirectories(imports);
            Files.copy(realmFile, imports.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new DevstackException("cannot copy realm " + realmFile, e);
        }
    }

    private static Properties artifacts() {
        try (InputStream in = KeycloakServer.class.getResourceAsStream("/devstack/artifacts.properties")) {
            Properties p = new Properties();
            p.load(in);
            return p;
        } catch (IOException | NullPointerException e) {
            throw new DevstackException("devstack/artifacts.properties missing: build platform/devstack with Maven first", e);
        }
    }
}
