package cn.wanggezhili.command.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.command.api.SuiteFeed.COUNTY;
import static cn.wanggezhili.command.api.SuiteFeed.DONGCUN_MICRO;
import static cn.wanggezhili.command.api.SuiteFeed.FENGCHENG;
import static cn.wanggezhili.command.api.SuiteFeed.LUXI;
import static cn.wanggezhili.command.api.SuiteFeed.QINCUN;
import static cn.wanggezhili.command.api.SuiteFeed.QINCUN_GRID;
import static cn.wanggezhili.command.api.SuiteFeed.QINCUN_MICRO;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.EventStreamReader;
import cn.wanggezhili.testing.EventStreamReader.SseEvent;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.Tokens;
import cn.wanggezhili.web.LocalPeriod;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A township's month as the operations centre sees it, from every service's events on their real topics: tasks
 * closed in the grid, one escalated to the community, one overdue, two disputes handed to the mediation studio (one
 * still in mediation, past its due time but not overdue; one closed with its case); five dispute cases, four settled; points credited
 * and redeemed; a ten-star household. Another township's task never shows on 路西街道's screen.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "command_center_test"))
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SuiteFiguresTest {

    static final Instant NOW = Instant.now();
    static final Instant EARLIER = NOW.minus(2, ChronoUnit.HOURS);

    @Inject
    DataSource dataSource;

    @TestHTTPResource("/api/v1/events")
    URL events;

    static final String QINCUN_LEVEL_6 = QINCUN_MICRO + "001";
    static final String QINCUN_LEVEL_7 = QINCUN_LEVEL_6 + "001";

    SuiteFeed feed;
    UUID escalatedTask;
    UUID overdueTask;
    UUID otherTownshipTask;
    UUID inMediationTask;

    @BeforeAll
    void theOtherServicesPublish() throws Exception {
        feed = new SuiteFeed();
        feed.unit(COUNTY, null, 1, "侯马市");
        feed.unit(LUXI, COUNTY, 2, "路西街道");
        feed.unit(QINCUN, LUXI, 3, "秦村北社区");
        feed.unit(QINCUN_GRID, QINCUN, 4, "第一网格");
        feed.unit(QINCUN_MICRO, QINCUN_GRID, 5, "1号楼");
        // the demo county's seven levels (application.properties, %test): two more below, one announced with its level name
        feed.unit(QINCUN_LEVEL_6, QINCUN_MICRO, 6, "1号楼1单元", "四级网格·单元");
        feed.unit(QINCUN_LEVEL_7, QINCUN_LEVEL_6, 7, "1单元东户");
        feed.unit(FENGCHENG, COUNTY, 2, "凤城镇");

        UUID closed = feed.task(QINCUN_MICRO, "incident", "楼道堆放杂物", EARLIER, NOW.plus(1, ChronoUnit.DAYS));
        feed.workedThroughAndClosed(closed, QINCUN_MICRO, EARLIER.plusSeconds(600));
        escalatedTask = feed.task(QINCUN_MICRO, "incident", "自来水管漏水", EARLIER, EARLIER.plusSeconds(60));
        feed.escalated(escalatedTask, QINCUN_MICRO, QINCUN, EARLIER.plusSeconds(120), NOW.plus(12, ChronoUnit.HOURS));
        overdueTask = feed.task(QINCUN_MICRO, "patrol", "巡查1号楼消防通道", EARLIER, EARLIER.plusSeconds(60));
        otherTownshipTask = feed.task(DONGCUN_MICRO, "incident", "秸秆焚烧", EARLIER, EARLIER.plusSeconds(60));
        inMediationTask = feed.task(QINCUN_MICRO, "incident", "楼上漏水邻里纠纷", EARLIER, EARLIER.plusSeconds(60));
        feed.mediated(inMediationTask, QINCUN_MICRO, null, EARLIER.plusSeconds(30));
        UUID settledDispute = feed.task(QINCUN_MICRO, "incident", "占道停车纠纷", EARLIER, EARLIER.plusSeconds(60));
        feed.mediated(settledDispute, QINCUN_MICRO, "AGREEMENT", EARLIER.plusSeconds(30));

        for (int i = 0; i < 4; i++) {
            feed.mediationCase(QINCUN_GRID, "AGREEMENT", i < 3 ? "GRID" : "COMMUNITY", EARLIER, EARLIER.plusSeconds(3600));
        }
        feed.mediationCase(QINCUN_GRID, "FAILED", "COMMUNITY", EARLIER, EARLIER.plusSeconds(3600));

        UUID household = UUID.randomUUID();
        feed.pointsCredited(QINCUN_MICRO, household, 120, EARLIER);
        feed.redeemed(QINCUN, 30, 2, EARLIER.plusSeconds(60));
        for (String star : List.of("patriotism", "policy", "welfare", "solidarity", "enterprise", "integrity", "ecology",
                "health", "filial", "culture")) {
            feed.star(household, QINCUN_MICRO, star, true, EARLIER);
        }
        UUID nineStars = UUID.randomUUID();
        for (String star : List.of("patriotism", "policy", "welfare", "solidarity", "enterprise", "integrity", "ecology",
                "health", "filial")) {
            feed.star(nineStars, QINCUN_MICRO, star, true, EARLIER);
        }
        feed.star(nineStars, QINCUN_MICRO, "culture", true, EARLIER);
        feed.star(nineStars, QINCUN_MICRO, "culture", false, EARLIER.plusSeconds(60)); // 摘星: ten, then nine again

        await().atMost(Duration.ofSeconds(60)).until(() -> feed.allIn(dataSource));
    }

    @Test
    void a_township_screen_shows_its_month_across_every_service() {
        JsonPath f = figures("township-admin", LUXI);
        assertThat(f.getInt("tasks.created")).isEqualTo(5);
        assertThat(f.getInt("tasks.open")).as("the patrol, the leak, the dispute in mediation").isEqualTo(3);
        assertThat(f.getInt("tasks.overdue"))
                .as("the patrol past due; the escalated leak has a new due time; the studio has the dispute").isEqualTo(1);
        assertThat(f.getInt("tasks.closed")).as("one worked through, one closed with its case").isEqualTo(2);
        assertThat(f.getDouble("tasks.closedAtOriginShare")).isEqualTo(1.0);
        assertThat(f.getInt("tasks.escalatedTo.find { it.level == 'VILLAGE' }.count")).isEqualTo(1);
        assertThat(f.getString("tasks.escalatedTo.find { it.level == 'VILLAGE' }.levelNameZh")).isEqualTo("村(社区)·一级网格");

        assertThat(f.getInt("cases.registered")).isEqualTo(5);
        assertThat(f.getInt("cases.concluded")).isEqualTo(5);
        assertThat(f.getDouble("cases.successRate")).isEqualTo(0.8);
        assertThat(f.getBoolean("cases.meetsTarget")).isTrue();
        assertThat(f.getDouble("cases.settledInGridShare")).isEqualTo(0.75);

        assertThat(f.getInt("points.credited")).isEqualTo(120);
        assertThat(f.getInt("points.redeemed")).isEqualTo(30);
        assertThat(f.getInt("points.items")).isEqualTo(2);
        assertThat(f.getInt("tenStarHouseholds")).as("one household holds ten stars; the other lost its tenth").isEqualTo(1);
        assertThat(f.getInt("staff.active")).isEqualTo(2);
        assertThat(f.getString("staff.mostActive[0].name")).isEqualTo("陈小军");

        JsonPath county = figures("county-admin", COUNTY);
        assertThat(county.getInt("tasks.created")).as("the county sees both townships (and others' tests)").isGreaterThanOrEqualTo(4);
    }

    @Test
    void the_alert_list_shows_overdue_and_escalated_work_of_the_subtree_only() {
        as("grid-chief").queryParam("under", QINCUN).get("/api/v1/task-alerts").then().statusCode(200)
                .body("items.taskId", equalTo(List.of(overdueTask.toString(), escalatedTask.toString())))
                .body("items[0].overdue", equalTo(true)).body("items[1].escalations", equalTo(1))
                .body("items[1].code", equalTo(QINCUN)).body("items[1].ownerName", equalTo("刘红梅"));
        as("county-admin").queryParam("under", COUNTY).queryParam("limit", 1).get("/api/v1/task-alerts").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("next", org.hamcrest.Matchers.notNullValue());
        as("county-admin").queryParam("limit", 0).get("/api/v1/task-alerts").then().statusCode(400)
                .body("errors[0].field", equalTo("limit"));
    }

    @Test
    void another_township_and_residents_see_nothing_of_it() {
        as("other-township-admin").queryParam("under", LUXI).get("/api/v1/figures").then().statusCode(403);
        as("other-township-admin").queryParam("under", QINCUN).get("/api/v1/task-alerts").then().statusCode(403);
        as("other-township-admin").get("/api/v1/grid-units/{code}", QINCUN).then().statusCode(403);
        as("resident").queryParam("under", QINCUN_MICRO).get("/api/v1/figures").then().statusCode(403);
        assertThat(figures("other-township-admin", FENGCHENG).getInt("tasks.created")).isEqualTo(1);
        as("other-township-admin").get("/api/v1/figures").then().statusCode(200).body("code", equalTo(FENGCHENG));
        as("county-admin").queryParam("under", "14108100100").get("/api/v1/figures").then().statusCode(400)
                .body("errors[0].field", equalTo("under"));
        as("county-admin").queryParam("month", "2026-13").get("/api/v1/figures").then().statusCode(400)
                .body("errors[0].field", equalTo("month"));
        given().get("/api/v1/figures").then().statusCode(401);
    }

    @Test
    void the_grid_tree_is_the_registry_s() {
        as("township-admin").get("/api/v1/grid-units/{code}", LUXI).then().statusCode(200)
                .body("unit.name", equalTo("路西街道")).body("children.code", org.hamcrest.Matchers.hasItem(QINCUN))
                .body("children.find { it.code == '" + QINCUN + "' }.name", equalTo("秦村北社区"))
                .body("children.find { it.code == '" + QINCUN + "' }.children", equalTo(1));
        as("township-admin").get("/api/v1/grid-units/{code}", "141081001999").then().statusCode(404);
    }

    @Test
    void levels_are_named_as_the_county_names_them_seven_here_not_the_standard_five() {
        as("township-admin").get("/api/v1/grid-units/{code}", LUXI).then().statusCode(200)
                .body("unit.level", equalTo(2)).body("unit.levelName", equalTo("乡镇(街道)"))
                .body("children.find { it.code == '" + QINCUN + "' }.levelName", equalTo("村(社区)·一级网格"));
        as("grid-chief").get("/api/v1/grid-units/{code}", QINCUN_GRID).then().statusCode(200)
                .body("unit.levelName", equalTo("二级网格"))
                .body("children.find { it.code == '" + QINCUN_MICRO + "' }.levelName", equalTo("三级网格"));
        as("grid-chief").get("/api/v1/grid-units/{code}", QINCUN_MICRO).then().statusCode(200)
                .body("children.find { it.code == '" + QINCUN_LEVEL_6 + "' }.levelName", equalTo("四级网格·单元"));
        as("grid-chief").get("/api/v1/grid-units/{code}", QINCUN_LEVEL_6).then().statusCode(200)
                .body("unit.level", equalTo(6))
                .body("children.find { it.code == '" + QINCUN_LEVEL_7 + "' }.levelName", equalTo("五级网格(微网格)"))
                .body("children.find { it.code == '" + QINCUN_LEVEL_7 + "' }.level", equalTo(7));

        JsonPath f = figures("township-admin", LUXI);
        assertThat(f.getList("tasks.escalatedTo.level", String.class))
                .containsExactly("COUNTY", "TOWNSHIP", "VILLAGE", "GRID_2", "GRID_3", "GRID_4", "MICRO_GRID");
        assertThat(f.getList("tasks.escalatedTo.levelNameZh", String.class)).as("the registry's names, as announced where they were")
                .containsExactly("县(市)", "乡镇(街道)", "村(社区)·一级网格", "二级网格", "三级网格", "四级网格·单元", "五级网格(微网格)");
    }

    @Test
    void one_live_stream_carries_every_service_s_events_of_the_caller_s_subtree_and_resumes() throws Exception {
        String lastTask = feed.sent.stream().filter(s -> s.streamId().equals(overdueTask)).reduce((a, b) -> b).orElseThrow()
                .eventId().toString();
        List<SseEvent> seen = EventStreamReader.readUntil(events.toString(), "township-admin", null,
                e -> e.data().contains("\"id\":\"" + lastTask + "\""), Duration.ofSeconds(60));
        assertThat(seen).extracting(SseEvent::type).contains("grid-registry.GridUnitCreated.v1", "task-dispatch.TaskCreated.v1");
        assertThat(seen).allSatisfy(e -> assertThat(e.data()).contains("\"gridcode\":\"141081001"));
        assertThat(seen).noneMatch(e -> e.data().contains(otherTownshipTask.toString()));

        SseEvent middle = seen.get(seen.size() / 2);
        List<SseEvent> resumed = EventStreamReader.readUntil(events.toString(), "township-admin", middle.id(),
                e -> e.data().contains("\"id\":\"" + lastTask + "\""), Duration.ofSeconds(60));
        assertThat(resumed).containsExactlyElementsOf(seen.subList(seen.indexOf(middle) + 1, seen.size()));

        List<SseEvent> cases = EventStreamReader.readUntil(events.toString() + "?types=mediation.CaseClosed.v1", "grid-chief", null,
                e -> true, Duration.ofSeconds(60));
        assertThat(cases.get(0).type()).isEqualTo("mediation.CaseClosed.v1");
    }

    @Test
    void redelivered_events_and_a_rebuild_from_the_journal_change_no_figure() throws Exception {
        String before = figures("county-admin", COUNTY).prettify().replaceAll("\"asOf\": \"[^\"]+\"", "");
        long journal = count("select count(*) from events");
        // the journal's consumer only: the staff-scope consumer reads grid-registry.events too
        String journalOffsets = "select coalesce(sum(next_offset), 0) from consumer_offset where consumer = 'command-center.suite'";
        long consumed = count(journalOffsets);
        int sent = feed.sent.size();
        feed.sendEverythingAgain();
        feed.unit("141081001002", LUXI, 3, "秦村南社区");
        // every record of the five topics consumed: the redeliveries and one new unit
        await().atMost(Duration.ofSeconds(60)).until(() -> count(journalOffsets) == consumed + sent + 1);
        assertThat(count("select count(*) from events")).isEqualTo(journal + 1);
        assertThat(figures("county-admin", COUNTY).prettify().replaceAll("\"asOf\": \"[^\"]+\"", "")).isEqualTo(before);

        as("township-admin").post("/api/v1/figure-rebuilds").then().statusCode(403);
        as("county-admin").post("/api/v1/figure-rebuilds").then().statusCode(200).body("eventsReplayed", equalTo((int) journal + 1));
        assertThat(figures("county-admin", COUNTY).prettify().replaceAll("\"asOf\": \"[^\"]+\"", "")).isEqualTo(before);
    }

    /** Figures from the day of the first event to today (Asia/Shanghai), so a month's turn does not split them. */
    private static JsonPath figures(String user, String under) {
        return as(user).queryParam("under", under).queryParam("from", LocalPeriod.day(EARLIER).toString())
                .queryParam("to", LocalPeriod.day(NOW).toString()).get("/api/v1/figures").then().statusCode(200).extract().jsonPath();
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
