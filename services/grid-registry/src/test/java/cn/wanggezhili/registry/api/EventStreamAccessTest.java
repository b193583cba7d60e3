package cn.wanggezhili.registry.api;

import static cn.wanggezhili.registry.api.Api.DONGCUN_GRID_1;
import static cn.wanggezhili.registry.api.Api.DONGCUN_MICRO_1;
import static cn.wanggezhili.registry.api.Api.QINCUN_GRID_1;
import static cn.wanggezhili.registry.api.Api.QINCUN_MICRO_1;
import static cn.wanggezhili.registry.api.Api.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.EventStreamReader;
import cn.wanggezhili.testing.StreamMirror;
import cn.wanggezhili.testing.SuiteServersResource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The live stream shows every user of the test realm exactly what REST shows them, as the REST access tests
 * (GridScopeTest, RegistryEventsTest) have it: the grid tree and its staff posts to anyone in scope, households and
 * residents to grid staff in scope only, a resident's personal data masked as REST masks it and never in clear.
 * Nothing here restates the read policy: each user asks REST for each object, and REST 200 means the stream carries
 * every event of the object, 403 or 404 none of them. No role of the realm is refused every registry read (the grid
 * tree is anyone's in scope), so every user may open the stream.
 *
 * <p>The same objects serve every user: a new micro-grid with a staff post and a household with a resident in
 * 秦村北社区, the same in 东村, made once between an opening rename of 1号楼 and two closing renames (1号楼's and
 * 东一巷's names restored); each user reads the stream from the opening until the last closing REST shows them.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class EventStreamAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RENAMED = "grid-registry.GridUnitRenamed.v1";

    private static Scene scene;

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/events")
    URL events;

    /** Every user of the suite's realm (deploy/keycloak/grid-realm.json), one role and scope each. */
    static List<String> realmUsers() {
        return StreamMirror.realmUsers();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("realmUsers")
    void each_user_follows_on_the_stream_exactly_the_grid_units_households_and_residents_rest_shows_them(String user)
            throws Exception {
        Scene scene = scene();
        Map<Subject, Integer> rest = new LinkedHashMap<>();
        scene.subjects().forEach(subject -> rest.put(subject, as(user).get(subject.path(), subject.id()).statusCode()));
        Closing closing = scene.closings().stream().filter(c -> rest.get(c.unit()) == 200).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError(user + " may read neither renamed unit on REST: nothing to read up to"));

        List<Streamed> seen = readUntilRenamed(user, "", scene.openedAfter(), "oldName", closing.temporaryName());

        SoftAssertions softly = new SoftAssertions();
        rest.forEach((subject, status) -> assertShownAsOnRest(softly, user, subject, status, seen));
        for (Subject resident : scene.residents()) {
            if (rest.get(resident) == 200) {
                assertMaskedAsOnRest(softly, user, resident, seen);
            }
        }
        softly.assertThat(seen.stream().filter(e -> scene.personalData().stream().anyMatch(e.raw()::contains)).map(Streamed::type))
                .as("%s: REST shows nobody a resident's name, ID number or phone in clear, nor does the stream", user)
                .isEmpty();
        softly.assertAll();
    }

    /** REST 200: the stream shows every event of the object; 403 or 404: none of them. */
    private static void assertShownAsOnRest(SoftAssertions softly, String user, Subject subject, int status, List<Streamed> seen) {
        List<String> shown = seen.stream().map(Streamed::eventId).filter(subject.eventIds()::contains).toList();
        if (status == 200) {
            softly.assertThat(shown).as("%s may read %s (REST 200): the stream shows every one of its events", user, subject)
                    .containsExactlyInAnyOrderElementsOf(subject.eventIds());
        } else {
            softly.assertThat(shown).as("%s may not read %s (REST %d): the stream shows none of its events", user, subject, status)
                    .isEmpty();
        }
    }

    /** The resident's registration on the stream carries the masked forms REST shows. */
    private static void assertMaskedAsOnRest(SoftAssertions softly, String user, Subject resident, List<Streamed> seen) {
        JsonNode onRest = JSON.valueToTree(as(user).get(resident.path(), resident.id()).then().extract().as(Map.class));
        seen.stream().filter(e -> e.type().equals("grid-registry.ResidentRegistered.v1"))
                .filter(e -> e.data().path("residentId").asText().equals(resident.id()))
                .forEach(registered -> Map.of("maskedName", "name", "maskedIdNumber", "idNumber", "maskedPhone", "phone")
                        .forEach((onStream, field) -> softly.assertThat(registered.data().path(onStream).asText())
                                .as("%s, %s: the stream shows the %s as REST does", user, resident, field)
                                .isEqualTo(onRest.path(field).asText())));
    }

    /** The objects, made once for all users (the first user's test makes them). */
    private Scene scene() throws Exception {
        synchronized (EventStreamAccessTest.class) {
            if (scene == null) {
                scene = play();
            }
            return scene;
        }
    }

    /** The objects every user is asked about, made through REST as the other tests make them. */
    private Scene play() throws Exception {
        Api.baseline();
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String qincunTemporary = "1号楼（核对中 " + suffix + "）";
        String dongcunTemporary = "东一巷（核对中 " + suffix + "）";

        rename(QINCUN_MICRO_1, qincunTemporary);
        // from the stream's start, only renames: the database holds every other test's events too
        String openedAfter = readUntilRenamed("county-admin", "?types=" + RENAMED, null, "newName", qincunTemporary)
                .getLast().cursor();

        String qincunUnit = createUnit("township-admin", QINCUN_GRID_1, "核对楼 " + suffix);
        as("township-admin").body(Map.of("name", "赵网格", "role", "GRID_WORKER"))
                .post("/api/v1/grid-units/{code}/staff-assignments", qincunUnit).then().statusCode(201);
        String dongcunUnit = createUnit("county-admin", DONGCUN_GRID_1, "核对巷 " + suffix);
        String qincunHousehold = Api.newHousehold("grid-worker", QINCUN_MICRO_1);
        List<String> personalData = new ArrayList<>();
        String qincunResident = registerResident("grid-worker", qincunHousehold, "欧阳明月", personalData);
        String dongcunHousehold = Api.newHousehold("county-admin", DONGCUN_MICRO_1);
        String dongcunResident = registerResident("county-admin", dongcunHousehold, "司马青云", personalData);

        // closing last: every user covers one of these micro-grids, so each reads up to the last one REST shows them
        rename(DONGCUN_MICRO_1, dongcunTemporary);
        rename(QINCUN_MICRO_1, "1号楼");
        rename(DONGCUN_MICRO_1, "东一巷");

        Subject qincunClosing = unitSubject("1号楼, renamed back", QINCUN_MICRO_1,
                renameBackOf(QINCUN_MICRO_1, qincunTemporary));
        Subject dongcunClosing = unitSubject("东一巷, renamed back", DONGCUN_MICRO_1,
                renameBackOf(DONGCUN_MICRO_1, dongcunTemporary));
        List<Subject> residents = List.of(residentSubject("秦村北社区's resident", qincunResident),
                residentSubject("东村's resident", dongcunResident));
        List<Subject> subjects = new ArrayList<>(List.of(
                unitSubject("a new micro-grid of 秦村北社区 with its staff post", qincunUnit, unitEvents(qincunUnit)),
                unitSubject("a new micro-grid of 东村", dongcunUnit, unitEvents(dongcunUnit)),
                householdSubject("a household of 秦村北社区", qincunHousehold),
                householdSubject("a household of 东村", dongcunHousehold)));
        subjects.addAll(residents);
        subjects.addAll(List.of(qincunClosing, dongcunClosing));
        return new Scene(openedAfter, subjects, residents,
                List.of(new Closing(qincunClosing, qincunTemporary), new Closing(dongcunClosing, dongcunTemporary)), personalData);
    }

    private static void rename(String code, String name) {
        as("county-admin").body(Map.of("name", name)).post("/api/v1/grid-units/{code}/renames", code).then().statusCode(200);
    }

    private static String createUnit(String user, String parent, String name) {
        return as(user).body(Map.of("parentCode", parent, "name", name)).post("/api/v1/grid-units")
                .then().statusCode(201).extract().path("code");
    }

    /** A resident with a name, an ID number and a phone of their own, all three kept in {@code personalData}. */
    private static String registerResident(String user, String household, String name, List<String> personalData) {
        String idNumber = ResidentErasureTest.idNumber("14108119" + (600000000 + new Random().nextInt(300000000)));
        String phone = "139" + (10000000 + new Random().nextInt(90000000));
        personalData.addAll(List.of(name, idNumber, phone));
        return as(user).body(Map.of("name", name, "idNumber", idNumber, "phone", phone, "relation", "户主"))
                .post("/api/v1/households/{id}/residents", household).then().statusCode(201).extract().path("id");
    }

    private static Subject unitSubject(String name, String code, List<String> eventIds) {
        return new Subject(name, "/api/v1/grid-units/{code}", code, eventIds);
    }

    private Subject householdSubject(String name, String id) throws SQLException {
        return new Subject(name, "/api/v1/households/{id}", id, eventIds("stream_id = ?::uuid", id));
    }

    private Subject residentSubject(String name, String id) throws SQLException {
        return new Subject(name, "/api/v1/residents/{id}", id, eventIds("payload->>'residentId' = ?", id));
    }

    /** Every event of the unit's stream (its creation, its staff posts). */
    private List<String> unitEvents(String code) throws SQLException {
        return eventIds("stream_id = (select stream_id from events where event_type = 'grid-registry.GridUnitCreated.v1'"
                + " and payload->>'code' = ?)", code);
    }

    /** The rename that gave the unit its name back. */
    private List<String> renameBackOf(String code, String temporaryName) throws SQLException {
        return eventIds("event_type = '" + RENAMED + "' and payload->>'code' = ? and payload->>'oldName' = ?",
                code, temporaryName);
    }

    /** The ids of the events {@code where} picks, as committed (the stream's SSE data carries them as "id"). */
    private List<String> eventIds(String where, String... arguments) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement(
                     "select event_id::text from events where " + where + " order by position")) {
            for (int i = 0; i < arguments.length; i++) {
                query.setString(i + 1, arguments[i]);
            }
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return List.copyOf(ids);
        }
    }

    /**
     * The stream ({@code query}) as {@code user} reads it after {@code lastEventId}, up to the rename whose
     * {@code field} (oldName, newName) is {@code name}.
     */
    private List<Streamed> readUntilRenamed(String user, String query, String lastEventId, String field, String name)
            throws Exception {
        return EventStreamReader.readUntil(events + query, user, lastEventId,
                        e -> e.type().equals(RENAMED) && Streamed.of(e).data().path(field).asText().equals(name),
                        Duration.ofSeconds(30))
                .stream().map(Streamed::of).toList();
    }

    /** What the users are asked about: every object, the residents among them, the closings in commit order. */
    private record Scene(String openedAfter, List<Subject> subjects, List<Subject> residents, List<Closing> closings,
                         List<String> personalData) {
    }

    /** A unit renamed back from {@code temporaryName}: the last event a user covering the unit waits for. */
    private record Closing(Subject unit, String temporaryName) {
    }

    /** An object REST shows at {@code path}, and the ids of its events. */
    private record Subject(String name, String path, String id, List<String> eventIds) {

        @Override
        public String toString() {
            return name + " " + id;
        }
    }

    /**
     * One event as the stream delivered it: its place in the stream ({@code cursor}, what Last-Event-ID resumes after)
     * and the CloudEvents-shaped SSE data around the payload.
     */
    private record Streamed(String cursor, String eventId, String type, JsonNode data, String raw) {

        static Streamed of(EventStreamReader.SseEvent e) {
            try {
                JsonNode envelope = JSON.readTree(e.data());
                return new Streamed(e.id(), envelope.path("id").asText(), e.type(), envelope.path("data"), e.data());
            } catch (IOException ex) {
                throw new UncheckedIOException("not JSON on the stream: " + e.data(), ex);
            }
        }
    }
}
