package cn.wanggezhili.devstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * A server process started by the devstack: its own JVM or script, output in a log file, pid in a file so that
 * a later command (or a later run) can find and stop it. The process outlives the JVM that started it.
 */
public final class ManagedProcess {

    private final String name;
    private final Path pidFile;
    private final Path logFile;

    public ManagedProcess(String name, Path directory) {
        this.name = name;
        this.pidFile = directory.resolve(name + ".pid");
        this.logFile = directory.resolve(name + ".log");
    }

    public Path logFile() {
        return logFile;
    }

    public Optional<ProcessHandle> running() {
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public ProcessHandle start(List<String> command, Path workDir, Map<String, String> environment) {
        try {
            Files.createDirectories(pidFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Files.writeString(pidFile, Long.toString(process.pid()));
            return process.toHandle();
        } catch (IOException e) {
            throw new DevstackException("cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Polls {@code ready} until it holds; fails early, with the log's tail, if the process dies. */
    public void awaitReady(BooleanSupplier ready, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (ready.getAsBoolean()) {
                return;
            }
            if (running().isEmpty()) {
                throw new DevstackException(name + " exited during start-up; last lines of " + logFile + ":\n" + tail());
            }
            pause(Duration.ofMillis(250));
        }
        throw new DevstackException(name + " not ready after " + timeout.toSeconds() + " s; see " + logFile + ":\n" + tail());
    }

    /** SIGTERM, then SIGKILL if it has not gone within the grace period. */
    public void stop(Duration grace) {
        running().ifPresent(handle -> {
            handle.descendants().forEach(ProcessHandle::destroy);
            handle.destroy();
            try {
                handle.onExit().get(grace.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                handle.descendants().forEach(ProcessHandle::destroyForcibly);
                handle.destroyForcibly();
            }
        });
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new DevstackException("cannot remove " + pidFile, e);
        }
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevstackException("interrupted", e);
        }
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
