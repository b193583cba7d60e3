package cn.wanggezhili.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.dispatch.api.DispatchFixture.DONGCUN_GRID_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.consumer.InboxRunner;
import cn.wanggezhili.dispatch.app.EscalationScheduler;
import cn.wanggezhili.dispatch.app.MediationReferralWork;
import cn.wanggezhili.testing.MutableClock;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.TopicFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Disputes reported in 东村 go to the mediation studio: each task waits in mediation while its case runs (not overdue,
 * not escalated), closes with an agreement, and goes back to the grid worker when the studio declines the case.
 * Mediation's events arrive over its real topic.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class MediationReferralTest {

    static final Map<String, Object> DISPUTE = Map.of("attributes", Map.of("incident-kind", "矛盾纠纷"));

    @Inject
    DataSource dataSource;

    @Inject
    InboxRunner inbox;

    @Inject
    EscalationScheduler escalations;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void dispute_tasks_follow_their_cases() throws Exception {
        String settled = report("other-township-admin", DONGCUN_GRID_1, "incident", DISPUTE);
        String declined = report("other-township-admin", DONGCUN_GRID_1, "incident", DISPUTE);
        String running = report("other-township-admin", DONGCUN_GRID_1, "incident", DISPUTE);
        UUID settledCase = UUID.randomUUID();
        UUID declinedCase = UUID.randomUUID();
        UUID runningCase = UUID.randomUUID();
        UUID walkInCase = UUID.randomUUID();
        try (TopicFeed feed = new TopicFeed("mediation")) {
            registered(feed, settledCase, settled);
            registered(feed, declinedCase, declined);
            registered(feed, runningCase, running);
            registered(feed, walkInCase, null);
            closed(feed, settledCase, "AGREEMENT");
            closed(feed, declinedCase, "DECLINED");
            closed(feed, walkInCase, "AGREEMENT");
            // the consumer notes each case of a task; the inbox runner moves the three tasks along at once
            await().atMost(Duration.ofSeconds(30)).until(() -> DispatchFixture.count(dataSource, """
                    select count(*) from task_view
                     where (id = '%s' and status = 'CLOSED') or (id = '%s' and mediation_outcome = 'DECLINED')
                        or (id = '%s' and status = 'IN_MEDIATION')""".formatted(settled, declined, running)) == 3);
            assertThat(links(runningCase)).isEqualTo(1);
            assertThat(links(walkInCase)).as("a walk-in case has no task").isZero();
            assertThat(waiting()).as("nothing left to do").isZero();

            as("other-township-admin").get("/api/v1/tasks/{id}", settled).then().statusCode(200)
                    .body("status", equalTo("CLOSED")).body("mediationCaseId", equalTo(settledCase.toString()))
                    .body("mediationOutcome", equalTo("AGREEMENT")).body("closedAtOrigin", equalTo(true));
            as("other-township-admin").get("/api/v1/tasks/{id}", declined).then().statusCode(200)
                    .body("status", equalTo("ASSIGNED")).body("owner.username", equalTo("other-grid-worker"))
                    .body("mediationOutcome", equalTo("DECLINED"));
            as("other-township-admin").get("/api/v1/tasks/{id}", running).then().statusCode(200)
                    .body("status", equalTo("IN_MEDIATION")).body("statusNameZh", equalTo("调解中"))
                    .body("mediationOutcome", nullValue());

            // days pass: the declined task falls overdue and escalates; the one in mediation does neither
            MutableClock.advance(Duration.ofDays(10));
            escalations.escalateOverdue();
            as("other-township-admin").get("/api/v1/tasks/{id}", running).then().statusCode(200)
                    .body("status", equalTo("IN_MEDIATION")).body("overdue", equalTo(false)).body("escalations", equalTo(0));
            as("other-township-admin").get("/api/v1/tasks/{id}", declined).then().statusCode(200).body("escalations", equalTo(1));
            as("other-grid-worker").post("/api/v1/tasks/{id}/acceptances", running).then().statusCode(409);

            // the studio settles the last one; mediation's events again change nothing twice
            closed(feed, runningCase, "FAILED");
            registered(feed, settledCase, settled);
            await().atMost(Duration.ofSeconds(30)).until(() -> DispatchFixture.count(dataSource,
                    "select count(*) from task_view where id = '%s' and mediation_outcome = 'FAILED'".formatted(running)) == 1);
            inbox.runAll();
            assertThat(waiting()).isZero();
            as("other-township-admin").get("/api/v1/tasks/{id}", running).then().statusCode(200)
                    .body("status", equalTo("CLOSED")).body("mediationOutcome", equalTo("FAILED"));
            assertThat(DispatchFixture.count(dataSource, "select count(*) from events where stream_id = '%s' and event_type like '%%Mediation.v1'"
                    .formatted(settled))).as("referred and closed, once each").isEqualTo(2);
        }
    }

    @Test
    void a_referral_whose_work_fails_is_kept_and_worked_again_later() throws Exception {
        String dispute = report("other-township-admin", DONGCUN_GRID_1, "incident", DISPUTE);
        UUID caseId = UUID.randomUUID();
        try (TopicFeed feed = new TopicFeed("mediation")) {
            // the database refuses the task's appends for a while: the work fails, the runner backs off and keeps the note
            execute("""
                    create function refuse_appends() returns trigger language plpgsql as $$
                    begin raise exception 'appends refused for a while'; end $$;
                    create trigger refuse_appends before insert on events for each row
                      when (new.stream_id = '%s') execute function refuse_appends()""".formatted(dispute));
            try {
                registered(feed, caseId, dispute);
                await().atMost(Duration.ofSeconds(30)).until(() -> DispatchFixture.count(dataSource, """
                        select count(*) from inbox where inbox = '%s' and key = '%s' and attempts > 0 and last_error is not null"""
                        .formatted(MediationReferralWork.INBOX, caseId)) == 1);
                as("other-township-admin").get("/api/v1/tasks/{id}", dispute).then().statusCode(200)
                        .body("status", equalTo("ASSIGNED")).body("mediationCaseId", nullValue());
            } finally {
                execute("drop trigger refuse_appends on events; drop function refuse_appends()");
            }

            // once appends go through again, the sweep works the note after its back-off: the task follows its case
            await().atMost(Duration.ofSeconds(30)).until(() -> DispatchFixture.count(dataSource,
                    "select count(*) from task_view where id = '%s' and status = 'IN_MEDIATION'".formatted(dispute)) == 1);
            as("other-township-admin").get("/api/v1/tasks/{id}", dispute).then().statusCode(200)
                    .body("mediationCaseId", equalTo(caseId.toString()));
            assertThat(DispatchFixture.count(dataSource, "select count(*) from events where stream_id = '%s' and event_type like '%%Mediation.v1'"
                    .formatted(dispute))).as("referred once").isEqualTo(1);
            assertThat(waiting()).isZero();
        }
    }

    private void execute(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    private long waiting() throws Exception {
        return DispatchFixture.count(dataSource, "select count(*) from inbox where inbox = '" + MediationReferralWork.INBOX + "'");
    }

    private long links(UUID caseId) throws Exception {
        return DispatchFixture.count(dataSource, "select count(*) from mediation_link where case_id = '" + caseId + "'");
    }

    /** mediation.CaseRegistered.v1 as the studio's relay writes it; a null task is a walk-in case. */
    private static void registered(TopicFeed feed, UUID caseId, String taskId) {
        String payload = """
                {"caseId":"%s","code":"%s","disputeType":"NEIGHBOUR","source":"%s","sourceTaskId":%s,"title":"邻里纠纷",
                 "description":"","parties":[],"evidence":[],"level":"GRID","at":"2026-11-28T02:00:00Z"}
                """.formatted(caseId, DONGCUN_GRID_1, taskId == null ? "WALK_IN" : "TASK", taskId == null ? "null" : "\"" + taskId + "\"");
        feed.send(caseId, "MediationCase", "CaseRegistered", 1, UUID.randomUUID(), DONGCUN_GRID_1, payload);
    }

    private static void closed(TopicFeed feed, UUID caseId, String outcome) {
        String payload = """
                {"caseId":"%s","code":"%s","disputeType":"NEIGHBOUR","outcome":"%s","mediators":[],"closedAtLevel":"GRID",
                 "registeredAt":"2026-11-28T02:00:00Z","at":"2026-11-28T03:00:00Z"}
                """.formatted(caseId, DONGCUN_GRID_1, outcome);
        feed.send(caseId, "MediationCase", "CaseClosed", 2, UUID.randomUUID(), DONGCUN_GRID_1, payload);
    }
}
