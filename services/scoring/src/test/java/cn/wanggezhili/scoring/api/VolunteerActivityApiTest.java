package cn.wanggezhili.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.scoring.api.ScoringApi.GRID_WORKER;
import static cn.wanggezhili.scoring.api.ScoringApi.OTHER_HOUSEHOLD;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_GRID_2;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_MICRO_1;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_NORTH;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Volunteer activities (爱心超市+健康银行) score each participating household once through the ten-star scheme's trigger. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class VolunteerActivityApiTest {

    static final String PROBLEMS = "https://wanggezhili.cn/problems/";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    DataSource dataSource;

    @BeforeEach
    void county() {
        ScoringApi.county(dataSource);
    }

    static Map<String, Object> activity(String unit, LocalDate date, List<UUID> households) {
        Map<String, Object> body = new HashMap<>(Map.of("unitCode", unit, "date", date.toString(), "titleZh", "清扫村道、整治环境",
                "hours", 2.5, "householdIds", households.stream().map(UUID::toString).toList(), "evidence", List.of("照片-1")));
        return body;
    }

    @Test
    void an_activity_scores_each_participating_household_once_and_the_request_again_changes_nothing() throws Exception {
        UUID first = ScoringApi.newHousehold(dataSource, QINCUN_MICRO_1, "5-501");
        UUID second = ScoringApi.newHousehold(dataSource, QINCUN_MICRO_1, "5-502");
        Map<String, Object> body = activity(QINCUN_NORTH, TODAY, List.of(first, second));
        String key = "volunteer-" + UUID.randomUUID();
        String id = as("scorer").header("Idempotency-Key", key).body(body).post("/api/v1/volunteer-activities").then().statusCode(201)
                .body("unitCode", equalTo(QINCUN_NORTH)).body("hours", equalTo(2.5f))
                .body("entries", hasSize(2)).body("entries.subjectId", containsInAnyOrder(first.toString(), second.toString()))
                .body("entries.indicatorCode", everyItem(equalTo("public-good-1"))).body("entries.status", everyItem(equalTo("PENDING")))
                .body("entries.sourceEventType", everyItem(equalTo("scoring.VolunteerActivityRecorded.v1")))
                .body("entries.month", everyItem(equalTo(TODAY.toString().substring(0, 7))))
                .extract().path("id");
        as("scorer").header("Idempotency-Key", key).body(body).post("/api/v1/volunteer-activities").then().statusCode(201)
                .body("id", equalTo(id));
        assertThat(ScoringApi.count(dataSource, "select count(*) from events where event_type = 'scoring.VolunteerActivityRecorded.v1' "
                + "and stream_id = ?::uuid", id)).isEqualTo(1);
        assertThat(entriesOf(first)).isEqualTo(1);
        as("grid-chief").get("/api/v1/volunteer-activities/{id}", id).then().statusCode(200).body("titleZh", equalTo("清扫村道、整治环境"))
                .body("householdIds", hasSize(2));
        as("other-township-admin").get("/api/v1/volunteer-activities/{id}", id).then().statusCode(403);
        as("scorer").get("/api/v1/volunteer-activities/{id}", UUID.randomUUID()).then().statusCode(404);

        // a second activity in the month: the indicator's cap (2 a month) is reached, the activity stands, no entry
        as("scorer").body(activity(QINCUN_NORTH, TODAY, List.of(first))).post("/api/v1/volunteer-activities").then().statusCode(201)
                .body("entries", hasSize(0));
        assertThat(entriesOf(first)).isEqualTo(1);
    }

    @Test
    void other_townships_ids_unknown_ids_and_bad_fields_are_refused_naming_the_field() {
        UUID household = ScoringApi.newHousehold(dataSource, QINCUN_MICRO_1, "5-503");
        as("scorer").body(activity(QINCUN_NORTH, TODAY, List.of(household, OTHER_HOUSEHOLD))).post("/api/v1/volunteer-activities")
                .then().statusCode(403);
        as("scorer").body(activity("141081100201", TODAY, List.of(household))).post("/api/v1/volunteer-activities").then().statusCode(403);
        as("other-township-admin").body(activity(QINCUN_NORTH, TODAY, List.of(household))).post("/api/v1/volunteer-activities")
                .then().statusCode(403);
        as("resident").body(activity(QINCUN_NORTH, TODAY, List.of(household))).post("/api/v1/volunteer-activities").then().statusCode(403);
        as("scorer").body(activity(QINCUN_NORTH, TODAY, List.of(UUID.randomUUID()))).post("/api/v1/volunteer-activities")
                .then().statusCode(404);

        as("scorer").body(activity(QINCUN_NORTH, TODAY.plusDays(2), List.of(household))).post("/api/v1/volunteer-activities").then()
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("date"));
        as("scorer").body(activity(QINCUN_NORTH, TODAY, List.of(household, household))).post("/api/v1/volunteer-activities").then()
                .statusCode(422).body("type", equalTo(PROBLEMS + "duplicate-household")).body("errors.field", hasItem("householdIds"));
        as("scorer").body(activity(QINCUN_NORTH, TODAY, List.of(GRID_WORKER))).post("/api/v1/volunteer-activities").then()
                .statusCode(422).body("errors.field", hasItem("householdIds"));
        as("scorer").body(activity(QINCUN_GRID_2, TODAY, List.of(household))).post("/api/v1/volunteer-activities").then()
                .statusCode(422).body("type", equalTo(PROBLEMS + "household-outside-unit"));

        Map<String, Object> untitled = activity(QINCUN_NORTH, TODAY, List.of(household));
        untitled.remove("titleZh");
        as("scorer").body(untitled).post("/api/v1/volunteer-activities").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("titleZh"));
        as("scorer").body(activity(QINCUN_NORTH, TODAY, List.of())).post("/api/v1/volunteer-activities").then().statusCode(400)
                .body("errors.field", hasItem("householdIds"));
        Map<String, Object> endless = activity(QINCUN_NORTH, TODAY, List.of(household));
        endless.put("hours", 30);
        as("scorer").body(endless).post("/api/v1/volunteer-activities").then().statusCode(400).body("errors.field", hasItem("hours"));
        Map<String, Object> undated = activity(QINCUN_NORTH, TODAY, List.of(household));
        undated.put("date", "2026-13-40");
        as("scorer").body(undated).post("/api/v1/volunteer-activities").then().statusCode(400).body("errors.field", hasItem("date"));
        assertThat(entriesOfQuietly(household)).isZero();
    }

    private long entriesOf(UUID household) throws Exception {
        return ScoringApi.count(dataSource, "select count(*) from entry_view where subject_id = ? and indicator_code = 'public-good-1'",
                household.toString());
    }

    private long entriesOfQuietly(UUID household) {
        try {
            return entriesOf(household);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
