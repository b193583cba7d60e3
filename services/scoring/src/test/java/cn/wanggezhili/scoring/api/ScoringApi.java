package cn.wanggezhili.scoring.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.Tokens;
import cn.wanggezhili.testing.TopicFeed;

/**
 * The demo county as scoring learns it (the registry's staff and households on its real topic), the demo schemes
 * published through the API, and calls as the realm's demo users with real Keycloak tokens.
 */
final class ScoringApi {

    static final String HOUMA = "141081000000";
    static final String LUXI_STREET = "141081001000";
    static final String QINCUN_NORTH = "141081001001";
    static final String QINCUN_GRID_1 = "141081001001001";
    static final String QINCUN_GRID_2 = "141081001001002";
    static final String QINCUN_MICRO_1 = "141081001001001001";
    static final String DONGCUN_GRID_1 = "141081100201001";
    static final String DONGCUN_MICRO_1 = "141081100201001001";

    static final UUID GRID_WORKER = staffId("grid-worker");
    static final UUID GRID_CHIEF = staffId("grid-chief");
    static final UUID OTHER_GRID_WORKER = staffId("other-grid-worker");
    /** A worker of the second grid without a login: the settlement test keeps to that grid. */
    static final UUID SECOND_GRID_WORKER = staffId("second-grid-worker");
    static final UUID HOUSEHOLD_A = UUID.nameUUIDFromBytes("household-a".getBytes(StandardCharsets.UTF_8));
    static final UUID HOUSEHOLD_B = UUID.nameUUIDFromBytes("household-b".getBytes(StandardCharsets.UTF_8));
    static final UUID OTHER_HOUSEHOLD = UUID.nameUUIDFromBytes("household-other".getBytes(StandardCharsets.UTF_8));

    private static boolean ready;

    private ScoringApi() {
    }

    static UUID staffId(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8));
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    /** Once per test run: staff and households on grid-registry.events, the demo schemes published by the county. */
    static synchronized void county(DataSource dataSource) {
        if (!ready) {
            try (TopicFeed registry = new TopicFeed("grid-registry")) {
                post(registry, QINCUN_GRID_1, GRID_WORKER, "grid-worker", "陈小军", "GRID_WORKER");
                post(registry, QINCUN_NORTH, GRID_CHIEF, "grid-chief", "刘红梅", "GRID_CHIEF");
                post(registry, DONGCUN_GRID_1, OTHER_GRID_WORKER, "other-grid-worker", "杨丽娟", "GRID_WORKER");
                post(registry, QINCUN_GRID_2, SECOND_GRID_WORKER, null, "赵敏", "GRID_WORKER");
                household(registry, HOUSEHOLD_A, QINCUN_MICRO_1, "1-101");
                household(registry, HOUSEHOLD_B, QINCUN_MICRO_1, "1-102");
                household(registry, OTHER_HOUSEHOLD, DONGCUN_MICRO_1, "东1");
            }
            for (String scheme : List.of("grid-worker", "party-organisation", "party-member", "ten-star-household", "village-cadre")) {
                as("county-admin").body(demoScheme(scheme)).post("/api/v1/schemes").then().statusCode(201);
            }
            ready = true;
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(dataSource, "select count(*) from subject") >= 7);
    }

    static String demoScheme(String code) {
        try (InputStream in = ScoringApi.class.getResourceAsStream("/demo-schemes/" + code + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void post(TopicFeed registry, String code, UUID staff, String username, String name, String role) {
        UUID unit = UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));
        registry.publish("GridUnit", unit, "StaffAssigned", code, """
                {"unitId":"%s","code":"%s","assignmentId":"%s","staffId":"%s","staffName":"%s","username":%s,"role":"%s","since":"2026-01-01T00:00:00Z"}
                """.formatted(unit, code, UUID.randomUUID(), staff, name, username == null ? "null" : "\"" + username + "\"", role));
    }

    private static void household(TopicFeed registry, UUID household, String code, String number) {
        registry.publish("GridUnit", household, "HouseholdRegistered", code, """
                {"householdId":"%s","code":"%s","unitId":"%s","number":"%s"}
                """.formatted(household, code, UUID.randomUUID(), number));
    }

    /** A household the registry registers now (a fresh one per test keeps stars and caps apart), once scoring knows it. */
    static UUID newHousehold(DataSource dataSource, String code, String number) {
        UUID household = UUID.randomUUID();
        try (TopicFeed registry = new TopicFeed("grid-registry")) {
            household(registry, household, code, number);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(dataSource, "select count(*) from subject where subject_id = ?", household) == 1);
        return household;
    }

    static long count(DataSource dataSource, String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String one(DataSource dataSource, String sql, Object... params) throws Exception {
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Records an entry as {@code user} and returns its id. */
    static String record(String user, String scheme, String indicator, UUID subject, String month, List<String> evidence) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("schemeCode", scheme, "indicatorCode", indicator,
                "subjectId", subject.toString(), "evidence", evidence));
        if (month != null) {
            body.put("month", month);
        }
        return as(user).body(body).post("/api/v1/score-entries").then().statusCode(201).extract().path("id");
    }

    static void approve(String user, String entry) {
        as(user).post("/api/v1/score-entries/{id}/approvals", entry).then().statusCode(200);
    }
}
