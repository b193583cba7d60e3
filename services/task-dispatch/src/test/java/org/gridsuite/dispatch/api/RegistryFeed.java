package org.gridsuite.dispatch.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays the grid registry on its real topic: publishes its events (same payloads and CloudEvents headers) so
 * that task dispatch learns the grid the way it does in production. Remembers each stream's version.
 */
final class RegistryFeed implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Map<UUID, Integer> versions = new HashMap<>();
    private final Map<String, UUID> unitIds = new HashMap<>();

    RegistryFeed() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    UUID unit(String code, String parentCode, int level, String name) {
        UUID id = unitIds.computeIfAbsent(code, c -> UUID.randomUUID());
        if (versions.containsKey(id)) {
            return id;
        }
        publish(id, "GridUnitCreated", code, """
                {"unitId":"%s","code":"%s","name":"%s","level":%d,"kind":"GRID_UNIT","parentId":null,"parentCode":%s}
                """.formatted(id, code, name, level, parentCode == null ? "null" : "\"" + parentCode + "\""));
        return id;
    }

    UUID post(String code, String role, String username, String name) {
        UUID unit = unitIds.get(code);
        UUID assignment = UUID.randomUUID();
        publish(unit, "StaffAssigned", code, """
                {"unitId":"%s","code":"%s","assignmentId":"%s","staffId":"%s","staffName":"%s","username":"%s","role":"%s","since":"%s"}
                """.formatted(unit, code, assignment, UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)),
                name, username, role, Instant.now()));
        return assignment;
    }

    /** The registry moved the unit {@code oldCode} under {@code newParentCode} and numbered it {@code newCode} there. */
    String move(String oldCode, String newCode, String newParentCode) {
        UUID unit = unitIds.get(oldCode);
        String payload = """
                {"unitId":"%s","code":"%s","oldCode":"%s","newParentId":"%s","newParentCode":"%s"}
                """.formatted(unit, newCode, oldCode, unitIds.get(newParentCode), newParentCode);
        publish(unit, "GridUnitMoved", newCode, payload);
        return payload;
    }

    /** Sends the stream's last event again, as a redelivery would. */
    void redeliver(String type, UUID stream, String code, String payload, int version) {
        send(stream, type, code, payload, version, UUID.randomUUID());
    }

    private void publish(UUID stream, String type, String code, String payload) {
        int version = versions.merge(stream, 1, Integer::sum);
        send(stream, type, code, payload, version, UUID.randomUUID());
    }

    void send(UUID stream, String type, String code, String payload, int version, UUID eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>("grid-registry.events", stream.toString(),
                payload.strip().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", b("1.0")).add("ce_id", b(eventId.toString()))
                .add("ce_type", b("grid-registry." + type + ".v1")).add("ce_source", b("/grid-registry"))
                .add("ce_subject", b(stream.toString())).add("ce_time", b(Instant.now().toString()))
                .add("ce_sequence", b(Integer.toString(version))).add("ce_streamtype", b("GridUnit"))
                .add("ce_gridcode", b(code));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    UUID unitId(String code) {
        return unitIds.get(code);
    }

    int version(UUID stream) {
        return versions.getOrDefault(stream, 0);
    }

    private static byte[] b(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
