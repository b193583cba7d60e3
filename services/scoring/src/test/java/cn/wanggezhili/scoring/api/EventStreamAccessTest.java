package cn.wanggezhili.scoring.api;

import static cn.wanggezhili.scoring.api.ScoringApi.DONGCUN_MICRO_1;
import static cn.wanggezhili.scoring.api.ScoringApi.GRID_CHIEF;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_MICRO_1;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_NORTH;
import static cn.wanggezhili.scoring.api.ScoringApi.approve;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static cn.wanggezhili.scoring.api.ScoringApi.record;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.StreamMirror;
import cn.wanggezhili.testing.StreamMirror.Made;
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

    private static final String ENTRY = "/api/v1/score-entries/{id}";
    private static final String NOTICE = "/api/v1/notices/{id}";

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
        StreamMirror.everyUserReadsWhatRestShows(soft, events.toString(), start, "/api/v1/score-entries", ENTRY,
                closingEntries(households), List.of(Made.byId("1号楼农户的升旗积分", ENTRY, flag),
                Made.byId("网格长的政策宣传积分", ENTRY, chiefs), Made.byId("东村农户的升旗积分", ENTRY, dongcun),
                Made.byId("1号楼三月公示", NOTICE, notice)));
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
        StreamMirror.everyUserReadsWhatRestShows(soft, events.toString(), start, "/api/v1/score-entries", ENTRY,
                closingEntries(households), List.of(Made.byId("秦村北社区四月公示", NOTICE, notice)));
        soft.assertAll();
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

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 4);
    }

    /**
     * Where the stream is now: an entry recorded at once, as the county's dashboard reads it (recorded entries only, a
     * short read from the start of the table). Every user's stream is read from after it.
     */
    private String streamPosition(Households households) throws Exception {
        String opening = record("scorer", "ten-star-household", "patriotism-1", households.qincun(), null, List.of());
        return StreamMirror.position(events.toString(), "scoring.ScoreEntryRecorded.v1", opening);
    }
}
