package cn.wanggezhili.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.scoring.api.ScoringApi.GRID_CHIEF;
import static cn.wanggezhili.scoring.api.ScoringApi.GRID_WORKER;
import static cn.wanggezhili.scoring.api.ScoringApi.OTHER_GRID_WORKER;
import static cn.wanggezhili.scoring.api.ScoringApi.approve;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static cn.wanggezhili.scoring.api.ScoringApi.record;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One record per event, reviewed monthly by someone else; only approved entries count in the passbook. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class ScoreEntryApiTest {

    static final String PROBLEMS = "https://wanggezhili.cn/problems/";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void county() {
        ScoringApi.county(dataSource);
    }

    @Test
    void a_scorers_entry_counts_in_the_passbook_once_a_reviewer_approved_it() {
        String entry = record("scorer", "grid-worker", "visit-praised", GRID_WORKER, null, List.of("photo-77"));
        as("grid-worker").get("/api/v1/score-entries/{id}", entry).then().statusCode(200)
                .body("status", equalTo("PENDING")).body("points", equalTo(5)).body("sourceKind", equalTo("SCORER"))
                .body("evidence", hasItem("photo-77")).body("recordedBy", equalTo("scorer"));
        approve("reviewer", entry);
        as("grid-worker").get("/api/v1/subjects/{id}/passbook", GRID_WORKER).then().statusCode(200)
                .body("subject.name", equalTo("陈小军")).body("entries.find { it.id == '" + entry + "' }.status", equalTo("APPROVED"))
                .body("entries.find { it.id == '" + entry + "' }.reviewedBy", equalTo("reviewer"));
    }

    @Test
    void a_scorer_cannot_review_their_own_entry_and_nobody_scores_themselves() {
        String entry = record("township-admin", "grid-worker", "policy-done", GRID_WORKER, null, List.of());
        as("township-admin").post("/api/v1/score-entries/{id}/approvals", entry).then().statusCode(422)
                .body("type", equalTo(PROBLEMS + "reviewer-is-scorer"));
        as("grid-worker").post("/api/v1/score-entries/{id}/approvals", entry).then().statusCode(403);
        as("grid-chief").body(Map.of("schemeCode", "grid-worker", "indicatorCode", "policy-done", "subjectId", GRID_CHIEF))
                .post("/api/v1/score-entries").then().statusCode(422).body("type", equalTo(PROBLEMS + "self-scoring"));
        as("reviewer").body(Map.of("reason", "与事实不符")).post("/api/v1/score-entries/{id}/rejections", entry).then().statusCode(200)
                .body("status", equalTo("REJECTED")).body("reviewNote", equalTo("与事实不符"));
    }

    @Test
    void evidence_and_caps_are_enforced() {
        as("scorer").body(Map.of("schemeCode", "grid-worker", "indicatorCode", "fire-praised", "subjectId", GRID_WORKER))
                .post("/api/v1/score-entries").then().statusCode(422).body("errors.field", hasItem("evidence"));
        // dispute-reported: 2 points, at most 10 a month
        for (int i = 0; i < 5; i++) {
            record("scorer", "grid-worker", "dispute-reported", GRID_WORKER, "2026-06", List.of());
        }
        as("scorer").body(Map.of("schemeCode", "grid-worker", "indicatorCode", "dispute-reported", "subjectId", GRID_WORKER, "month", "2026-06"))
                .post("/api/v1/score-entries").then().statusCode(409).body("type", equalTo(PROBLEMS + "cap-exceeded"));
    }

    @Test
    void ten_entries_recorded_at_once_on_a_capped_indicator_never_exceed_its_cap() throws Exception {
        // dispute-reported: 2 points, at most 10 a month, so 5 of 10 simultaneous entries fit
        String token = cn.wanggezhili.testing.Tokens.of("scorer");
        var body = Map.of("schemeCode", "grid-worker", "indicatorCode", "dispute-reported", "subjectId", GRID_WORKER, "month", "2026-05");
        Callable<Integer> post = () -> io.restassured.RestAssured.given().auth().oauth2(token).contentType("application/json")
                .body(body).post("/api/v1/score-entries").then().extract().statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Integer> statuses = new java.util.ArrayList<>();
            for (Future<Integer> answer : pool.invokeAll(java.util.Collections.nCopies(10, post))) {
                statuses.add(answer.get());
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(5);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        } finally {
            pool.shutdown();
        }
        assertThat(ScoringApi.one(dataSource, """
                select sum(abs(points))::text from entry_view
                 where subject_id = ? and month = '2026-05' and indicator_code = 'dispute-reported'
                """, GRID_WORKER.toString())).isEqualTo("10");
    }

    @Test
    void other_townships_cannot_read_score_or_review_our_subjects() {
        String entry = record("scorer", "grid-worker", "info-done", GRID_WORKER, null, List.of());
        as("other-township-admin").get("/api/v1/score-entries/{id}", entry).then().statusCode(403);
        as("other-township-admin").post("/api/v1/score-entries/{id}/approvals", entry).then().statusCode(403);
        as("other-township-admin").get("/api/v1/subjects/{id}/passbook", GRID_WORKER).then().statusCode(403);
        as("other-township-admin").body(Map.of("schemeCode", "grid-worker", "indicatorCode", "info-done", "subjectId", GRID_WORKER))
                .post("/api/v1/score-entries").then().statusCode(403);
        as("scorer").body(Map.of("schemeCode", "grid-worker", "indicatorCode", "info-done", "subjectId", OTHER_GRID_WORKER))
                .post("/api/v1/score-entries").then().statusCode(403);
        as("scorer").get("/api/v1/score-entries?under=141081100000").then().statusCode(403);
        as("scorer").get("/api/v1/score-entries/{id}", java.util.UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void a_retried_record_with_the_same_idempotency_key_records_once() throws Exception {
        Map<String, Object> body = Map.of("schemeCode", "grid-worker", "indicatorCode", "survey-done", "subjectId", GRID_WORKER, "month", "2026-05");
        String first = as("scorer").header("Idempotency-Key", "survey-2026-05").body(body).post("/api/v1/score-entries")
                .then().statusCode(201).extract().path("id");
        String again = as("scorer").header("Idempotency-Key", "survey-2026-05").body(body).post("/api/v1/score-entries")
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        assertThat(ScoringApi.count(dataSource, "select count(*) from entry_view where subject_id = ? and month = '2026-05'",
                GRID_WORKER.toString())).isEqualTo(1);
    }

    @Test
    void bad_input_is_a_problem_naming_the_field() {
        as("scorer").body(Map.of("schemeCode", "grid-worker", "indicatorCode", "info-done", "subjectId", "not-a-uuid"))
                .post("/api/v1/score-entries").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("subjectId"));
        as("scorer").body(Map.of("schemeCode", "grid-worker", "indicatorCode", "info-done", "subjectId", GRID_WORKER, "month", "2026-13"))
                .post("/api/v1/score-entries").then().statusCode(400).body("errors.field", hasItem("month"));
        as("scorer").get("/api/v1/score-entries?status=MAYBE").then().statusCode(400).body("errors.field", hasItem("status"));
        as("scorer").get("/api/v1/leaderboards?period=2026-X").then().statusCode(400).body("errors.field", hasItem("period"));
    }

    @Test
    void a_township_admin_registers_party_members_who_are_then_scored_under_the_party_scheme() {
        String member = as("township-admin").body(Map.of("subjectType", "PARTY_MEMBER", "name", "张建国", "unitCode", ScoringApi.QINCUN_NORTH))
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id");
        String entry = record("scorer", "party-member", "volunteer-1", java.util.UUID.fromString(member), null, List.of());
        approve("reviewer", entry);
        as("township-admin").get("/api/v1/leaderboards?under=" + ScoringApi.QINCUN_NORTH + "&subjectType=PARTY_MEMBER").then().statusCode(200)
                .body("find { it.subjectId == '" + member + "' }.points", equalTo(2));
        as("other-township-admin").get("/api/v1/subjects/{id}", member).then().statusCode(403);
        as("township-admin").body(Map.of("subjectType", "HOUSEHOLD", "name", "x", "unitCode", ScoringApi.QINCUN_NORTH))
                .post("/api/v1/subjects").then().statusCode(400).body("errors.field", hasItem("subjectType"));
    }
}
