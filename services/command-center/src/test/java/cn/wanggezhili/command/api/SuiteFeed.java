package cn.wanggezhili.command.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import cn.wanggezhili.testing.TopicFeed;

/**
 * The other services, played on their real topics with the payloads of docs/event-contracts.md: a small world in 路西街道
 * (141081001000) and one task in 凤城镇 (141081100000), another township. Remembers what it sent, to send it again.
 */
final class SuiteFeed implements AutoCloseable {

    static final String COUNTY = "141081000000";
    static final String LUXI = "141081001000";
    static final String QINCUN = "141081001001";
    static final String QINCUN_GRID = "141081001001001";
    static final String QINCUN_MICRO = "141081001001001001";
    static final String FENGCHENG = "141081100000";
    static final String DONGCUN_MICRO = "141081100201001001";

    static final String WORKER = """
            {"staffId":"00000000-0000-0000-0001-000000000001","username":"grid-worker","name":"陈小军"}""";
    static final String CHIEF = """
            {"staffId":"00000000-0000-0000-0001-000000000002","username":"grid-chief","name":"刘红梅"}""";

    final List<TopicFeed.Sent> sent = new ArrayList<>();
    private final String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
    private final TopicFeed registry = new TopicFeed("grid-registry", bootstrap);
    private final TopicFeed dispatch = new TopicFeed("task-dispatch", bootstrap);
    private final TopicFeed mediation = new TopicFeed("mediation", bootstrap);
    private final TopicFeed scoring = new TopicFeed("scoring", bootstrap);
    private final TopicFeed store = new TopicFeed("points-store", bootstrap);

    /** The registry's unit {@code code}; one id per code, so a second feed announcing it again changes nothing. */
    void unit(String code, String parentCode, int level, String name) {
        unit(code, parentCode, level, name, null);
    }

    /** As the registry announces a unit today (a level number only), or with the level's name when {@code levelName}. */
    void unit(String code, String parentCode, int level, String name, String levelName) {
        UUID id = UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        keep(registry.publish("GridUnit", id, "GridUnitCreated", code, """
                {"unitId":"%s","code":"%s","name":"%s","level":%d,%s"kind":"GRID_UNIT","parentCode":%s}
                """.formatted(id, code, name, level, levelName == null ? "" : "\"levelName\":\"" + levelName + "\",",
                parentCode == null ? "null" : "\"" + parentCode + "\"")));
    }

    /** The registry renames the unit {@code code} (announced by this feed before). */
    void renamed(String code, String oldName, String newName) {
        UUID id = UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        keep(registry.publish("GridUnit", id, "GridUnitRenamed", code, """
                {"unitId":"%s","code":"%s","oldName":"%s","newName":"%s"}""".formatted(id, code, oldName, newName)));
    }

    /** A task reported on {@code code} at {@code created}, due at {@code due}, assigned to the grid worker. */
    UUID task(String code, String typeCode, String title, Instant created, Instant due) {
        UUID id = UUID.randomUUID();
        keep(dispatch.publish("Task", id, "TaskCreated", code, """
                {"taskId":"%s","code":"%s","typeCode":"%s","title":"%s","description":"","source":"FIELD_REPORT",
                 "priority":"HIGH","reporter":%s,"dueAt":"%s","attributes":{}}
                """.formatted(id, code, typeCode, title, WORKER, due), created));
        keep(dispatch.publish("Task", id, "TaskAssigned", code, """
                {"taskId":"%s","code":"%s","assignee":%s,"at":"%s"}""".formatted(id, code, WORKER, created), created));
        return id;
    }

    void workedThroughAndClosed(UUID task, String code, Instant at) {
        keep(dispatch.publish("Task", task, "TaskAccepted", code, """
                {"taskId":"%s","code":"%s","by":%s,"at":"%s"}""".formatted(task, code, WORKER, at), at));
        keep(dispatch.publish("Task", task, "TaskStarted", code, """
                {"taskId":"%s","code":"%s","by":%s,"at":"%s"}""".formatted(task, code, WORKER, at), at));
        keep(dispatch.publish("Task", task, "TaskCompleted", code, """
                {"taskId":"%s","code":"%s","by":%s,"result":"已处理","notes":"","evidence":[],"at":"%s"}
                """.formatted(task, code, WORKER, at), at));
        keep(dispatch.publish("Task", task, "TaskClosed", code, """
                {"taskId":"%s","code":"%s","typeCode":"incident","completedBy":%s,"completedOnTime":true,"verifiedBy":%s,
                 "closedAtLevelCode":"%s","closedAtOrigin":true,"at":"%s"}
                """.formatted(task, code, WORKER, CHIEF, code, at), at));
    }

