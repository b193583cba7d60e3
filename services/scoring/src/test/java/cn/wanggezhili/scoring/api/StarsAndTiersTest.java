package cn.wanggezhili.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.scoring.api.ScoringApi.HOUSEHOLD_A;
import static cn.wanggezhili.scoring.api.ScoringApi.HOUSEHOLD_B;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_NORTH;
import static cn.wanggezhili.scoring.api.ScoringApi.approve;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static cn.wanggezhili.scoring.api.ScoringApi.record;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ten-star households: stars follow the approved score on their items, are lost and re-earned; yearly ranks set tiers. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class StarsAndTiersTest {

    static final List<String> STARS = List.of("patriotism", "policy", "public-good", "mutual-aid", "enterprise", "integrity",
            "ecology", "health", "filial", "culture");

    @Inject
    DataSource dataSource;

    @BeforeEach
    void county() {
        ScoringApi.county(dataSource);
    }

    @Test
    void a_star_is_awarded_at_the_threshold_revoked_below_it_and_earned_again() throws Exception {
        for (String item : List.of("patriotism-1", "patriotism-2")) {
            approve("reviewer", record("scorer", "ten-star-household", item, HOUSEHOLD_A, null, List.of()));
        }
        as("resident").get("/api/v1/subjects/{id}/stars", HOUSEHOLD_A).then().statusCode(200)
                .body("find { it.star == 'patriotism' }", equalTo(null));
        approve("reviewer", record("scorer", "ten-star-household", "patriotism-3", HOUSEHOLD_A, null, List.of()));
        as("resident").get("/api/v1/subjects/{id}/stars", HOUSEHOLD_A).then()
                .body("find { it.star == 'patriotism' }.held", equalTo(true)).body("find { it.star == 'patriotism' }.score", equalTo(6));

        approve("reviewer", record("scorer", "ten-star-household", "patriotism-deduct", HOUSEHOLD_A, null, List.of("通报-3")));
        as("resident").get("/api/v1/subjects/{id}/stars", HOUSEHOLD_A).then()
                .body("find { it.star == 'patriotism' }.held", equalTo(false)).body("find { it.star == 'patriotism' }.score", equalTo(3));

        for (String item : List.of("patriotism-4", "patriotism-5", "patriotism-6")) {
            approve("reviewer", record("scorer", "ten-star-household", item, HOUSEHOLD_A, null, List.of()));
        }
        as("resident").get("/api/v1/subjects/{id}/stars", HOUSEHOLD_A).then().body("find { it.star == 'patriotism' }.held", equalTo(true));
        assertThat(starEvents("scoring.StarAwarded.v1", HOUSEHOLD_A)).isEqualTo(2);
        assertThat(starEvents("scoring.StarRevoked.v1", HOUSEHOLD_A)).isEqualTo(1);
        as("other-township-admin").get("/api/v1/subjects/{id}/stars", HOUSEHOLD_A).then().statusCode(403);
    }

    @Test
    void a_household_holding_all_ten_stars_is_on_its_villages_ten_star_list() {
        for (String star : STARS) {
            for (int item = 1; item <= 3; item++) {
                approve("reviewer", record("scorer", "ten-star-household", star + "-" + item, HOUSEHOLD_B, null, List.of()));
            }
        }
        as("grid-chief").get("/api/v1/ten-star-households?under=" + QINCUN_NORTH).then().statusCode(200)
                .body("householdId", hasItem(HOUSEHOLD_B.toString())).body("householdId", not(hasItem(HOUSEHOLD_A.toString())))
                .body("find { it.householdId == '" + HOUSEHOLD_B + "' }.name", equalTo("1-102户"));
        as("other-township-admin").get("/api/v1/ten-star-households?under=" + QINCUN_NORTH).then().statusCode(403);
    }

    @Test
    void the_yearly_rank_within_a_subtree_sets_each_subjects_tier_once() throws Exception {
        UUID cadreA = cadre("王村长");
        UUID cadreB = cadre("李支书");
        approve("reviewer", record("scorer", "village-cadre", "duty-1", cadreA, "2026-03", List.of()));
        Map<String, Object> body = Map.of("unitCode", QINCUN_NORTH, "year", 2026, "subjectType", "VILLAGE_CADRE");
        as("township-admin").get("/api/v1/yearly-summaries?under=" + QINCUN_NORTH + "&subjectType=VILLAGE_CADRE&year=2026").then()
                .statusCode(200).body("find { it.subjectId == '" + cadreA + "' }.yearlyScore", equalTo(103))
                .body("find { it.subjectId == '" + cadreA + "' }.rank", equalTo(1));
        as("township-admin").body(body).post("/api/v1/tier-assignments").then().statusCode(200)
                .body("find { it.subjectId == '" + cadreA + "' }.tier", equalTo(1))
                .body("find { it.subjectId == '" + cadreB + "' }.rank", equalTo(2));
        as("county-admin").body(body).post("/api/v1/tier-assignments").then().statusCode(200)
                .body("find { it.subjectId == '" + cadreA + "' }.rankedWithin", equalTo(QINCUN_NORTH));
        assertThat(ScoringApi.count(dataSource, "select count(*) from events where event_type = 'scoring.TierAssigned.v1' "
                + "and payload->>'subjectId' = ?", cadreA.toString())).isEqualTo(1);
        as("other-township-admin").body(body).post("/api/v1/tier-assignments").then().statusCode(403);
    }

    private static UUID cadre(String name) {
        return UUID.fromString(as("township-admin").body(Map.of("subjectType", "VILLAGE_CADRE", "name", name, "unitCode", QINCUN_NORTH))
                .post("/api/v1/subjects").then().statusCode(201).extract().path("id"));
    }

    private long starEvents(String type, UUID household) throws Exception {
        return ScoringApi.count(dataSource, "select count(*) from events where event_type = ? and payload->>'householdId' = ?",
                type, household.toString());
    }
}
