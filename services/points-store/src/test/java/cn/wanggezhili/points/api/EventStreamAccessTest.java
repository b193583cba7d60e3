package cn.wanggezhili.points.api;

import static cn.wanggezhili.points.api.PointsFixture.DONGCUN_MICRO_1;
import static cn.wanggezhili.points.api.PointsFixture.DONGCUN_VILLAGE;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.points.api.PointsFixture.QINCUN_NORTH;
import static cn.wanggezhili.points.api.PointsFixture.as;
import static cn.wanggezhili.points.api.PointsFixture.household;
import static cn.wanggezhili.points.api.PointsFixture.item;
import static cn.wanggezhili.points.api.PointsFixture.reserve;

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
 * (AccountTest, RedemptionLifecycleTest) have it: an account, its ledger and its redemptions to the staff who read
 * accounts in their scope and to the account's holders, a store's catalogue to whoever may read it, and a household's
 * name masked wherever REST masks it. Nothing here restates the read policy: each user asks REST for each object, and
 * REST 200 means the stream carries every event of the object, 403 or 404 none of them.
 *
 * <p>The same objects serve every user: households of 秦村北社区 (one held by the resident, one a neighbour's) and of
 * 东村, items of both villages' 积分超市 and a redemption on each account, played once between an opening and two
 * closing items; each user reads the stream from the opening until the last closing item REST shows them.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "points_store_test"))
class EventStreamAccessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LISTED = "points-store.CatalogueItemListed.v1";

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
    void each_user_follows_on_the_stream_exactly_the_accounts_redemptions_and_items_rest_shows_them(String user)
            throws Exception {
        Scene scene = scene();
        Map<Subject, Integer> rest = new LinkedHashMap<>();
        scene.subjects().forEach(subject -> rest.put(subject, as(user).get(subject.path(), subject.id()).statusCode()));
        Subject closing = scene.closings().stream().filter(c -> rest.get(c) == 200).reduce((first, last) -> last)
                .orElseThrow(() -> new AssertionError(user + " may read neither closing item on REST: nothing to read up to"));

        List<Streamed> seen = readUntilListed(user, "", scene.openedAfter(), closing.id());

        SoftAssertions softly = new SoftAssertions();
        rest.forEach((subject, status) -> assertShownAsOnRest(softly, user, subject, status, seen));
        for (Subject account : scene.accounts()) {
            if (rest.get(account) == 200) {
                assertNamedAsOnRest(softly, user, account, seen, scene.clearName());
            }
        }
        softly.assertAll();
    }

    /**
     * REST 200: the stream shows every event of the object; 403 or 404: none of them. A village's store lies above a
     * resident's or grid worker's unit: its catalogue and their own redemptions there still come on their stream.
     */
    private static void assertShownAsOnRest(SoftAssertions softly, String user, Subject subject, int status, List<Streamed> seen) {
        List<String> shown = seen.stream().filter(e -> e.subject().equals(subject.id())).map(Streamed::eventId).toList();
        if (status == 200) {
            softly.assertThat(shown).as("%s may read %s (REST 200): the stream shows every one of its events", user, subject)
                    .containsExactlyInAnyOrderElementsOf(subject.eventIds());
        } else {
            softly.assertThat(shown).as("%s may not read %s (REST %d): the stream shows none of its events", user, subject, status)
                    .isEmpty();
        }
    }

    /** The account's opening on the stream names its household as REST does, and never in clear where REST masks. */
    private static void assertNamedAsOnRest(SoftAssertions softly, String user, Subject account, List<Streamed> seen,
                                            String clearName) {
        String onRest = as(user).get(account.path(), account.id()).then().extract().path("subjectName");
        List<Streamed> events = seen.stream().filter(e -> e.subject().equals(account.id())).toList();
        events.stream().filter(e -> e.type().equals("points-store.AccountOpened.v1")).forEach(opened ->
                softly.assertThat(opened.data().path("subjectName").asText())
                        .as("%s, %s: the stream names the household as REST does", user, account).isEqualTo(onRest));
        if (!clearName.equals(onRest)) {
            softly.assertThat(events.stream().filter(e -> e.raw().contains(clearName)).map(Streamed::type))
                    .as("%s, %s: REST masks the name (%s), so no event on the stream shows %s", user, account, onRest, clearName)
                    .isEmpty();
        }
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

    /** The objects every user is asked about, made through REST and scoring's topic as the other tests make them. */
    private Scene play() throws Exception {
        String opening = item(QINCUN_MICRO_1, "开场标记：1号楼便民积分角", 1, 1, Map.of());
        // from the stream's start, only listings: the database holds every other test's events too
        String openedAfter = readUntilListed("county-admin", "?types=" + LISTED, null, opening)
                .getLast().cursor();

        String held = household(dataSource, QINCUN_MICRO_1, 100);
        as("store-clerk").body(Map.of("username", "resident")).post("/api/v1/accounts/{id}/holders", held).then().statusCode(200);
        String neighbours = household(dataSource, QINCUN_MICRO_1, 100);
        String dongcun = household(dataSource, DONGCUN_MICRO_1, 100);
        String detergent = item(QINCUN_NORTH, "洗衣液 2kg", 30, 10, Map.of());
        String oil = item("county-admin", DONGCUN_VILLAGE, "食用油 5L", 40, 10, Map.of());
        String heldRedemption = reserve("resident", held, detergent, 1);
        as("store-clerk").post("/api/v1/redemptions/{id}/fulfilments", heldRedemption).then().statusCode(200);
        String neighboursRedemption = reserve("store-clerk", neighbours, detergent, 1);
        String dongcunRedemption = reserve("county-admin", dongcun, oil, 1);
        // closing last: every user covers one of these micro-grids, so each reads up to the last one REST shows them
        String qincunClosing = item(QINCUN_MICRO_1, "收尾标记：1号楼便民积分角", 1, 1, Map.of());
        String dongcunClosing = item("county-admin", DONGCUN_MICRO_1, "收尾标记：东一巷便民积分角", 1, 1, Map.of());

        List<Subject> accounts = List.of(accountSubject("the resident's account", held),
                accountSubject("a neighbour's account", neighbours), accountSubject("a 东村 household's account", dongcun));
        List<Subject> closings = List.of(itemSubject("1号楼's closing item", qincunClosing),
                itemSubject("东一巷's closing item", dongcunClosing));
        List<Subject> subjects = new ArrayList<>(accounts);
        subjects.addAll(List.of(itemSubject("秦村北社区积分超市's item", detergent), itemSubject("东村积分超市's item", oil),
                redemptionSubject("the resident's redemption", heldRedemption),
                redemptionSubject("a neighbour's redemption", neighboursRedemption),
                redemptionSubject("a 东村 household's redemption", dongcunRedemption)));
        subjects.addAll(closings);
        return new Scene(openedAfter, subjects, accounts, closings, clearName(held));
    }

    private Subject accountSubject(String name, String id) throws SQLException {
        return new Subject(name, "/api/v1/accounts/{id}", id, eventIds(id));
    }

    private Subject itemSubject(String name, String id) throws SQLException {
        return new Subject(name, "/api/v1/catalogue-items/{id}", id, eventIds(id));
    }

    private Subject redemptionSubject(String name, String id) throws SQLException {
        return new Subject(name, "/api/v1/redemptions/{id}", id, eventIds(id));
    }

    /** The ids of every event the object's stream holds, as committed (the stream's SSE data carries them as "id"). */
    private List<String> eventIds(String streamId) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement(
                     "select event_id::text from events where stream_id = ? order by version")) {
            query.setObject(1, UUID.fromString(streamId));
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return List.copyOf(ids);
        }
    }

    /** The household's name as the account keeps it, in clear. */
    private String clearName(String account) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement query = c.prepareStatement("select subject_name from account_view where id = ?")) {
            query.setObject(1, UUID.fromString(account));
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The stream ({@code query}) as {@code user} reads it after {@code lastEventId}, up to the listing of {@code itemId}. */
    private List<Streamed> readUntilListed(String user, String query, String lastEventId, String itemId) throws Exception {
        return EventStreamReader.readUntil(events + query, user, lastEventId, e -> e.type().equals(LISTED)
                        && Streamed.of(e).subject().equals(itemId), Duration.ofSeconds(30))
                .stream().map(Streamed::of).toList();
    }

    /** What the users are asked about: every object, the accounts among them, and the closing items in commit order. */
    private record Scene(String openedAfter, List<Subject> subjects, List<Subject> accounts, List<Subject> closings,
                         String clearName) {
    }

    /** An object REST shows at {@code path}, and the events of its stream. */
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
    private record Streamed(String cursor, String eventId, String type, String subject, JsonNode data, String raw) {

        static Streamed of(EventStreamReader.SseEvent e) {
            try {
                JsonNode envelope = JSON.readTree(e.data());
                return new Streamed(e.id(), envelope.path("id").asText(), e.type(), envelope.path("subject").asText(),
                        envelope.path("data"), e.data());
            } catch (IOException ex) {
                throw new UncheckedIOException("not JSON on the stream: " + e.data(), ex);
            }
        }
    }
}
