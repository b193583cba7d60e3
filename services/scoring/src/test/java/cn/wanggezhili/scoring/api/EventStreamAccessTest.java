package cn.wanggezhili.scoring.api;

import static cn.wanggezhili.scoring.api.ScoringApi.DONGCUN_MICRO_1;
import static cn.wanggezhili.scoring.api.ScoringApi.GRID_CHIEF;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_MICRO_1;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_NORTH;
import static cn.wanggezhili.scoring.api.ScoringApi.approve;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static cn.wanggezhili.scoring.api.ScoringApi.record;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.EventStreamReader;
import cn.wanggezhili.testing.EventStreamReader.SseEvent;
import cn.wanggezhili.testing.SuiteServersResource;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The live stream mirrors REST for every user of the realm: a dashboard reads on GET /api/v1/events the events of
 * exactly the score entries and notices REST shows its user (GET by id answers 200), none of those REST refuses (403)
 * or does not know (404); a user REST refuses every entry read could not open the stream either. The expectations are
 * REST's answers, never a second copy of the read policy.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class EventStreamAccessTest {

    /** Every user of the test realm (deploy/keycloak/grid-realm.json): each role, and two scopes of another township. */
    static final List<String> USERS = List.of("county-admin", "township-admin", "other-township-admin", "grid-chief",
            "grid-worker", "other-grid-worker", "scorer", "reviewer", "mediator", "store-clerk", "resident", "integrator");

    private static final String ENTRY = "/api/v1/score-entries/{id}";
    private static final String NOTICE = "/api/v1/notices/{id}";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    @TestHTTPResource("/api/v1/events")
    URL events;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void county() {
        ScoringApi.county(dataSource);
    }

    @Test
    void every_user_reads_on_the_live_stream_the_entries_and_notices_rest_shows_them_and_nothing_else() throws Exception {
        Households households = newHouseholds();
        String start = streamPosition(households);

        // 1号楼: a household's star point, recorded by the scorer and approved by the reviewer
        String flag = record("scorer", "ten-star-household", "patriotism-2", households.qincun(), null, List.of());
        approve("reviewer", flag);
        // the community's grid chief scored: above a grid worker's and a resident's scope
        String chiefs = record("scorer", "grid-worker", "policy-done", GRID_CHIEF, null, List.of());
        // another township's household: only the county and 凤城镇 see it
        String dongcun = record("county-admin", "ten-star-household", "patriotism-2", households.dongcun(), null, List.of());
        // the building's March results on public notice
        String notice = publishNotice(QINCUN_MICRO_1, "2026-03");

        SoftAssertions soft = new SoftAssertions();
        everyUserReadsWhatRestShows(soft, start, closingEntries(households), List.of(new Made("1号楼农户的升旗积分", ENTRY, flag),
                new Made("网格长的政策宣传积分", ENTRY, chiefs), new Made("东村农户的升旗积分", ENTRY, dongcun),
                new Made("1号楼三月公示", NOTICE, notice)));
        soft.assertAll();
    }

    /**
     * REST shows a notice to whoever covers its unit or a unit below it (a grid worker and a resident read their
     * community's notice board): the stream brings the community's notice to them too (ScoringReadPolicy's alsoBelow).
     */
    @Test
    void the_community_s_notice_reaches_on_the_stream_the_grid_workers_and_residents_who_read_it_on_rest() throws Exception {
        Households households = newHouseholds();
        String start = streamPosition(households);
        String notice = publishNotice(QINCUN_NORTH, "2026-04");

        SoftAssertions soft = new SoftAssertions();
        everyUserReadsWhatRestShows(soft, start, closingEntries(households), List.of(new Made("秦村北社区四月公示", NOTICE, notice)));
        soft.assertAll();
    }

    /**
     * Reads every user's stream from {@code start} up to the first of {@code markers} REST shows them, and checks it
     * against REST for each thing {@code made}; a user REST refuses every entry read must be refused the stream.
     */
    private void everyUserReadsWhatRestShows(SoftAssertions soft, String start, List<String> markers, List<Made> made) throws Exception {
        for (String user : USERS) {
            int listing = as(user).get("/api/v1/score-entries").statusCode();
            if (listing == 403) {
                soft.assertThat(EventStreamReader.openingStatus(events.toString(), user))
                        .as("%s: GET /api/v1/score-entries answers 403, so opening the stream must too", user).isEqualTo(403);
                continue;
            }
            Optional<String> marker = markers.stream().filter(m -> status(user, ENTRY, m) == 200).findFirst();
            if (marker.isEmpty()) {
                soft.fail("%s: REST shows none of the closing entries %s; the test needs one in the user's scope", user, markers);
                continue;
            }
            List<SseEvent> seen;
            try {
                seen = EventStreamReader.readUntil(events.toString(), user, start, e -> marker.get().equals(subject(e)), READ_TIMEOUT);
            } catch (AssertionError e) {
                soft.fail("%s: REST shows the closing entry %s, but reading the stream up to it failed: %s", user, marker.get(),
                        e.getMessage());
                continue;
            }
            for (Made m : made) {
                m.check(soft, user, seen);
            }
        }
        for (Made m : made) {
            m.checkDiscriminates(soft);
        }
    }

    /** A household in 1号楼 and one in 东一巷, new to this test: no other test's caps or stars meet their entries. */
    private record Households(UUID qincun, UUID dongcun) {
    }

    private Households newHouseholds() {
        return new Households(ScoringApi.newHousehold(dataSource, QINCUN_MICRO_1, "1-" + shortId()),
                ScoringApi.newHousehold(dataSource, DONGCUN_MICRO_1, "东" + shortId()));
    }

    /** Last, an entry in each township: each user reads their stream up to the one REST shows them. */
    private static List<String> closingEntries(Households households) {
        return List.of(record("scorer", "ten-star-household", "policy-1", households.qincun(), null, List.of()),
                record("county-admin", "ten-star-household", "policy-1", households.dongcun(), null, List.of()));
    }

    private static String publishNotice(String unit, String period) {
        return as("township-admin").body(Map.of("unitCode", unit, "period", period, "objectionWindow", "P1D"))
                .post("/api/v1/notices").then().statusCode(201).extract().path("notice.id");
    }

    /**
     * An entry or notice the test made: where REST's GET by id answers a user 200, the stream must have delivered its
     * events to them; where it answers 403 or 404, none of them.
     */
    private static final class Made {

        private final String name;
        private final String path;
        private final String id;
        private int shown;
        private int refused;

        Made(String name, String path, String id) {
            this.name = name + " " + id;
            this.path = path;
            this.id = id;
        }

        void check(SoftAssertions soft, String user, List<SseEvent> seen) {
            long streamed = seen.stream().filter(e -> id.equals(subject(e))).count();
            int rest = status(user, path, id);
            if (rest == 200) {
                shown++;
                soft.assertThat(streamed).as("%s: GET %s answers 200 for %s, but the stream delivered none of its events",
                        user, path, name).isPositive();
            } else {
                refused++;
                soft.assertThat(streamed).as("%s: GET %s answers %d for %s, yet the stream delivered %d of its events",
                        user, path, rest, name, streamed).isZero();
            }
        }

        /** The test proves something only where REST shows the object to some users and refuses it to others. */
        void checkDiscriminates(SoftAssertions soft) {
            soft.assertThat(shown).as("users REST shows %s", name).isPositive();
            soft.assertThat(refused).as("users REST refuses %s", name).isPositive();
        }
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 4);
    }

    private static int status(String user, String path, String id) {
        return as(user).get(path, id).statusCode();
    }

    /**
     * Where the stream is now: an entry recorded at once, as the county's dashboard reads it (recorded entries only, a
     * short read from the start of the table). Every user's stream is read from after it.
     */
    private String streamPosition(Households households) throws Exception {
        String opening = record("scorer", "ten-star-household", "patriotism-1", households.qincun(), null, List.of());
        List<SseEvent> seen = EventStreamReader.readUntil(events + "?types=scoring.ScoreEntryRecorded.v1", "county-admin", null,
                e -> opening.equals(subject(e)), READ_TIMEOUT);
        return seen.get(seen.size() - 1).id();
    }

    /** The aggregate an event is on: the stream's envelope names it {@code subject}. */
    private static String subject(SseEvent e) {
        try {
            return JSON.readTree(e.data()).path("subject").asText();
        } catch (Exception ex) {
            throw new AssertionError("stream event " + e.id() + " is not JSON: " + e.data(), ex);
        }
    }
}
