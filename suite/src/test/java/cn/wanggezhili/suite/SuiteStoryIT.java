package cn.wanggezhili.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import cn.wanggezhili.testing.EventStreamReader;
import cn.wanggezhili.testing.EventStreamReader.SseEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The suite's business story end to end, over the six packaged services, real Kafka, Postgres and Keycloak tokens:
 * 路西街道 is onboarded (beside 凤城镇); a resident's report becomes a task routed to the micro-grid's worker, goes
 * overdue and escalates once (past the empty grid level to the community's chief), and is completed and closed; the
 * completion earns points, as do the lead mediator's settled case and the household's volunteering; a dispute the
 * resident reports becomes a mediation case, its task waits in mediation, and the case's settlement closes it. Once the quarter is over (scoring and the points store
 * run in the first hour of the next: {@link RunningSuite}), a review, a public notice and the settlement credit the
 * points, and the household exchanges some for soap in the village's 积分超市. The command centre's figures and
 * live stream show every step to the township, and 凤城镇's administrator sees none of it.
 */
class SuiteStoryIT {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Duration ACROSS_SERVICES = Duration.ofSeconds(60);

    private static final String COUNTY = "141081000000";
    private static final String TOWNSHIP = "141081001000";
    private static final String COMMUNITY = "141081001001";
    private static final String MICRO_GRID = "141081001001001001";
    private static final String OTHER_TOWNSHIP = "141081100000";
    private static final String OTHER_GRID = "141081100201001";

    /** The township's register as the county loads it (the registry's onboarding file). */
    private static final String REGISTER = """
            type,code,parent_code,name,role,username,household_number
            unit,141081001000,141081000000,路西街道,,,
            unit,141081001001,141081001000,秦村北社区,,,
            unit,141081001001001,141081001001,第一网格,,,
            unit,141081001001001001,141081001001001,阳光小区,,,
            staff,141081001001,,刘红梅,GRID_CHIEF,grid-chief,
            staff,141081001001001001,,陈小军,GRID_WORKER,grid-worker,
            household,141081001001001001,,,,,3号楼1单元301
            unit,141081100000,141081000000,凤城镇,,,
            unit,141081100201,141081100000,东村,,,
            unit,141081100201001,141081100201,东村第一网格,,,
            unit,141081100201001001,141081100201001,第一村民小组,,,
            staff,141081100201001,,田志刚,GRID_WORKER,other-grid-worker,
            household,141081100201001001,,,,,东一巷5号
            """;

    private static final String QUARTER = RunningSuite.QUARTER;
    private static final String NEXT_QUARTER = RunningSuite.NEXT_QUARTER;

    private static RunningSuite suite;