    void escalated(UUID task, String from, String to, Instant at, Instant newDue) {
        keep(dispatch.publish("Task", task, "TaskEscalated", to, """
                {"taskId":"%s","code":"%s","fromCode":"%s","newOwner":%s,"newDueAt":"%s","at":"%s"}
                """.formatted(task, to, from, CHIEF, newDue, at), at));
    }

    /** A dispute task the studio took on as a case; {@code outcome} non-null: the case ended and the task closed. */
    void mediated(UUID task, String code, String outcome, Instant at) {
        UUID caseId = UUID.randomUUID();
        keep(dispatch.publish("Task", task, "TaskReferredToMediation", code, """
                {"taskId":"%s","code":"%s","caseId":"%s","at":"%s"}""".formatted(task, code, caseId, at), at));
        if (outcome != null) {
            keep(dispatch.publish("Task", task, "TaskClosedByMediation", code, """
                    {"taskId":"%s","code":"%s","caseId":"%s","outcome":"%s","closedAtOrigin":true,"at":"%s"}
                    """.formatted(task, code, caseId, outcome, at), at));
        }
    }

    void mediationCase(String code, String outcome, String level, Instant registered, Instant closed) {
        UUID id = UUID.randomUUID();
        keep(mediation.publish("Case", id, "CaseRegistered", code, """
                {"caseId":"%s","code":"%s","disputeType":"NEIGHBOURS","source":"WALK_IN","sourceTaskId":null,"at":"%s"}
                """.formatted(id, code, registered), registered));
        keep(mediation.publish("Case", id, "CaseClosed", code, """
                {"caseId":"%s","code":"%s","disputeType":"NEIGHBOURS","outcome":"%s","mediators":[%s],"closedAtLevel":"%s",
                 "registeredAt":"%s","at":"%s"}
                """.formatted(id, code, outcome, CHIEF, level, registered, closed), closed));
    }

    void pointsCredited(String code, UUID household, int points, Instant at) {
        UUID settlement = UUID.randomUUID();
        keep(scoring.publish("Settlement", settlement, "PointsCredited", code, """
                {"settlementId":"%s","subjectType":"HOUSEHOLD","subjectId":"%s","subjectName":"1号楼101户","code":"%s",
                 "quarter":"2026-Q4","points":%d,"at":"%s"}
                """.formatted(settlement, household, code, points, at), at));
    }

    void redeemed(String code, int points, int items, Instant at) {
        UUID redemption = UUID.randomUUID();
        keep(store.publish("Redemption", redemption, "RedemptionFulfilled", code, """
                {"redemptionId":"%s","accountId":"%s","code":"%s","points":%d,"items":%d,"at":"%s"}
                """.formatted(redemption, UUID.randomUUID(), code, points, items, at), at));
    }

    void star(UUID household, String code, String star, boolean awarded, Instant at) {
        keep(scoring.publish("Household", household, awarded ? "StarAwarded" : "StarRevoked", code, """
                {"householdId":"%s","code":"%s","star":"%s","starName":"星","at":"%s"}
                """.formatted(household, code, star, at), at));
    }

    /**
     * Any event of {@code service} ({@code grid-registry}, {@code mediation}, …) as that service publishes it: the next
     * version of the stream {@code id} of {@code streamType}, on the unit {@code code}.
     */
    TopicFeed.Sent event(String service, String streamType, UUID id, String name, String code, String payload) {
        TopicFeed feed = Map.of("grid-registry", registry, "task-dispatch", dispatch, "mediation", mediation, "scoring", scoring,
                "points-store", store).get(service);
        TopicFeed.Sent sent = feed.publish(streamType, id, name, code, payload);
        keep(sent);
        return sent;
    }

    /** Whether the command centre's journal holds every event sent so far. */
    boolean allIn(javax.sql.DataSource dataSource) throws java.sql.SQLException {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.PreparedStatement ps = c.prepareStatement("select count(*) from events where event_id = any(?)")) {
            ps.setArray(1, c.createArrayOf("uuid", sent.stream().map(TopicFeed.Sent::eventId).toArray()));
            try (java.sql.ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) == sent.size();
            }
        }
    }

    /** Everything sent so far, once more: a redelivery. */
    void sendEverythingAgain() {
        Map<String, TopicFeed> byTopic = Map.of("grid-registry.events", registry, "task-dispatch.events", dispatch,
                "mediation.events", mediation, "scoring.events", scoring, "points-store.events", store);
        sent.forEach(s -> byTopic.get(s.topic()).again(s));
    }

    private void keep(TopicFeed.Sent s) {
        sent.add(s);
    }

    @Override
    public void close() {
        List.of(registry, dispatch, mediation, scoring, store).forEach(TopicFeed::close);
    }
}
