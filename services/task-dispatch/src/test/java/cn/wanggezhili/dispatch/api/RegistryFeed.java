package cn.wanggezhili.dispatch.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import cn.wanggezhili.testing.TopicFeed;

/**
 * Plays the grid registry on its real topic: publishes its events (same payloads and CloudEvents headers) so
 * that task dispatch learns the grid the way it does in production. Remembers each stream's version.
 */
final class RegistryFeed implements AutoCloseable {

    private final TopicFeed feed = new TopicFeed("grid-registry");
    private final Map<UUID, Integer> versions = new HashMap<>();
    private final Map<String, UUID> unitIds = new HashMap<>();

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

    /** The post ended on the unit first known as {@code postedCode}, now numbered {@code code}. */
    void unpost(String postedCode, String code, UUID assignment, String username) {
        UUID unit = unitIds.get(postedCode);
        publish(unit, "StaffUnassigned", code, """
                {"unitId":"%s","code":"%s","assignmentId":"%s","staffId":"%s","role":"GRID_WORKER","until":"%s"}
                """.formatted(unit, code, assignment, UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8)), Instant.now()));
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
        feed.send(stream, "GridUnit", type, version, eventId, code, payload);
    }

    UUID unitId(String code) {
        return unitIds.get(code);
    }

    int version(UUID stream) {
        return versions.getOrDefault(stream, 0);
    }

    @Override
    public void close() {
        feed.close();
    }
}
