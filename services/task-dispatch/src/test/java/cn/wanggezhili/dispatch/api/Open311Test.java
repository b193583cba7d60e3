package cn.wanggezhili.dispatch.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_GRID_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.dispatch.api.open311.Open311Dtos.ServiceRequest;
import cn.wanggezhili.dispatch.api.open311.ServiceRequests;
import cn.wanggezhili.dispatch.app.Open311Queries.RequestView;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Open311 GeoReport v2 for integrators: services are task types, service requests are tasks routed like any other. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class Open311Test {

    @Inject
    ServiceRequests mapper;

    static final String BASE = "/api/v1/open311/v2";

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void the_services_are_the_six_task_types_with_their_chinese_names() {
        as("integrator").get(BASE + "/services.json").then().statusCode(200)
                .body("service_code", containsInAnyOrder("patrol", "household-visit", "survey", "information-collection",
                        "incident", "resident-report"))
                .body("service_name", containsInAnyOrder("巡查", "入户走访", "摸排", "信息采集", "事件", "村民说事"))
                .body("find { it.service_code == 'resident-report' }.metadata", equalTo(true))
                .body("find { it.service_code == 'patrol' }.metadata", equalTo(false))
                .body("type", everyItem(equalTo("realtime")));
        as("resident").get(BASE + "/services").then().statusCode(200).body("$", hasSize(6));
    }

    @Test
    void a_service_definition_lists_the_type_s_attributes_with_their_values() {
        as("integrator").get(BASE + "/services/resident-report.json").then().statusCode(200)
                .body("service_code", equalTo("resident-report"))
                .body("attributes.code", equalTo(List.of("topic", "consultation-point")))
                .body("attributes[0].variable", equalTo(true)).body("attributes[0].required", equalTo(true))
                .body("attributes[0].datatype", equalTo("singlevaluelist")).body("attributes[0].order", equalTo(1))
                .body("attributes[0].description", equalTo("所说事项"))
                .body("attributes[0].values.key", hasItem("供水")).body("attributes[0].values.name", hasItem("供水"))
                .body("attributes[1].datatype", equalTo("string")).body("attributes[1].required", equalTo(false));
        as("integrator").get(BASE + "/services/survey").then().statusCode(200).body("attributes[0].datatype", equalTo("multivaluelist"));
        as("integrator").get(BASE + "/services/no-such-service.json").then().statusCode(404);
        as("integrator").get(BASE + "/services/incident.xml").then().statusCode(406);
    }

    @Test
    void a_resident_s_form_post_becomes_a_task_routed_to_the_grid_worker_of_the_micro_grid() {
        String id = form("resident").formParam("service_code", "resident-report").formParam("address_id", QINCUN_MICRO_1)
                .formParam("description", "自来水管漏水\n楼道里积水很多").formParam("attribute[topic]", "供水")
                .post(BASE + "/requests.json").then().statusCode(201)
                .body("$", hasSize(1)).body("[0].service_notice", containsString("陈小军"))
                .extract().path("[0].service_request_id");

        as("resident").get(BASE + "/requests/{id}.json", id).then().statusCode(200)
                .body("$", hasSize(1)).body("[0].service_request_id", equalTo(id))
                .body("[0].status", equalTo("open")).body("[0].status_notes", containsString("已派发"))
                .body("[0].agency_responsible", equalTo("陈小军"))
                .body("[0].service_code", equalTo("resident-report")).body("[0].service_name", equalTo("村民说事"))
                .body("[0].description", equalTo("自来水管漏水")).body("[0].address_id", equalTo(QINCUN_MICRO_1))
                .body("[0].requested_datetime", containsString("+08:00"))
                .body("[0].updated_datetime", notNullValue()).body("[0].expected_datetime", notNullValue());
        // the same task through the task API, and the list of requests without the .json extension
        as("grid-worker").get("/api/v1/tasks/{id}", id).then().body("source", equalTo("RESIDENT_REPORT"))
                .body("owner.username", equalTo("grid-worker"));
        as("grid-worker").get(BASE + "/requests?service_code=resident-report&status=open").then().statusCode(200)
                .body("service_request_id", hasItem(id));
        as("grid-worker").get(BASE + "/requests.json?status=closed").then().statusCode(200)
                .body("service_request_id", not(hasItem(id)));
    }

    @Test
    void a_json_post_works_like_the_form_and_answers_with_the_task_id() {
        String id = as("integrator").body(Map.of("service_code", "incident", "address_id", QINCUN_GRID_1,
                        "description", "秸秆焚烧，烟很大", "attributes", Map.of("incident-kind", "秸秆焚烧")))
                .post(BASE + "/requests.json").then().statusCode(201).extract().path("[0].service_request_id");
        as("integrator").get(BASE + "/requests.json?service_request_id={id}", id).then().statusCode(200)
                .body("service_request_id", equalTo(List.of(id))).body("[0].agency_responsible", equalTo("陈小军"));
    }

    @Test
    void bad_input_is_a_problem_naming_the_field_as_the_client_sent_it() {
        form("resident").formParam("service_code", "pothole").formParam("address_id", QINCUN_MICRO_1)
                .post(BASE + "/requests.json").then().statusCode(400)
                .header("Content-Type", containsString("application/problem+json")).body("errors.field", hasItem("service_code"));
        form("resident").formParam("service_code", "resident-report").formParam("address_id", QINCUN_MICRO_1)
                .post(BASE + "/requests.json").then().statusCode(422)
                .body("errors[0].field", equalTo("attribute[topic]"));
        form("resident").formParam("service_code", "resident-report").formParam("address_id", QINCUN_MICRO_1)
                .formParam("attribute[topic]", "下水道").post(BASE + "/requests.json").then().statusCode(422)
                .body("errors[0].field", equalTo("attribute[topic]"));
        as("integrator").body(Map.of("service_code", "resident-report", "address_id", "141081001001999"))
                .post(BASE + "/requests.json").then().statusCode(400).body("errors[0].field", equalTo("address_id"));
        as("integrator").body(Map.of("service_code", "resident-report", "lat", 35.6, "long", 111.3))
                .post(BASE + "/requests.json").then().statusCode(400).body("errors.field", hasItem("address_id"));
        as("integrator").get(BASE + "/requests.json?start_date=yesterday").then().statusCode(400)
                .body("errors[0].field", equalTo("start_date"));
        as("integrator").get(BASE + "/requests/not-an-id.json").then().statusCode(400)
                .body("errors[0].field", equalTo("service_request_id"));
        as("integrator").get(BASE + "/requests/{id}.json", UUID.randomUUID()).then().statusCode(404);
    }

    @Test
    void another_township_s_caller_can_neither_read_nor_list_the_request() {
        String id = residentReport("路灯不亮 " + UUID.randomUUID(), Map.of());
        as("other-grid-worker").get(BASE + "/requests/{id}.json", id).then().statusCode(403)
                .body("type", equalTo("https://wanggezhili.cn/problems/outside-grid-scope"));
        as("other-grid-worker").get(BASE + "/requests.json?service_request_id={id}", id).then().statusCode(200)
                .body("$", hasSize(0));
        as("other-grid-worker").get(BASE + "/requests.json").then().statusCode(200)
                .body("service_request_id", not(hasItem(id)));
        as("other-grid-worker").get(BASE + "/requests.json?under={c}", QINCUN_MICRO_1).then().statusCode(403);
        form("other-grid-worker").formParam("service_code", "patrol").formParam("address_id", QINCUN_MICRO_1)
                .post(BASE + "/requests.json").then().statusCode(403);
    }

    @Test
    void a_retried_post_with_the_same_idempotency_key_creates_one_task() throws Exception {
        String title = "垃圾未清运 " + UUID.randomUUID();
        String key = UUID.randomUUID().toString();
        String first = postWithKey(title, key).then().statusCode(201).extract().path("[0].service_request_id");
        String again = postWithKey(title, key).then().statusCode(201).header("Idempotent-Replayed", "true")
                .extract().path("[0].service_request_id");
        assertThat(again).isEqualTo(first);
        assertThat(DispatchFixture.count(dataSource, "select count(*) from task_view where title = '" + title + "'")).isEqualTo(1);
    }

    @Test
    void the_reporter_s_phone_and_name_are_kept_only_masked() throws Exception {
        String title = "燃气味道很重 " + UUID.randomUUID();
        String id = residentReport(title, Map.of("first_name", "小明", "last_name", "王", "phone", "13812345678",
                "email", "wangxm@example.com"));
        List<String> payloads = payloads(id);
        assertThat(payloads).isNotEmpty();
        assertThat(String.join("\n", payloads)).doesNotContain("13812345678", "王小明", "wangxm@")
                .contains("138****5678", "王*");
        as("resident").get(BASE + "/requests/{id}.json", id).then().body("[0].description", equalTo(title));
        assertThat(DispatchFixture.count(dataSource, "select count(*) from idempotency_key where body like '%13812345678%'")).isZero();
    }

    @Test
    void an_escalated_task_says_so_and_a_cancelled_one_is_closed() {
        Instant now = Instant.parse("2026-11-27T00:00:00Z");
        RequestView escalated = new RequestView(UUID.randomUUID(), DispatchFixture.QINCUN_NORTH, QINCUN_MICRO_1, "incident",
                "秸秆焚烧", "ASSIGNED", "刘红梅", "秦村北社区", now, now, now, 1, null);
        ServiceRequest open = mapper.request(escalated);
        assertThat(open.status()).isEqualTo("open");
        assertThat(open.statusNotes()).isEqualTo("已派发；已上报至上级网格（秦村北社区）");
        assertThat(open.addressId()).isEqualTo(QINCUN_MICRO_1);
        assertThat(open.requestedDatetime()).isEqualTo("2026-11-27T08:00:00+08:00");
        RequestView cancelled = new RequestView(UUID.randomUUID(), QINCUN_GRID_1, QINCUN_GRID_1, "patrol", "巡查", "CANCELLED",
                null, "第一网格", now, now, now, 0, null);
        assertThat(mapper.request(cancelled).status()).isEqualTo("closed");
        assertThat(mapper.request(cancelled).agencyResponsible()).isEqualTo("第一网格");
    }

    /** Form posts as Open311 clients send them, UTF-8 encoded. */
    private static RequestSpecification form(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .accept("application/json");
    }

    private static String residentReport(String description, Map<String, String> extra) {
        RequestSpecification post = form("resident").formParam("service_code", "resident-report")
                .formParam("address_id", QINCUN_MICRO_1).formParam("description", description)
                .formParam("attribute[topic]", "其他");
        extra.forEach(post::formParam);
        return post.post(BASE + "/requests.json").then().statusCode(201).extract().path("[0].service_request_id");
    }

    private static io.restassured.response.Response postWithKey(String description, String key) {
        return form("integrator").header("Idempotency-Key", key).formParam("service_code", "resident-report")
                .formParam("address_id", QINCUN_MICRO_1).formParam("description", description)
                .formParam("attribute[topic]", "环境卫生").formParam("phone", "13900001111").post(BASE + "/requests.json");
    }

    private List<String> payloads(String streamId) throws Exception {
        List<String> payloads = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select payload::text from events where stream_id = ?::uuid")) {
            ps.setString(1, streamId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    payloads.add(rs.getString(1));
                }
            }
        }
        return payloads;
    }
}
