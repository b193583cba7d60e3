package cn.wanggezhili.scoring.api;

import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_MICRO_1;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_NORTH;
import static cn.wanggezhili.scoring.api.ScoringApi.approve;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static cn.wanggezhili.scoring.api.ScoringApi.record;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import cn.wanggezhili.testing.ApiProbe;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every operation of api-specs/openapi/scoring.yaml, called as an attacker would (ApiProbe). */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class HostileCallerTest {

    /** 秦村北社区's third grid: no other test ranks, notices or settles it, so the objects below change nobody's figures. */
    static final String QINCUN_GRID_3 = "141081001001003";

    /** Scoring's aggregate types (ScoringEvents): entry, notice, household stars, scheme, subject, tiers, activity, settlement. */
    static final int STREAM_TYPES = 8;

    @Inject
    DataSource dataSource;

    @TestFactory
    Stream<DynamicTest> every_operation_refuses_junk_tokens_control_characters_and_other_kinds_of_ids() throws Exception {
        // one object of every kind in 路西街道, outside the outsider's 凤城镇, each the newest of its kind, before the
        // probe reads their ids: the dynamic tests run only after this method returns
        ScoringApi.county(dataSource); // the demo schemes
        UUID household = ScoringApi.newHousehold(dataSource, QINCUN_MICRO_1, "9-" + UUID.randomUUID().toString().substring(0, 4));
        // entries, and the household's patriotism star at the third approved item
        for (String item : List.of("patriotism-1", "patriotism-2", "patriotism-3")) {
            approve("reviewer", record("scorer", "ten-star-household", item, household, null, List.of()));
        }
        // a volunteer activity the household took part in
        as("scorer").body(VolunteerActivityApiTest.activity(QINCUN_NORTH, LocalDate.now(ZoneId.of("Asia/Shanghai")), List.of(household)))
                .post("/api/v1/volunteer-activities").then().statusCode(201);
        // a party member of scoring's own register, and the tiers of last year's ranking
        as("township-admin").body(Map.of("subjectType", "PARTY_MEMBER", "name", "孙志刚", "unitCode", QINCUN_GRID_3))
                .post("/api/v1/subjects").then().statusCode(201);
        as("township-admin").body(Map.of("unitCode", QINCUN_GRID_3, "year", 2025, "subjectType", "PARTY_MEMBER"))
                .post("/api/v1/tier-assignments").then().statusCode(200);
        // last year's fourth quarter on notice for the shortest window the tests allow, then settled
        Map<String, String> quarter = Map.of("unitCode", QINCUN_GRID_3, "quarter", "2025-Q4");
        as("township-admin").body(Map.of("unitCode", QINCUN_GRID_3, "period", "2025-Q4", "objectionWindow", "PT1S"))
                .post("/api/v1/notices").then().statusCode(201);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> as("township-admin").body(quarter).post("/api/v1/settlements").statusCode() == 201);
        return ApiProbe.of("scoring", Map.of("code", "ten-star-household"), ApiProbe.oneIdPerStreamType(dataSource, STREAM_TYPES),
                "county-admin", "other-township-admin").tests();
    }
}
