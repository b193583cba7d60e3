package cn.wanggezhili.suite;

import static cn.wanggezhili.suite.Clients.answer;
import static cn.wanggezhili.suite.Clients.created;
import static cn.wanggezhili.suite.Clients.refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.wanggezhili.client.command.model.Escalations;
import cn.wanggezhili.client.command.model.FiguresResponse;
import cn.wanggezhili.client.dispatch.api.TasksApi;
import cn.wanggezhili.client.dispatch.model.AddTaskTypeRequest;
import cn.wanggezhili.client.dispatch.model.CompletionRequest;
import cn.wanggezhili.client.dispatch.model.Priority;
import cn.wanggezhili.client.dispatch.model.ReportTaskRequest;
import cn.wanggezhili.client.dispatch.model.TaskResponse;
import cn.wanggezhili.client.mediation.api.CasesApi;
import cn.wanggezhili.client.mediation.model.AddPartyRequest;
import cn.wanggezhili.client.mediation.model.AgreementRequest;
import cn.wanggezhili.client.mediation.model.AssignMediatorRequest;
import cn.wanggezhili.client.mediation.model.CaseResponse;
import cn.wanggezhili.client.mediation.model.EnrolMediatorRequest;
import cn.wanggezhili.client.mediation.model.FollowUpRequest;
import cn.wanggezhili.client.mediation.model.MinutesRequest;
import cn.wanggezhili.client.mediation.model.NotesRequest;
import cn.wanggezhili.client.mediation.model.PartyKind;
import cn.wanggezhili.client.mediation.model.PartyRequest;
import cn.wanggezhili.client.mediation.model.PartyResponse;
import cn.wanggezhili.client.mediation.model.PerformanceCheckRequest;
import cn.wanggezhili.client.mediation.model.ScheduleSessionRequest;
import cn.wanggezhili.client.mediation.model.StepRequest;
import cn.wanggezhili.client.points.model.AccountResponse;
import cn.wanggezhili.client.points.model.ExchangeMode;
import cn.wanggezhili.client.points.model.HolderRequest;
import cn.wanggezhili.client.points.model.ItemKind;
import cn.wanggezhili.client.points.model.ListItemRequest;
import cn.wanggezhili.client.points.model.RedemptionRequest;
import cn.wanggezhili.client.registry.model.CreateGridUnitRequest;
import cn.wanggezhili.client.scoring.model.EntryRequest;
import cn.wanggezhili.client.scoring.model.EntryView;
import cn.wanggezhili.client.scoring.model.NoticeRequest;
import cn.wanggezhili.client.scoring.model.SchemeRequest;
import cn.wanggezhili.client.scoring.model.SettlementRequest;
import cn.wanggezhili.client.scoring.model.SettlementView;
import cn.wanggezhili.client.scoring.model.StarHolding;
import cn.wanggezhili.client.scoring.model.SubjectResponse;
import com.fasterxml.jackson.databind.DeserializationFeature;
import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import cn.wanggezhili.devstack.SuiteServices;
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
    private static Clients clients;

    @BeforeAll
    static void startTheSuite() throws Exception {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        suite = RunningSuite.start();
        clients = new Clients(suite);
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

        UUID streetLight = residentReports("urgent-report", "小区东门路灯损坏，夜间有老人摔倒", Map.of());
        taskIsRoutedToTheMicroGridsWorker(streetLight);
        taskEscalatesOnceToTheCommunityChief(streetLight);
        chiefCompletesAndTownshipCloses(streetLight);

        UUID dispute = residentReports("resident-report", "楼上漏水致楼下墙面受损，双方多次争吵", Map.of("topic", "矛盾纠纷"));
        UUID caseId = disputeBecomesACase(dispute);
        taskWaitsInMediation(dispute, caseId);
        studioSettlesTheCase(caseId);
        taskClosesWithItsCase(dispute);

        UUID household = householdVolunteersAndEarnsAStar();
        int credited = reviewNoticeAndSettlementCreditTheQuarter(household);
        householdExchangesPointsForSoap(household);

        commandCentreFiguresShowTheTownshipsQuarters(credited);
        liveStreamShowsEveryStepToTheTownship();
        theOtherTownshipSeesNoneOfIt(streetLight, caseId);
    }

    /**
     * What an integrator finds on each packaged service: the OpenAPI document checked in at api-specs/openapi (the
     * one the build lints and generates clients from), and Swagger UI to browse it.
     */
    @Test
    void everyPackagedServiceServesItsCheckedInContractAndSwaggerUi() throws Exception {
        for (String service : SuiteServices.NAMES) {
            // REST Assured: /q/openapi and Swagger UI are Quarkus endpoints, not operations of the documents the clients come from
            String served = RestAssured.given().accept("application/yaml").get(suite.url(service, "/q/openapi"))
                    .then().statusCode(200).extract().asString();
            assertThat(served).as(service + "'s served document")
                    .isEqualTo(Files.readString(Path.of("../api-specs/openapi/" + service + ".yaml")));
            RestAssured.given().get(suite.url(service, "/q/swagger-ui/")).then().statusCode(200)
                    .contentType(org.hamcrest.Matchers.containsString("text/html"));
        }
    }

    // ---- grid registry ----

    private void onboardTheTownships() throws Exception {
        created(clients.gridUnits("county-admin").createGridUnitWithHttpInfo(new CreateGridUnitRequest().code(COUNTY).name("侯马市"), null));
        clients.onboarding("county-admin").onboardTownship(REGISTER, null);
        // every service learns the grid from the registry's events; the command centre shows it in its picker
        await().atMost(ACROSS_SERVICES).untilAsserted(() -> assertThat(
                answer(() -> clients.gridTree("township-admin").getGridBranch(COMMUNITY)).getUnit().getName()).isEqualTo("秦村北社区"));
    }

    // ---- task dispatch ----

    private void countyPublishesItsSchemesAndAnUrgentTaskType() throws Exception {
        created(clients.taskTypes("county-admin").addTaskTypeWithHttpInfo(new AddTaskTypeRequest().code("urgent-report").nameZh("紧急诉求")
                .nameEn("Urgent report").defaultDeadline("PT1M").defaultPriority(Priority.URGENT), null));
        for (String scheme : List.of("grid-worker", "ten-star-household")) {
            String body = Files.readString(Path.of("../services/scoring/src/main/resources/demo-schemes/" + scheme + ".json"));
            created(clients.schemes("county-admin").publishSchemeWithHttpInfo(asSchemeRequest(body), "story-scheme-" + scheme));
        }
    }

    /** The demo scheme as the generated model reads it; a field the contract does not know fails here, not silently. */
    private static SchemeRequest asSchemeRequest(String json) throws Exception {
        return cn.wanggezhili.client.scoring.ApiClient.createDefaultObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readValue(json, SchemeRequest.class);
    }

    /** The resident reports from home; until task dispatch has learned the micro-grid, the same request is retried. */
    private UUID residentReports(String type, String title, Map<String, String> attributes) {
        String key = "story-report-" + UUID.nameUUIDFromBytes(title.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ReportTaskRequest report = new ReportTaskRequest().typeCode(type).unitCode(MICRO_GRID).title(title).attributes(attributes);
        return await().atMost(ACROSS_SERVICES).until(() -> {
            try {
                var r = clients.tasks("resident").reportTaskWithHttpInfo(report, key);
                return r.getStatusCode() == 201 ? r.getData().getId() : null;
            } catch (cn.wanggezhili.client.dispatch.ApiException refused) {
                return null;
            }
        }, id -> id != null);
    }

    private void taskIsRoutedToTheMicroGridsWorker(UUID task) throws Exception {
        TaskResponse t = clients.tasks("grid-worker").getTask(task);
        assertThat(t.getOwner().getUsername()).isEqualTo("grid-worker");
        assertThat(t.getOwner().getName()).isEqualTo("陈小军");
        assertThat(t.getSource()).isEqualTo("RESIDENT_REPORT");
    }

    /** Due in 15 s (a one-minute type, urgent); first grid level has nobody, so it goes on to the community's chief. */
    private void taskEscalatesOnceToTheCommunityChief(UUID task) throws Exception {
        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            TaskResponse t = answer(() -> clients.tasks("grid-chief").getTask(task));
            assertThat(t.getUnitCode()).isEqualTo(COMMUNITY);
            assertThat(t.getOwner().getUsername()).isEqualTo("grid-chief");
            assertThat(t.getEscalations()).isEqualTo(1);
        });
        TaskResponse escalated = clients.tasks("grid-chief").getTask(task);
        assertThat(escalated.getOriginCode()).isEqualTo(MICRO_GRID);
        assertThat(escalated.getDueAt().toInstant()).as("the community gets its own deadline")
                .isAfter(Instant.now().plus(Duration.ofMinutes(30)));
    }

    private void chiefCompletesAndTownshipCloses(UUID task) throws Exception {
        TasksApi chief = clients.tasks("grid-chief");
        chief.acceptTask(task, null);
        chief.startTask(task, null);
        chief.completeTask(task, new CompletionRequest().result("已联系物业更换灯具，东门照明恢复").evidence(List.of("photo-light")), null);
        TaskResponse closed = clients.tasks("township-admin").closeTask(task, null);
        assertThat(closed.getStatus()).isEqualTo("CLOSED");
        assertThat(closed.getClosedAtOrigin()).isFalse();
        assertThat(closed.getEscalations()).isEqualTo(1);
    }

    // ---- mediation ----

    private UUID disputeBecomesACase(UUID task) {
        return await().atMost(ACROSS_SERVICES).until(() -> clients.cases("grid-chief")
                .listCases(null, null, null, null, null, COMMUNITY).getItems().stream()
                .filter(c -> task.equals(c.getSourceTaskId())).map(CaseResponse::getId).findFirst().orElse(null), id -> id != null);
    }

    /** The studio has the matter: the task no longer runs against its deadline (nor escalates) while the case runs. */
    private void taskWaitsInMediation(UUID task, UUID caseId) {
        await().atMost(ACROSS_SERVICES).untilAsserted(() -> {
            TaskResponse t = answer(() -> clients.tasks("township-admin").getTask(task));
            assertThat(t.getStatus()).isEqualTo("IN_MEDIATION");
            assertThat(t.getMediationCaseId()).isEqualTo(caseId);
            assertThat(t.getOverdue()).isFalse();
        });
    }

    private void taskClosesWithItsCase(UUID task) {
        await().atMost(ACROSS_SERVICES).untilAsserted(() -> {
            TaskResponse t = answer(() -> clients.tasks("township-admin").getTask(task));
            assertThat(t.getStatus()).isEqualTo("CLOSED");
            assertThat(t.getMediationOutcome()).isEqualTo("AGREEMENT");
            assertThat(t.getClosedAtOrigin()).isTrue();
            assertThat(t.getEscalations()).isEqualTo(0);
        });
    }

    /** 爱家调解工作室: the chief accepts and names the mediator, who hears both sides and records the agreement. */
    private void studioSettlesTheCase(UUID caseId) throws Exception {
        CasesApi chief = clients.cases("grid-chief");
        CasesApi mediator = clients.cases("mediator");
        UUID mediatorId = created(clients.mediators("grid-chief").enrolMediatorWithHttpInfo(new EnrolMediatorRequest().unitCode(COMMUNITY)
                .name("王建国").username("mediator").background("退休法官").studio("爱家调解工作室"), "story-studio")).getStaffId();
        for (String name : List.of("张建华", "李秀英")) {
            chief.addParty(caseId, new AddPartyRequest().party(new PartyRequest().kind(PartyKind.RESIDENT).name(name).phone("13800001234")), null);
        }
        chief.acceptCase(caseId, null, new StepRequest());
        chief.assignMediator(caseId, new AssignMediatorRequest().staffId(mediatorId), null);
        mediator.startInvestigation(caseId, null, new NotesRequest().notes("走访双方，查看漏水点"));
        mediator.scheduleSession(caseId, new ScheduleSessionRequest().scheduledFor(OffsetDateTime.now(ZoneOffset.UTC)).place("爱家调解工作室"), null);
        mediator.holdSession(caseId, 1, new MinutesRequest().minutes("听取双方陈述，释法析理"), null);
        List<UUID> parties = mediator.getCase(caseId).getParties().stream().map(PartyResponse::getPartyId).toList();
        mediator.recordAgreement(caseId, new AgreementRequest().terms("楼上住户修复防水层并赔偿墙面修缮费用，十五日内履行").signedBy(parties)
                .courtConfirmation(false), null);
        mediator.checkPerformance(caseId, new PerformanceCheckRequest().performed(true).notes("已修复并赔偿"), null);
        mediator.recordFollowUpVisit(caseId, new FollowUpRequest().satisfied(true).notes("回访双方，关系和睦"), null);
        assertThat(chief.closeCase(caseId, null, new StepRequest()).getOutcome()).isEqualTo("AGREEMENT");
    }

    // ---- scoring ----

    /** The scorer records three volunteering items of 热心公益星 (2 points each, threshold 6): the star is earned. */
    private UUID householdVolunteersAndEarnsAStar() throws Exception {
        UUID household = await().atMost(ACROSS_SERVICES).until(() -> {
            List<SubjectResponse> subjects = clients.subjects("scorer").listSubjects(null, null, "HOUSEHOLD", MICRO_GRID).getItems();
            return subjects.isEmpty() ? null : subjects.get(0).getId();
        }, id -> id != null);
        String month = YearMonth.now(BEIJING).toString(); // the month of the work, though scoring's clock is past it
        for (String item : List.of("public-good-1", "public-good-2", "public-good-3")) {
            created(clients.scoreEntries("scorer").recordScoreEntryWithHttpInfo(new EntryRequest().schemeCode("ten-star-household")
                    .indicatorCode(item).subjectId(household).month(month).evidence(List.of("志愿服务签到表")), "story-" + item));
        }
        return household;
    }

    /**
     * The triggered entries (the chief's task closed on time at the level it reached, the lead mediator's agreement)
     * and the household's three await the monthly review; the reviewer approves all; the quarter goes on notice for
     * two seconds and is settled. Returns the points credited.
     */
    private int reviewNoticeAndSettlementCreditTheQuarter(UUID household) throws Exception {
        List<EntryView> pending = await().atMost(ACROSS_SERVICES).until(() -> clients.scoreEntries("reviewer")
                .listScoreEntries(null, null, null, "PENDING", TOWNSHIP).getItems(), entries -> entries.size() == 5);
        assertThat(pending).extracting(EntryView::getIndicatorCode).containsExactlyInAnyOrder(
                "task-closed-on-time", "case-settled", "public-good-1", "public-good-2", "public-good-3");
        for (EntryView entry : pending) {
            clients.scoreEntries("reviewer").approveScoreEntry(entry.getId(), null);
        }
        assertThat(clients.subjects("scorer").listHouseholdStars(household).stream().filter(s -> Boolean.TRUE.equals(s.getHeld()))
                .map(StarHolding::getStar).toList()).isEqualTo(List.of("public-good"));

        created(clients.notices("township-admin").publishNoticeWithHttpInfo(
                new NoticeRequest().unitCode(TOWNSHIP).period(QUARTER).objectionWindow("PT2S"), "story-notice"));
        // the quarter settles once the notice's objection window has closed
        SettlementView settled = await().atMost(Duration.ofSeconds(30)).until(() -> {
            try {
                return created(clients.settlements("township-admin").settleQuarterWithHttpInfo(
                        new SettlementRequest().unitCode(TOWNSHIP).quarter(QUARTER), null));
            } catch (cn.wanggezhili.client.scoring.ApiException refused) {
                if (refused.getResponseBody() != null && refused.getResponseBody().contains("objection-window-open")) {
                    return null;
                }
                throw refused;
            }
        }, s -> s != null);
        assertThat(settled.getSubjectsCredited()).isEqualTo(3);
        assertThat(settled.getPointsCredited()).isEqualTo(2 + 5 + 6);
        assertThat(clients.subjects("scorer").getPassbook(household, QUARTER).getApprovedPoints()).isEqualTo(6);
        return settled.getPointsCredited();
    }

    // ---- points store ----

    private void householdExchangesPointsForSoap(UUID household) throws Exception {
        UUID account = await().atMost(ACROSS_SERVICES).until(() -> clients.accounts("store-clerk").listAccounts(null, null, MICRO_GRID)
                .getItems().stream().filter(a -> household.toString().equals(a.getSubjectId()) && Integer.valueOf(6).equals(a.getBalance()))
                .map(AccountResponse::getId).findFirst().orElse(null), id -> id != null);
        clients.accounts("store-clerk").linkAccountHolder(account, new HolderRequest().username("resident"), "story-holder");
        UUID soap = created(clients.catalogue("store-clerk").addCatalogueItemWithHttpInfo(new ListItemRequest().storeCode(COMMUNITY)
                .kind(ItemKind.GOODS).nameZh("香皂").pointsPrice(5).stock(100), "story-soap")).getId();
        UUID redemption = created(clients.redemptions("store-clerk").redeemPointsWithHttpInfo(new RedemptionRequest().accountId(account)
                .itemId(soap).quantity(1).mode(ExchangeMode.ANYTIME), "story-redeem")).getId();
        clients.redemptions("store-clerk").fulfilRedemption(redemption, "story-fulfil");
        AccountResponse seen = clients.accounts("resident").getAccount(account);
        assertThat(seen.getBalance()).isEqualTo(1);
        assertThat(seen.getHolders()).contains("resident");
    }

    // ---- command centre ----

    /** The quarter's field work and mediation; the next quarter's settlement and exchange (scoring's and the store's time). */
    private void commandCentreFiguresShowTheTownshipsQuarters(int credited) {
        await().atMost(ACROSS_SERVICES).untilAsserted(() -> {
            FiguresResponse figures = answer(() -> clients.figures("township-admin").getSubtreeFigures(null, null, QUARTER, null, TOWNSHIP));
            assertThat(figures.getTasks().getCreated()).isEqualTo(2);
            assertThat(figures.getTasks().getClosed()).isEqualTo(2);
            assertThat(figures.getTasks().getOpen()).isEqualTo(0);
            assertThat(figures.getTasks().getClosedAtOriginShare()).isEqualTo(0.5);
            assertThat(figures.getCases().getRegistered()).isEqualTo(1);
            assertThat(figures.getCases().getConcluded()).isEqualTo(1);
            assertThat(figures.getCases().getSuccessRate()).isEqualTo(1.0);
            assertThat(figures.getCases().getMeetsTarget()).isTrue();
            assertThat(figures.getTasks().getEscalatedTo().stream().mapToLong(Escalations::getCount).sum()).as("escalated once")
                    .isEqualTo(1);
            FiguresResponse next = answer(() -> clients.figures("township-admin").getSubtreeFigures(null, null, NEXT_QUARTER, null, TOWNSHIP));
            assertThat(next.getPoints().getCredited()).isEqualTo(credited);
            assertThat(next.getPoints().getRedeemed()).isEqualTo(5);
            assertThat(next.getPoints().getItems()).isEqualTo(1);
        });
    }

    /** The township's screen, from the start: every service's part of the story, in order, ending with the exchange. */
    private void liveStreamShowsEveryStepToTheTownship() throws Exception {
        // SSE stays on EventStreamReader: the generated client reads one JSON body, not an event stream
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

    private void theOtherTownshipSeesNoneOfIt(UUID task, UUID caseId) throws Exception {
        String other = "other-township-admin";
        assertThat(refusal(() -> clients.figures(other).getSubtreeFigures(null, null, null, null, TOWNSHIP))).isEqualTo(403);
        assertThat(refusal(() -> clients.gridTree(other).getGridBranch(TOWNSHIP))).isEqualTo(403);
        assertThat(refusal(() -> clients.tasks(other).getTask(task))).isEqualTo(403);
        assertThat(refusal(() -> clients.cases(other).getCase(caseId))).isEqualTo(403);
        FiguresResponse quarter = clients.figures(other).getSubtreeFigures(null, null, QUARTER, null, OTHER_TOWNSHIP);
        assertThat(quarter.getTasks().getCreated()).isEqualTo(0);
        assertThat(quarter.getCases().getRegistered()).isEqualTo(0);
        FiguresResponse next = clients.figures(other).getSubtreeFigures(null, null, NEXT_QUARTER, null, OTHER_TOWNSHIP);
        assertThat(next.getPoints().getCredited()).isEqualTo(0);
        assertThat(next.getPoints().getRedeemed()).isEqualTo(0);

        // 凤城镇's own worker reports from the field; its screen shows that, and nothing of 路西街道's before it
        created(clients.tasks("other-grid-worker").reportTaskWithHttpInfo(
                new ReportTaskRequest().typeCode("patrol").unitCode(OTHER_GRID).title("日常巡查"), null));
        // the live stream (SSE) stays on EventStreamReader: the generated client reads one JSON body, not an event stream
        List<SseEvent> seen = EventStreamReader.readUntil(suite.url("command-center", "/api/v1/events"), other, null,
                e -> e.type().equals("task-dispatch.TaskCreated.v1"), ACROSS_SERVICES);
        Set<String> gridCodes = seen.stream().map(e -> e.data().replaceAll(".*\"gridcode\":\"([0-9]+)\".*", "$1"))
                .collect(Collectors.toSet());
        assertThat(gridCodes).isNotEmpty().allSatisfy(code -> assertThat(code).startsWith(OTHER_TOWNSHIP.substring(0, 9)));
    }
}
