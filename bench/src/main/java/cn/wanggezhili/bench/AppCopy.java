package cn.wanggezhili.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A copy of a packaged app (its quarkus-app directory) to run from, so that a rebuild elsewhere in the tree while
 * the bench runs cannot swap its jars underneath it. The copy keeps the build's file times; a copy taken while a
 * build was writing the directory (files newer than 5 s, or changed during the copy) is taken again.
 */
final class AppCopy {

    private AppCopy() {
    }

    /** The copy's directory ({@code target}, replaced), or {@code source} when there is nothing to copy. */
    static Path of(Path source, Path target) throws IOException {
        if (!Files.isRegularFile(source.resolve("quarkus-run.jar"))) {
            return source; // not built: PackagedService says how to build it
        }
        for (int attempt = 1; attempt <= 5; attempt++) {
            long before = newestFileTime(source);
            deleteTree(target);
            copyTree(source, target);
            if (newestFileTime(source) == before && System.currentTimeMillis() - before > 5_000) {
                return target;
            }
            LockSupport.parkNanos(Duration.ofSeconds(5).toNanos());
        }
        throw new IllegalStateException(source + " keeps changing (a build running?): try again later");
    }

    private static long newestFileTime(Path tree) throws IOException {
        try (Stream<Path> files = Files.walk(tree)) {
            long newest = 0;
            for (Path file : (Iterable<Path>) files::iterator) {
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            }
            return newest;
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (Files.exists(tree)) {
            try (Stream<Path> old = Files.walk(tree)) {
                old.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path from : (Iterable<Path>) files::iterator) {
                Path to = target.resolve(source.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
