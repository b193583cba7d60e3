package cn.wanggezhili.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.apache.kafka.common.utils.AppInfoParser;

/** What the numbers were measured on: they mean little without the cores, the JVM and the server versions. */
record Machine(String date, int cores, String memory, String java, String postgres, String postgresDurability,
               String kafka) {

    static Machine describe(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            return new Machine(
                    ZonedDateTime.now().format(DateTimeFormatter.RFC_1123_DATE_TIME),
                    Runtime.getRuntime().availableProcessors(),
                    totalMemory(),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    single(s, "select version()"),
                    single(s, """
                            select string_agg(name || '=' || current_setting(name), ', ' order by name) from pg_settings
                             where name in ('synchronous_commit', 'fsync', 'wal_sync_method', 'commit_delay',
                                            'full_page_writes', 'shared_buffers', 'max_wal_size')
                            """),
                    "Kafka " + AppInfoParser.getVersion() + " (clients and KRaft broker from the Quarkus BOM)");
        }
    }

    String markdown() {
        return """
                - date: %s
                - cores (nproc): %d, memory: %s
                - JVM: %s
                - Postgres: %s
                - Postgres durability settings (unchanged): %s
                - %s
                """.formatted(date, cores, memory, java, postgres, postgresDurability, kafka);
    }

    private static String single(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String totalMemory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(line -> line.startsWith("MemTotal:"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .map(kib -> String.format("%.1f GiB", kib / 1024.0 / 1024.0))
                    .findFirst().orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
