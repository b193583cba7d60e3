package cn.wanggezhili.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A packaged service (its quarkus-run.jar) as a child process (of a bench or a test), on its own port and
 * database, output in a log file. A shutdown hook stops it if its parent dies, so that it never outlives the run.
 */
public final class PackagedService implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final String service;
    private final Process process;
    private final Path jar;
    private final Path log;
    private final URI base;
    private final Thread stopOnExit;
    private final long launchedAt = System.nanoTime();
    private double startSeconds;

    private PackagedService(String service, Process process, Path jar, Path log, URI base) {
        this.service = service;
        this.process = process;
        this.jar = jar;
        this.log = log;
        this.base = base;
        this.stopOnExit = new Thread(this::stop, "stop-" + service);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /**
     * Starts {@code service}'s app with {@code jvmOptions} and {@code environment} and waits until /q/health/ready
     * answers 200.
     */
    public static PackagedService start(String service, Path jar, List<String> jvmOptions, int port, String jdbcUrl,
                                        Map<String, String> environment, Path log) throws IOException {
        PackagedService app = launch(service, jar, jvmOptions, port, jdbcUrl, environment, log);
        app.awaitReady();
        return app;
    }

    /** Starts the app without waiting for it: several can start side by side, then {@link #awaitReady()} each. */
    public static PackagedService launch(String service, Path jar, List<String> jvmOptions, int port, String jdbcUrl,
                                         Map<String, String> environment, Path log) throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " missing: build it with ./mvnw -q -B install -DskipTests -pl services/"
                    + service + " -am (or ./mvnw install -DskipTests)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dquarkus.datasource.jdbc.url=" + jdbcUrl, "-jar", jar.toString()));
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).directory(jar.getParent().toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        return new PackagedService(service, builder.start(), jar, log, URI.create("http://127.0.0.1:" + port));
    }

    public URI base() {
        return base;
    }

    public String service() {
        return service;
    }

    public Path log() {
        return log;
    }

    /** Seconds from launch to ready. */
    public double startSeconds() {
        return startSeconds;
    }

    /** When the jar was built: the harness measures whatever build is there, stale or not. */
    public String built() throws IOException {
        return Files.getLastModifiedTime(jar).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
    }

    public long pid() {
        return process.pid();
    }

    /** The log lines worth a look after start-up: Flyway's, and any warning or error. */
    public List<String> notableLogLines() throws IOException {
        return Files.readAllLines(log).stream()
                .filter(line -> line.contains("[org.fly") || line.contains(" WARN ") || line.contains(" ERROR "))
                .toList();
    }

    /** Waits until /q/health/ready answers 200; fails with the log's tail if the app exits or takes too long. */
    public void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(base.resolve("/q/health/ready")).timeout(Duration.ofSeconds(3)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited during start-up (" + process.exitValue() + "):\n" + tail());
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    startSeconds = (System.nanoTime() - launchedAt) / 1e9;
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
        }
        stop();
        throw new IllegalStateException(service + " not ready after " + START_TIMEOUT.toSeconds() + " s:\n" + tail());
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /** SIGTERM (Quarkus shuts down gracefully), then SIGKILL after the grace period. */
    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException e) {
            // already shutting down: the hook runs stop() again, which is a no-op now
        }
    }
}
