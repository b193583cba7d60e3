package cn.wanggezhili.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.api.DispatchFixture.DONGCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_GRID_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tasks go to the staff covering their unit, known from the registry's events only. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class TaskRoutingTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void a_resident_s_report_on_a_micro_grid_goes_to_the_grid_worker_covering_it() {
        String id = report("resident", QINCUN_MICRO_1, "resident-report", Map.of("attributes", Map.of("topic", "供水"),
                "description", "自来水管漏水"));
        as("grid-worker").get("/api/v1/tasks/{id}", id).then().statusCode(200)
                .body("status", equalTo("ASSIGNED")).body("source", equalTo("RESIDENT_REPORT"))
                .body("sourceNameZh", equalTo("居民反映")).body("typeNameZh", equalTo("村民说事"))
                .body("owner.username", equalTo("grid-worker")).body("owner.name", equalTo("陈小军"));
    }

    @Test
    void a_second_report_of_a_checked_type_on_the_same_unit_is_flagged_as_a_likely_duplicate_of_the_first() {
        String first = report("resident", QINCUN_MICRO_1, "resident-report", Map.of("attributes", Map.of("topic", "供水"), "description", "自来水停了"));
        String second = report("resident", QINCUN_MICRO_1, "resident-report", Map.of("attributes", Map.of("topic", "供水"), "description", "还是没有自来水"));
        // (whether the first is itself flagged depends on what other tests reported on this unit today)
        as("grid-worker").get("/api/v1/tasks/{id}", second).then().statusCode(200).body("likelyDuplicateOf", equalTo(first));

        // a patrol is planned work, not a report: two on the same unit are no duplicates
        report("grid-chief", QINCUN_MICRO_1, "patrol", Map.of());
        String patrol = report("grid-chief", QINCUN_MICRO_1, "patrol", Map.of());
        as("grid-worker").get("/api/v1/tasks/{id}", patrol).then().statusCode(200).body("likelyDuplicateOf", nullValue());
    }

    @Test
    void a_grid_worker_who_finds_an_incident_owns_it_first_discoverer_reporter_handler() {
        String id = report("grid-worker", QINCUN_GRID_1, "incident", Map.of("attributes", Map.of("incident-kind", "秸秆焚烧")));
        as("grid-worker").get("/api/v1/tasks/{id}", id).then().statusCode(200)
                .body("source", equalTo("FIELD_REPORT")).body("owner.username", equalTo("grid-worker")).body("priority", equalTo("HIGH"));
    }

    @Test
    void a_chief_dispatches_to_a_named_worker_only_if_that_worker_covers_the_unit() {
        String id = report("grid-chief", QINCUN_MICRO_1, "household-visit", Map.of("assigneeUsername", "grid-worker"));
        as("grid-chief").get("/api/v1/tasks/{id}", id).then().body("owner.username", equalTo("grid-worker"));
        as("grid-chief").body(Map.of("typeCode", "patrol", "unitCode", QINCUN_MICRO_1, "title", "巡查", "assigneeUsername", "other-grid-worker"))
                .post("/api/v1/tasks").then().statusCode(400).body("errors[0].field", equalTo("assigneeUsername"));
    }

    @Test
    void a_registry_event_delivered_twice_is_applied_once() throws Exception {
        String code = "141081001001002";
        try (RegistryFeed feed = new RegistryFeed()) {
            UUID unit = feed.unit(code, DispatchFixture.QINCUN_NORTH, 4, "第二网格");
            String assigned = """
                    {"unitId":"%s","code":"%s","assignmentId":"%s","staffId":"%s","staffName":"王芳","username":null,"role":"GRID_WORKER"}
                    """;
            feed.send(unit, "StaffAssigned", code, assigned.formatted(unit, code, UUID.randomUUID(), UUID.randomUUID()), 2, UUID.randomUUID());
            // the same stream version again (a redelivery; a different body shows whether it was applied twice)
            feed.send(unit, "StaffAssigned", code, assigned.formatted(unit, code, UUID.randomUUID(), UUID.randomUUID()), 2, UUID.randomUUID());
            feed.send(unit, "GridUnitRenamed", code, "{\"unitId\":\"" + unit + "\",\"code\":\"" + code + "\",\"newName\":\"第二网格（改）\"}",
                    3, UUID.randomUUID());
            // events of one stream arrive in order: once the rename is in, both deliveries were handled
            await().atMost(Duration.ofSeconds(60)).until(() ->
                    DispatchFixture.count(dataSource, "select count(*) from unit_directory where name = '第二网格（改）'") == 1);
        }
        assertThat(DispatchFixture.count(dataSource, "select count(*) from staff_post where unit_code = '" + code + "'")).isEqualTo(1);
    }

    @Test
    void a_unit_task_dispatch_has_not_heard_of_is_404_and_another_township_is_403() {
        as("grid-chief").body(Map.of("typeCode", "patrol", "unitCode", "141081001001999", "title", "巡查"))
                .post("/api/v1/tasks").then().statusCode(404);
        as("grid-worker").body(Map.of("typeCode", "patrol", "unitCode", DONGCUN_MICRO_1, "title", "巡查"))
                .post("/api/v1/tasks").then().statusCode(403).body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        as("grid-worker").body(Map.of("typeCode", "no-such-type", "unitCode", QINCUN_MICRO_1, "title", "巡查"))
                .post("/api/v1/tasks").then().statusCode(400).body("errors[0].field", equalTo("typeCode"));
        as("grid-worker").body(Map.of("typeCode", "incident", "unitCode", QINCUN_MICRO_1, "title", "无类别"))
                .post("/api/v1/tasks").then().statusCode(422).body("errors[0].field", equalTo("attributes.incident-kind"));
        as("grid-worker").get("/api/v1/tasks?under={c}", DispatchFixture.FENGCHENG_TOWN).then().statusCode(403);
        as("grid-worker").get("/api/v1/tasks/{id}", UUID.randomUUID()).then().statusCode(404).body("owner", nullValue());
    }
}