    @BeforeAll
    static void startTheSuite() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        suite = RunningSuite.start();
    }

    @AfterAll
    static void stopTheSuite() {
        if (suite != null) {
            suite.close();
        }
    }

    @Test
    void aResidentsReportTravelsThroughTheWholeSuite() throws Exception {
        onboardTheTownships();
        countyPublishesItsSchemesAndAnUrgentTaskType();

        String streetLight = residentReports("urgent-report", "小区东门路灯损坏，夜间有老人摔倒", Map.of());
        taskIsRoutedToTheMicroGridsWorker(streetLight);
        taskEscalatesOnceToTheCommunityChief(streetLight);
        chiefCompletesAndTownshipCloses(streetLight);

        String dispute = residentReports("resident-report", "楼上漏水致楼下墙面受损，双方多次争吵", Map.of("topic", "矛盾纠纷"));
        String caseId = disputeBecomesACase(dispute);
        taskWaitsInMediation(dispute, caseId);
        studioSettlesTheCase(caseId);
        taskClosesWithItsCase(dispute);

        String household = householdVolunteersAndEarnsAStar();
        int credited = reviewNoticeAndSettlementCreditTheQuarter(household);
        householdExchangesPointsForSoap(household);

        commandCentreFiguresShowTheTownshipsQuarters(credited);
        liveStreamShowsEveryStepToTheTownship();
        theOtherTownshipSeesNoneOfIt(streetLight, caseId);
    }

    // ---- grid registry ----

    private void onboardTheTownships() {
        suite.as("county-admin", "grid-registry").body(Map.of("code", COUNTY, "name", "侯马市"))
                .post("/api/v1/grid-units").then().statusCode(201);
        suite.as("county-admin", "grid-registry").contentType("text/csv; charset=UTF-8").body(REGISTER)
                .post("/api/v1/onboardings").then().statusCode(200);
        // every service learns the grid from the registry's events; the command centre shows it in its picker
        await().atMost(ACROSS_SERVICES).untilAsserted(() -> suite.as("township-admin", "command-center")
                .get("/api/v1/grid-units/" + COMMUNITY).then().statusCode(200).body("unit.name", equalTo("秦村北社区")));
    }

    // ---- task dispatch ----

    private void countyPublishesItsSchemesAndAnUrgentTaskType() throws Exception {
        suite.as("county-admin", "task-dispatch").body("""
                {"code":"urgent-report","nameZh":"紧急诉求","nameEn":"Urgent report","defaultDeadline":"PT1M","defaultPriority":"URGENT"}""")
                .post("/api/v1/task-types").then().statusCode(201);
        for (String scheme : List.of("grid-worker", "ten-star-household")) {
            String body = Files.readString(Path.of("../services/scoring/src/main/resources/demo-schemes/" + scheme + ".json"));
            suite.as("county-admin", "scoring").header("Idempotency-Key", "story-scheme-" + scheme).body(body)
                    .post("/api/v1/schemes").then().statusCode(201);
        }
    }

    /** The resident reports from home; until task dispatch has learned the micro-grid, the same request is retried. */
    private String residentReports(String type, String title, Map<String, String> attributes) {
        String key = "story-report-" + UUID.nameUUIDFromBytes(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Map<String, Object> report = Map.of("typeCode", type, "unitCode", MICRO_GRID, "title", title, "attributes", attributes);
        return await().atMost(ACROSS_SERVICES).until(() -> {
            Response r = suite.as("resident", "task-dispatch").header("Idempotency-Key", key).body(report).post("/api/v1/tasks");
            return r.statusCode() == 201 ? r.path("id").toString() : null;
        }, id -> id != null);
    }

    private void taskIsRoutedToTheMicroGridsWorker(String task) {
        suite.as("grid-worker", "task-dispatch").get("/api/v1/tasks/" + task).then().statusCode(200)
                .body("owner.username", equalTo("grid-worker")).body("owner.name", equalTo("陈小军"))
                .body("source", equalTo("RESIDENT_REPORT"));
    }

    /** Due in 15 s (a one-minute type, urgent); first grid level has nobody, so it goes on to the community's chief. */
    private void taskEscalatesOnceToTheCommunityChief(String task) {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> suite.as("grid-chief", "task-dispatch")
                .get("/api/v1/tasks/" + task).then().statusCode(200)
                .body("unitCode", equalTo(COMMUNITY)).body("owner.username", equalTo("grid-chief")).body("escalations", equalTo(1)));
        Response escalated = suite.as("grid-chief", "task-dispatch").get("/api/v1/tasks/" + task);
        assertThat(escalated.<String>path("originCode")).isEqualTo(MICRO_GRID);
        assertThat(Instant.parse(escalated.path("dueAt"))).as("the community gets its own deadline")
                .isAfter(Instant.now().plus(Duration.ofMinutes(30)));
    }

    private void chiefCompletesAndTownshipCloses(String task) {
        String path = "/api/v1/tasks/" + task + "/";
        suite.as("grid-chief", "task-dispatch").body("{}").post(path + "acceptances").then().statusCode(200);
        suite.as("grid-chief", "task-dispatch").body("{}").post(path + "starts").then().statusCode(200);
        suite.as("grid-chief", "task-dispatch").body(Map.of("result", "已联系物业更换灯具，东门照明恢复", "evidence", List.of("photo-light")))
                .post(path + "completions").then().statusCode(200);
        suite.as("township-admin", "task-dispatch").body("{}").post(path + "closures").then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("closedAtOrigin", equalTo(false)).body("escalations", equalTo(1));
    }

    // ---- mediation ----

    private String disputeBecomesACase(String task) {
        return await().atMost(ACROSS_SERVICES).until(() -> {
            List<Map<String, Object>> cases = suite.as("grid-chief", "mediation").get("/api/v1/cases?under=" + COMMUNITY)
                    .then().statusCode(200).extract().path("items");
            return cases.stream().filter(c -> task.equals(String.valueOf(c.get("sourceTaskId"))))
                    .map(c -> c.get("id").toString()).findFirst().orElse(null);
        }, id -> id != null);
    }

    /** The studio has the matter: the task no longer runs against its deadline (nor escalates) while the case runs. */
    private void taskWaitsInMediation(String task, String caseId) {
        await().atMost(ACROSS_SERVICES).untilAsserted(() -> suite.as("township-admin", "task-dispatch").get("/api/v1/tasks/" + task)
                .then().statusCode(200).body("status", equalTo("IN_MEDIATION")).body("mediationCaseId", equalTo(caseId))
                .body("overdue", equalTo(false)));
    }

    private void taskClosesWithItsCase(String task) {
        await().atMost(ACROSS_SERVICES).untilAsserted(() -> suite.as("township-admin", "task-dispatch").get("/api/v1/tasks/" + task)
                .then().statusCode(200).body("status", equalTo("CLOSED")).body("mediationOutcome", equalTo("AGREEMENT"))
                .body("closedAtOrigin", equalTo(true)).body("escalations", equalTo(0)));
    }

    /** 爱家调解工作室: the chief accepts and names the mediator, who hears both sides and records the agreement. */
    private void studioSettlesTheCase(String caseId) {
        String c = "/api/v1/cases/" + caseId + "/";
        String mediator = suite.as("grid-chief", "mediation").header("Idempotency-Key", "story-studio")
                .body(Map.of("unitCode", COMMUNITY, "name", "王建国", "username", "mediator", "background", "退休法官", "studio", "爱家调解工作室"))
                .post("/api/v1/mediators").then().statusCode(201).extract().path("staffId");
        for (String name : List.of("张建华", "李秀英")) {
            suite.as("grid-chief", "mediation").body(Map.of("party", Map.of("kind", "RESIDENT", "name", name, "phone", "13800001234")))
                    .post(c + "parties").then().statusCode(200);
        }
        suite.as("grid-chief", "mediation").body("{}").post(c + "acceptances").then().statusCode(200);
        suite.as("grid-chief", "mediation").body(Map.of("staffId", mediator)).post(c + "mediators").then().statusCode(200);
        suite.as("mediator", "mediation").body(Map.of("notes", "走访双方，查看漏水点")).post(c + "investigations").then().statusCode(200);
        suite.as("mediator", "mediation").body(Map.of("scheduledFor", Instant.now().toString(), "place", "爱家调解工作室"))
                .post(c + "sessions").then().statusCode(200);
        suite.as("mediator", "mediation").body(Map.of("minutes", "听取双方陈述，释法析理")).post(c + "sessions/1/minutes").then().statusCode(200);
        List<String> parties = suite.as("mediator", "mediation").get("/api/v1/cases/" + caseId).then().statusCode(200)
                .extract().path("parties.partyId");
        suite.as("mediator", "mediation").body(Map.of("terms", "楼上住户修复防水层并赔偿墙面修缮费用，十五日内履行", "signedBy", parties,
                "courtConfirmation", false)).post(c + "agreements").then().statusCode(200);
        suite.as("mediator", "mediation").body(Map.of("performed", true, "notes", "已修复并赔偿")).post(c + "performance-checks")
                .then().statusCode(200);
        suite.as("mediator", "mediation").body(Map.of("satisfied", true, "notes", "回访双方，关系和睦")).post(c + "follow-up-visits")
                .then().statusCode(200);
        suite.as("grid-chief", "mediation").body("{}").post(c + "closures").then().statusCode(200)
                .body("outcome", equalTo("AGREEMENT"));
    }

    // ---- scoring ----

    /** The scorer records three volunteering items of 热心公益星 (2 points each, threshold 6): the star is earned. */
    private String householdVolunteersAndEarnsAStar() {
        String household = await().atMost(ACROSS_SERVICES).until(() -> {
            List<String> ids = suite.as("scorer", "scoring").get("/api/v1/subjects?under=" + MICRO_GRID + "&subjectType=HOUSEHOLD")
                    .then().statusCode(200).extract().path("items.id");
            return ids.isEmpty() ? null : ids.get(0);
        }, id -> id != null);
        String month = YearMonth.now(BEIJING).toString(); // the month of the work, though scoring's clock is past it
        for (String item : List.of("public-good-1", "public-good-2", "public-good-3")) {
            suite.as("scorer", "scoring").header("Idempotency-Key", "story-" + item)
                    .body(Map.of("schemeCode", "ten-star-household", "indicatorCode", item, "subjectId", household, "month", month,
                            "evidence", List.of("志愿服务签到表")))
                    .post("/api/v1/score-entries").then().statusCode(201);
        }
        return household;
    }

    /**
     * The triggered entries (the chief's task closed on time at the level it reached, the lead mediator's agreement)
     * and the household's three await the monthly review; the reviewer approves all; the quarter goes on notice for
     * two seconds and is settled. Returns the points credited.
     */
    private int reviewNoticeAndSettlementCreditTheQuarter(String household) {
        List<Map<String, Object>> pending = await().atMost(ACROSS_SERVICES).until(() -> suite.as("reviewer", "scoring")
                .get("/api/v1/score-entries?under=" + TOWNSHIP + "&status=PENDING").then().statusCode(200)
                .extract().<List<Map<String, Object>>>path("items"), entries -> entries.size() == 5);
        assertThat(pending).extracting(e -> e.get("indicatorCode")).containsExactlyInAnyOrder(
                "task-closed-on-time", "case-settled", "public-good-1", "public-good-2", "public-good-3");
        for (Map<String, Object> entry : pending) {
            suite.as("reviewer", "scoring").body("{}").post("/api/v1/score-entries/" + entry.get("id") + "/approvals")
                    .then().statusCode(200);
        }
        suite.as("scorer", "scoring").get("/api/v1/subjects/" + household + "/stars").then().statusCode(200)
                .body("findAll { it.held }.star", equalTo(List.of("public-good")));

        suite.as("township-admin", "scoring").header("Idempotency-Key", "story-notice")
                .body(Map.of("unitCode", TOWNSHIP, "period", QUARTER, "objectionWindow", "PT2S"))
                .post("/api/v1/notices").then().statusCode(201);
        // the quarter settles once the notice's objection window has closed
        Response settled = await().atMost(Duration.ofSeconds(30)).until(() -> suite.as("township-admin", "scoring")
                .body(Map.of("unitCode", TOWNSHIP, "quarter", QUARTER)).post("/api/v1/settlements"),
                r -> !r.asString().contains("objection-window-open"));
        settled.then().statusCode(201).body("subjectsCredited", equalTo(3)).body("pointsCredited", equalTo(2 + 5 + 6));
        suite.as("scorer", "scoring").get("/api/v1/subjects/" + household + "/passbook?period=" + QUARTER).then().statusCode(200)
                .body("approvedPoints", equalTo(6));
        return settled.path("pointsCredited");
    }

    // ---- points store ----

    private void householdExchangesPointsForSoap(String household) {
        String account = await().atMost(ACROSS_SERVICES).until(() -> {
            List<Map<String, Object>> accounts = suite.as("store-clerk", "points-store").get("/api/v1/accounts?under=" + MICRO_GRID)
                    .then().statusCode(200).extract().path("items");
            return accounts.stream().filter(a -> household.equals(a.get("subjectId")) && Integer.valueOf(6).equals(a.get("balance")))
                    .map(a -> a.get("id").toString()).findFirst().orElse(null);
        }, id -> id != null);
        suite.as("store-clerk", "points-store").header("Idempotency-Key", "story-holder")
                .body(Map.of("username", "resident")).post("/api/v1/accounts/" + account + "/holders").then().statusCode(200);
        String soap = suite.as("store-clerk", "points-store").header("Idempotency-Key", "story-soap")
                .body(Map.of("storeCode", COMMUNITY, "kind", "GOODS", "nameZh", "香皂", "pointsPrice", 5, "stock", 100))
                .post("/api/v1/catalogue-items").then().statusCode(201).extract().path("id");
        String redemption = suite.as("store-clerk", "points-store").header("Idempotency-Key", "story-redeem")
                .body(Map.of("accountId", account, "itemId", soap, "quantity", 1, "mode", "ANYTIME"))
                .post("/api/v1/redemptions").then().statusCode(201).extract().path("id");
        suite.as("store-clerk", "points-store").header("Idempotency-Key", "story-fulfil").body("{}")
                .post("/api/v1/redemptions/" + redemption + "/fulfilments").then().statusCode(200);
        suite.as("resident", "points-store").get("/api/v1/accounts/" + account).then().statusCode(200)
                .body("balance", equalTo(1)).body("holders", hasItem("resident"));
    }

    // ---- command centre ----

    /** The quarter's field work and mediation; the next quarter's settlement and exchange (scoring's and the store's time). */
    private void commandCentreFiguresShowTheTownshipsQuarters(int credited) {
        await().atMost(ACROSS_SERVICES).untilAsserted(() -> {
            Response figures = suite.as("township-admin", "command-center").get("/api/v1/figures?under=" + TOWNSHIP + "&quarter=" + QUARTER);
            figures.then().statusCode(200)
                    .body("tasks.created", equalTo(2)).body("tasks.closed", equalTo(2)).body("tasks.open", equalTo(0))
                    .body("tasks.closedAtOriginShare", equalTo(0.5f))
                    .body("cases.registered", equalTo(1)).body("cases.concluded", equalTo(1)).body("cases.successRate", equalTo(1.0f))
                    .body("cases.meetsTarget", equalTo(true));
            List<Integer> escalations = figures.path("tasks.escalatedTo.count");
            assertThat(escalations.stream().mapToInt(Integer::intValue).sum()).as("escalated once").isEqualTo(1);
            suite.as("township-admin", "command-center").get("/api/v1/figures?under=" + TOWNSHIP + "&quarter=" + NEXT_QUARTER)
                    .then().statusCode(200)
                    .body("points.credited", equalTo(credited)).body("points.redeemed", equalTo(5)).body("points.items", equalTo(1));
        });
    }

    /** The township's screen, from the start: every service's part of the story, in order, ending with the exchange. */
    private void liveStreamShowsEveryStepToTheTownship() throws Exception {
        List<SseEvent> events = EventStreamReader.readUntil(suite.url("command-center", "/api/v1/events?under=" + TOWNSHIP),
                "township-admin", null, e -> e.type().equals("points-store.RedemptionFulfilled.v1"), ACROSS_SERVICES);
        List<String> types = events.stream().map(SseEvent::type).toList();
        assertThat(types).contains("grid-registry.GridUnitCreated.v1", "task-dispatch.TaskEscalated.v1", "task-dispatch.TaskClosed.v1",
                "mediation.CaseClosed.v1", "task-dispatch.TaskReferredToMediation.v1", "task-dispatch.TaskClosedByMediation.v1",
                "scoring.StarAwarded.v1", "scoring.PointsCredited.v1", "points-store.RedemptionFulfilled.v1");
        assertThat(types.stream().filter("task-dispatch.TaskEscalated.v1"::equals).count()).isEqualTo(1);
        assertThat(types.indexOf("task-dispatch.TaskEscalated.v1")).isLessThan(types.indexOf("task-dispatch.TaskClosed.v1"));
        assertThat(types.indexOf("scoring.PointsCredited.v1")).isLessThan(types.indexOf("points-store.RedemptionFulfilled.v1"));
        assertThat(events).allSatisfy(e -> assertThat(e.data()).contains("\"gridcode\":\"" + TOWNSHIP.substring(0, 9)));
    }

    private void theOtherTownshipSeesNoneOfIt(String task, String caseId) throws Exception {
        String other = "other-township-admin";
        suite.as(other, "command-center").get("/api/v1/figures?under=" + TOWNSHIP).then().statusCode(403);
        suite.as(other, "command-center").get("/api/v1/grid-units/" + TOWNSHIP).then().statusCode(403);
        suite.as(other, "task-dispatch").get("/api/v1/tasks/" + task).then().statusCode(403);
        suite.as(other, "mediation").get("/api/v1/cases/" + caseId).then().statusCode(403);
        suite.as(other, "command-center").get("/api/v1/figures?under=" + OTHER_TOWNSHIP + "&quarter=" + QUARTER).then().statusCode(200)
                .body("tasks.created", equalTo(0)).body("cases.registered", equalTo(0));
        suite.as(other, "command-center").get("/api/v1/figures?under=" + OTHER_TOWNSHIP + "&quarter=" + NEXT_QUARTER).then().statusCode(200)
                .body("points.credited", equalTo(0)).body("points.redeemed", equalTo(0));

        // 凤城镇's own worker reports from the field; its screen shows that, and nothing of 路西街道's before it
        suite.as("other-grid-worker", "task-dispatch").body(Map.of("typeCode", "patrol", "unitCode", OTHER_GRID, "title", "日常巡查"))
                .post("/api/v1/tasks").then().statusCode(201);
        List<SseEvent> seen = EventStreamReader.readUntil(suite.url("command-center", "/api/v1/events"), other, null,
                e -> e.type().equals("task-dispatch.TaskCreated.v1"), ACROSS_SERVICES);
        Set<String> gridCodes = seen.stream().map(e -> e.data().replaceAll(".*\"gridcode\":\"([0-9]+)\".*", "$1"))
                .collect(Collectors.toSet());
        assertThat(gridCodes).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith(OTHER_TOWNSHIP.substring(0, 9)));
    }
}
