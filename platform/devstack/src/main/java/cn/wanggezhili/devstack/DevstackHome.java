package cn.wanggezhili.devstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the devstack keeps installs, data, logs and pid files: {@code <repo>/.devstack} unless told otherwise. */
public final class DevstackHome {

    private DevstackHome() {
    }

    public static Path get() {
        String configured = firstNonBlank(System.getProperty("devstack.home"), System.getenv("DEVSTACK_HOME"));
        Path home = configured != null ? Paths.get(configured) : repositoryRoot().resolve(".devstack");
        try {
            Files.createDirectories(home);
        } catch (java.io.IOException e) {
            throw new DevstackException("cannot create devstack home " + home, e);
        }
        return home.toAbsolutePath();
    }

    /** The nearest ancestor of the working directory holding {@code mvnw}: the suite's root. */
    public static Path repositoryRoot() {
        Path dir = Paths.get("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.exists(d.resolve("mvnw")) && Files.isDirectory(d.resolve("platform"))) {
                return d;
            }
        }
        return dir;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
