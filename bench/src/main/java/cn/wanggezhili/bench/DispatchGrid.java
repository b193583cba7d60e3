package cn.wanggezhili.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The bench's grid as the registry publishes it on grid-registry.events (payloads and CloudEvents headers as in
 * task dispatch's RegistryFeed test fixture): county, street, community, one grid with its micro-grids, a grid
 * worker on the grid and a grid chief on the community. Task dispatch learns it the way it does in production.
 */
final class DispatchGrid {

    static final String TOPIC = "grid-registry.events";
    static final String COUNTY = "141081000000";
    static final String STREET = "141081001000";
    static final String COMMUNITY = "141081001001";
    static final String GRID = "141081001001001";
    static final String WORKER = "grid-worker";
    static final String CHIEF = "grid-chief";
    private static final int POSTS = 2;

    private final List<String> microGrids = new ArrayList<>();
    private final Map<UUID, Integer> versions = new HashMap<>();
    private final Map<String, UUID> unitIds = new HashMap<>();

    DispatchGrid(int microGridCount) {
        for (int i = 1; i <= microGridCount; i++) {
            microGrids.add(GRID + "%03d".formatted(i));
        }
    }

    String randomMicroGrid(SplittableRandom random) {
        return microGrids.get(random.nextInt(microGrids.size()));
    }

    int units() {
        return 4 + microGrids.size();
    }

    String describe() {
        return "county %s, street %s (路西街道), community %s (秦村北社区), grid %s with %d micro-grids (%s001–%03d); "
                .formatted(COUNTY, STREET, COMMUNITY, GRID, microGrids.size(), GRID, microGrids.size())
                + "posts: GRID_WORKER %s on the grid, GRID_CHIEF %s on the community".formatted(WORKER, CHIEF);
    }

    void publish(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            unit(producer, COUNTY, null, 1, "侯马市");
            unit(producer, STREET, COUNTY, 2, "路西街道");
            unit(producer, COMMUNITY, STREET, 3, "秦村北社区");
            unit(producer, GRID, COMMUNITY, 4, "第一网格");
            for (int i = 0; i < microGrids.size(); i++) {
                unit(producer, microGrids.get(i), GRID, 5, (i + 1) + "号楼");
            }
            post(producer, GRID, "GRID_WORKER", WORKER, "陈小军");
            post(producer, COMMUNITY, "GRID_CHIEF", CHIEF, "刘红梅");
        }
    }

    /** Polls the app's projection tables until every unit and post is there; returns the seconds it took. */
    double awaitProjected(DataSource dataSource, Duration timeout) throws SQLException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        while (count(dataSource, "select count(*) from unit_directory") < units()
                || count(dataSource, "select count(*) from staff_post") < POSTS) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("task dispatch did not project the grid within " + timeout.toSeconds() + " s");
            }
            LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void unit(KafkaProducer<String, byte[]> producer, String code, String parentCode, int level, String name) {
        UUID id = unitIds.computeIfAbsent(code, c -> UUID.randomUUID());
        send(producer, id, "GridUnitCreated", code, """
                {"unitId":"%s","code":"%s","name":"%s","level":%d,"kind":"GRID_UNIT","parentId":null,"parentCode":%s}
                """.formatted(id, code, name, level, parentCode == null ? "null" : "\"" + parentCode + "\""));
    }

    private void post(KafkaProducer<String, byte[]> producer, String code, String role, String username, String name) {
        UUID unit = unitIds.get(code);
        // staff id as the registry fixture derives it from the login name, so the worker is the same person on every run
        UUID staff = UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8));
        send(producer, unit, "StaffAssigned", code, """
                {"unitId":"%s","code":"%s","assignmentId":"%s","staffId":"%s","staffName":"%s","username":"%s","role":"%s","since":"%s"}
                """.formatted(unit, code, UUID.randomUUID(), staff, name, username, role, Instant.now()));
    }

    private void send(KafkaProducer<String, byte[]> producer, UUID stream, String type, String code, String payload) {
        int version = versions.merge(stream, 1, Integer::sum);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, stream.toString(),
                payload.strip().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", b("1.0")).add("ce_id", b(UUID.randomUUID().toString()))
                .add("ce_type", b("grid-registry." + type + ".v1")).add("ce_source", b("/grid-registry"))
                .add("ce_subject", b(stream.toString())).add("ce_time", b(Instant.now().toString()))
                .add("ce_sequence", b(Integer.toString(version))).add("ce_streamtype", b("GridUnit"))
                .add("ce_gridcode", b(code));
        try {
            producer.send(record).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker refused a grid event", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long count(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static byte[] b(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
