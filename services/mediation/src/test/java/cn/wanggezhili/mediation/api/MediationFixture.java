package cn.wanggezhili.mediation.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.Tokens;
import cn.wanggezhili.testing.TopicFeed;

/** The demo grid as the registry publishes it, the studio's mediator, and calls as the realm's demo users. */
final class MediationFixture {

    static final String HOUMA = "141081000000";
    static final String LUXI_STREET = "141081001000";
    static final String QINCUN_NORTH = "141081001001";
    static final String QINCUN_GRID_1 = "141081001001001";
    static final String QINCUN_GRID_2 = "141081001001002";
    static final String QINCUN_GRID_3 = "141081001001003";
    static final String QINCUN_MICRO_1 = "141081001001001001";
    static final String FENGCHENG_TOWN = "141081100000";
    static final String DONGCUN_VILLAGE = "141081100201";
    static final String DONGCUN_GRID_1 = "141081100201001";

    static final String ID_NUMBER = "141081198705061230";
    static final String PHONE = "13812345678";

    private static boolean published;

    private MediationFixture() {
    }

    static RequestSpecification as(String username) {
        return given().auth().oauth2(Tokens.of(username)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static UUID staffId(String username) {
        return UUID.nameUUIDFromBytes(username.getBytes(StandardCharsets.UTF_8));
    }

    /** Publishes the grid and its posts once per test run and waits until mediation has projected them. */
    static synchronized void grid(DataSource dataSource) {
        if (!published) {
            try (TopicFeed registry = new TopicFeed("grid-registry")) {
                unit(registry, HOUMA, null, 1, "侯马市");
                unit(registry, LUXI_STREET, HOUMA, 2, "路西街道");
                unit(registry, QINCUN_NORTH, LUXI_STREET, 3, "秦村北社区");
                unit(registry, QINCUN_GRID_1, QINCUN_NORTH, 4, "第一网格");
                unit(registry, QINCUN_GRID_2, QINCUN_NORTH, 4, "第二网格");
                unit(registry, QINCUN_GRID_3, QINCUN_NORTH, 4, "第三网格");
                unit(registry, QINCUN_MICRO_1, QINCUN_GRID_1, 5, "阳光小区");
                unit(registry, FENGCHENG_TOWN, HOUMA, 2, "凤城镇");
                unit(registry, DONGCUN_VILLAGE, FENGCHENG_TOWN, 3, "东村");
                unit(registry, DONGCUN_GRID_1, DONGCUN_VILLAGE, 4, "东村第一网格");
                post(registry, QINCUN_GRID_1, "GRID_WORKER", "grid-worker", "陈小军");
                post(registry, QINCUN_NORTH, "GRID_CHIEF", "grid-chief", "刘红梅");
                post(registry, DONGCUN_GRID_1, "GRID_WORKER", "other-grid-worker", "杨丽娟");
            }
            published = true;
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> count(dataSource, "select count(*) from staff_post") >= 3
                && count(dataSource, "select count(*) from unit_directory") >= 10);
    }

    private static void unit(TopicFeed registry, String code, String parent, int level, String name) {
        UUID id = UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));
        registry.send(id, "GridUnit", "GridUnitCreated", 1, UUID.randomUUID(), code, """
                {"unitId":"%s","code":"%s","name":"%s","level":%d,"parentCode":%s}
                """.formatted(id, code, name, level, parent == null ? "null" : "\"" + parent + "\""));
    }

    private static void post(TopicFeed registry, String code, String role, String username, String name) {
        UUID unit = UUID.nameUUIDFromBytes(code.getBytes(StandardCharsets.UTF_8));
        registry.send(unit, "GridUnit", "StaffAssigned", 2, UUID.randomUUID(), code, """
                {"unitId":"%s","code":"%s","assignmentId":"%s","staffId":"%s","staffName":"%s","username":"%s","role":"%s"}
                """.formatted(unit, code, UUID.randomUUID(), staffId(username), name, username, role));
    }

    static long count(DataSource dataSource, String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Map<String, Object> party(String name, String idNumber, String phone) {
        Map<String, Object> party = new HashMap<>(Map.of("kind", "RESIDENT", "name", name));
        if (idNumber != null) {
            party.put("idNumber", idNumber);
        }
        if (phone != null) {
            party.put("phone", phone);
        }
        return party;
    }

    /** A neighbours' dispute registered at the desk on {@code unit}, optionally entered from a ledger at {@code at}. */
    static String register(String user, String unit, Instant at) {
        Map<String, Object> body = new HashMap<>(Map.of("unitCode", unit, "disputeType", "NEIGHBOUR", "title", "楼上漏水致楼下墙面受损",
                "description", "张某家卫生间漏水，楼下赵某家天花板受损",
                "parties", List.of(party("张卫国", ID_NUMBER, PHONE), party("赵秀兰", "141081196203154323", "13900000000"))));
        if (at != null) {
            body.put("occurredAt", at.toString());
        }
        return as(user).body(body).post("/api/v1/cases").then().statusCode(201).extract().path("id");
    }

    /** The pool's retired judge of 爱家调解工作室, logging in as {@code mediator}; enrolled once per run. */
    static synchronized String studioJudge() {
        String found = as("grid-chief").get("/api/v1/mediators?under=" + QINCUN_NORTH + "&limit=1000").then().statusCode(200)
                .extract().path("items.find { it.username == 'mediator' }.staffId");
        if (found != null) {
            return found;
        }
        return as("grid-chief").body(Map.of("unitCode", QINCUN_NORTH, "name", "王建国", "username", "mediator",
                        "background", "退休法官", "studio", "爱家调解工作室"))
                .post("/api/v1/mediators").then().statusCode(201).extract().path("staffId");
    }

    static void step(String user, String id, String step, Map<String, ?> body) {
        as(user).body(body).post("/api/v1/cases/{id}/" + step, id).then().statusCode(200);
    }

    /** Accepted, the judge assigned, one session held: ready for an agreement or a failure. */
    static List<String> throughFirstSession(String id, Instant at) {
        String judge = studioJudge();
        step("grid-chief", id, "acceptances", at(at, 1));
        step("grid-chief", id, "mediators", with(at(at, 2), "staffId", judge));
        step("mediator", id, "sessions", with(at(at, 3), "scheduledFor", at == null ? Instant.now().plusSeconds(3600).toString()
                : at.plusSeconds(86_400).toString(), "place", "社区调解室"));
        step("mediator", id, "sessions/1/minutes", with(at(at, 4), "minutes", "双方陈述各自意见"));
        return as("mediator").get("/api/v1/cases/{id}", id).then().statusCode(200).extract().path("parties.partyId");
    }

    static Map<String, Object> at(Instant base, int hours) {
        Map<String, Object> body = new HashMap<>();
        if (base != null) {
            body.put("occurredAt", base.plusSeconds(3600L * hours).toString());
        }
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
