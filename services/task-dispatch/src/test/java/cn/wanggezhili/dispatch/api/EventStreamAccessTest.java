package cn.wanggezhili.dispatch.api;

import static cn.wanggezhili.dispatch.api.DispatchFixture.DONGCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_NORTH;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;

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
 * exactly the tasks and plans REST shows its user (GET by id answers 200), none of those REST refuses (403) or does not
 * know (404); a user REST refuses every task read could not open the stream either. The expectations are REST's
 * answers, never a second copy of the read policy.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class EventStreamAccessTest {

    /** Every user of the test realm (deploy/keycloak/grid-realm.json): each role, and two scopes of another township. */
    static final List<String> USERS = List.of("county-admin", "township-admin", "other-township-admin", "grid-chief",
            "grid-worker", "other-grid-worker", "scorer", "reviewer", "mediator", "store-clerk", "resident", "integrator");

    private static final String TASK = "/api/v1/tasks/{id}";
    private static final String PLAN = "/api/v1/plans/{id}";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    @TestHTTPResource("/api/v1/events")
    URL events;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void every_user_reads_on_the_live_stream_the_tasks_and_plans_rest_shows_them_and_nothing_else() throws Exception {
        String start = streamPosition();

        // 1号楼: a household visit the grid worker takes on and starts
        String visit = report("grid-chief", QINCUN_MICRO_1, "household-visit", Map.of("title", "独居老人入户走访"));
        as("grid-worker").post("/api/v1/tasks/{id}/acceptances", visit).then().statusCode(200);
        as("grid-worker").post("/api/v1/tasks/{id}/starts", visit).then().statusCode(200);
        // the community's daily patrol plan: above a grid worker's and a resident's scope
        String plan = as("grid-chief").body(Map.of("code", QINCUN_NORTH, "typeCode", "patrol",
                        "titleZh", "社区每日巡查 " + UUID.randomUUID().toString().substring(0, 8), "cadence", "DAILY"))
                .post("/api/v1/plans").then().statusCode(201).extract().path("id");
        // another township's lane: only the county and 凤城镇 see it
        String lane = report("county-admin", DONGCUN_MICRO_1, "patrol", Map.of("title", "东一巷占道经营巡查"));

        SoftAssertions soft = new SoftAssertions();
        everyUserReadsWhatRestShows(soft, start, closingTasks(), List.of(new Made("1号楼的入户走访任务", TASK, visit),
                new Made("秦村北社区的巡查计划", PLAN, plan), new Made("东一巷的巡查任务", TASK, lane)));
        soft.assertAll();
    }

    /**
     * Reads every user's stream from {@code start} up to the first of {@code markers} REST shows them, and checks it
     * against REST for each thing {@code made}; a user REST refuses every task read must be refused the stream.
     */
    private void everyUserReadsWhatRestShows(SoftAssertions soft, String start, List<String> markers, List<Made> made) throws Exception {
        for (String user : USERS) {
            int listing = as(user).get("/api/v1/tasks").statusCode();
            if (listing == 403) {
                soft.assertThat(EventStreamReader.openingStatus(events.toString(), user))
                        .as("%s: GET /api/v1/tasks answers 403, so opening the stream must too", user).isEqualTo(403);
                continue;
            }
            Optional<String> marker = markers.stream().filter(m -> status(user, TASK, m) == 200).findFirst();
            if (marker.isEmpty()) {
                soft.fail("%s: REST shows none of the closing tasks %s; the test needs one in the user's scope", user, markers);
                continue;
            }
            List<SseEvent> seen;
            try {
                seen = EventStreamReader.readUntil(events.toString(), user, start, e -> marker.get().equals(subject(e)), READ_TIMEOUT);
            } catch (AssertionError e) {
                soft.fail("%s: REST shows the closing task %s, but reading the stream up to it failed: %s", user, marker.get(),
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

    /** Last, a task in each township: each user reads their stream up to the one REST shows them. */
    private static List<String> closingTasks() {
        return List.of(report("grid-chief", QINCUN_MICRO_1, "survey", Map.of("title", "收尾：楼道堆物排查")),
                report("county-admin", DONGCUN_MICRO_1, "survey", Map.of("title", "收尾：东一巷堆物排查")));
    }

    /**
     * A task or plan the test made: where REST's GET by id answers a user 200, the stream must have delivered its events
     * to them; where it answers 403 or 404, none of them.
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

    private static int status(String user, String path, String id) {
        return as(user).get(path, id).statusCode();
    }

    /**
     * Where the stream is now: a task reported at once, as the county's dashboard reads it (task creations only, a short
     * read from the start of the table). Every user's stream is read from after it.
     */
    private String streamPosition() throws Exception {
        String opening = report("county-admin", QINCUN_MICRO_1, "survey", Map.of("title", "起点：楼道堆物排查"));
        List<SseEvent> seen = EventStreamReader.readUntil(events + "?types=task-dispatch.TaskCreated.v1", "county-admin", null,
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
