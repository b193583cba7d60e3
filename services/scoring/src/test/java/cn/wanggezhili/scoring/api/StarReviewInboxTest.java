package cn.wanggezhili.scoring.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.scoring.api.ScoringApi.QINCUN_MICRO_1;
import static cn.wanggezhili.scoring.api.ScoringApi.approve;
import static cn.wanggezhili.scoring.api.ScoringApi.as;
import static cn.wanggezhili.scoring.api.ScoringApi.record;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.consumer.InboxRunner;
import cn.wanggezhili.scoring.app.StarReviewWork;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Star reviews noted by consumers go through the platform's inbox: a review that fails stays noted, with its error,
 * and is done on a later run once it can be; nothing is lost.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "scoring_test"))
class StarReviewInboxTest {

    /** A household scheme (code, threshold) of one star, {@code retried}, earned by a manual 1-point item. */
    static final String ONE_STAR_SCHEME = """
            {"code":"%s","subjectType":"HOUSEHOLD","nameZh":"测试：重试星","unitCode":"141081000000","baseScore":0,
             "cadence":"MONTHLY","categories":[{"code":"retried","nameZh":"重试星","star":"retried","starNameZh":"重试星",
             "starThreshold":%d,"indicators":[{"code":"retried-1","nameZh":"重试项","points":1,"capPerPeriod":null,
             "evidenceRequired":false,"autoApproved":false,"trigger":null}]}]}
            """;

    @Inject
    DataSource dataSource;

    @Inject
    StarReviewWork starReviews;

    @Inject
    InboxRunner runner;

    @BeforeEach
    void county() {
        ScoringApi.county(dataSource);
    }

    @Test
    void a_failing_review_is_kept_with_its_error_and_done_once_it_can_be() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String reachable = "test-reachable-" + suffix;
        String outOfReach = "test-out-of-reach-" + suffix;
        as("county-admin").body(ONE_STAR_SCHEME.formatted(outOfReach, 100)).post("/api/v1/schemes").then().statusCode(201);
        UUID household = ScoringApi.newHousehold(dataSource, QINCUN_MICRO_1, "3-401");
        String entry = record("scorer", outOfReach, "retried-1", household, null, List.of());
        approve("reviewer", entry); // reviewed at once, on its own scheme: 1 of 100, no star
        int year = Integer.parseInt(ScoringApi.one(dataSource, "select left(month, 4) from entry_view where id = ?", UUID.fromString(entry)));

        // a consumer notes a review on a scheme not published yet: the work fails, the note stays with its error
        try (Connection c = dataSource.getConnection()) {
            starReviews.note(c, household.toString(), reachable, year, QINCUN_MICRO_1);
        }
        String key = household + "/" + reachable + "/" + year;
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            runner.runAll();
            return ScoringApi.count(dataSource, "select count(*) from inbox where inbox = ? and key = ? and attempts > 0 and last_error is not null",
                    StarReviewWork.INBOX, key) == 1;
        });
        assertThat(starEvents("scoring.StarAwarded.v1", household)).isZero();

        // the scheme comes (its star within reach of the household's one point): a later run does the review, the note goes
        as("county-admin").body(ONE_STAR_SCHEME.formatted(reachable, 1)).post("/api/v1/schemes").then().statusCode(201);
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            runner.runAll();
            return ScoringApi.count(dataSource, "select count(*) from inbox where inbox = ? and key = ?", StarReviewWork.INBOX, key) == 0;
        });
        assertThat(starEvents("scoring.StarAwarded.v1", household)).isEqualTo(1);
        as("resident").get("/api/v1/subjects/{id}/stars", household).then().statusCode(200)
                .body("find { it.star == 'retried' }.held", equalTo(true)).body("find { it.star == 'retried' }.score", equalTo(1))
                .body("find { it.star == 'retried' }.threshold", equalTo(1));
    }

    private long starEvents(String type, UUID household) throws Exception {
        return ScoringApi.count(dataSource, "select count(*) from events where event_type = ? and payload->>'householdId' = ?",
                type, household.toString());
    }
}
