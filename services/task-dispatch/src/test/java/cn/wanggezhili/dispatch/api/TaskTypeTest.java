package cn.wanggezhili.dispatch.api;

import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_MICRO_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A county adds its own kind of work, which then behaves like the built-in types. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class TaskTypeTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void a_county_admin_adds_a_task_type_that_can_then_be_reported_routed_and_offered_on_open311() {
        var type = Map.of("code", "flood-check", "nameZh", "汛期巡查", "nameEn", "Flood season check",
                "defaultDeadline", "PT12H", "defaultPriority", "HIGH",
                "attributes", List.of(Map.of("code", "water-level", "datatype", "singlevaluelist", "required", true,
                        "descriptionZh", "水位", "values", List.of("正常", "偏高", "危险"))));
        as("township-admin").body(type).post("/api/v1/task-types").then().statusCode(403);
        as("county-admin").body(type).post("/api/v1/task-types").then().statusCode(201).body("nameZh", equalTo("汛期巡查"));
        as("county-admin").body(type).post("/api/v1/task-types").then().statusCode(409)
                .body("type", equalTo("https://wanggezhili.cn/problems/task-type-exists"))
                .body("title", equalTo("任务类型编码已存在 / Task type code already in use"));
        as("county-admin").body(Map.of("code", "patrol", "nameZh", "巡查", "nameEn", "Patrol", "defaultDeadline", "P1D",
                "defaultPriority", "NORMAL")).post("/api/v1/task-types").then().statusCode(409);
        as("county-admin").body(Map.of("code", "Bad Code", "nameZh", "x", "nameEn", "x", "defaultDeadline", "PT0M",
                "defaultPriority", "NORMAL")).post("/api/v1/task-types").then().statusCode(400);

        as("grid-worker").get("/api/v1/task-types").then().body("code", hasItem("flood-check"));
        String id = as("grid-worker").body(Map.of("typeCode", "flood-check", "unitCode", QINCUN_MICRO_1, "title", "河道水位检查",
                        "attributes", Map.of("water-level", "偏高")))
                .post("/api/v1/tasks").then().statusCode(201).body("typeNameZh", equalTo("汛期巡查"))
                .body("priority", equalTo("HIGH")).extract().path("id");
        as("grid-worker").body(Map.of("typeCode", "flood-check", "unitCode", QINCUN_MICRO_1, "title", "缺水位"))
                .post("/api/v1/tasks").then().statusCode(422).body("errors[0].field", equalTo("attributes.water-level"));
        as("grid-worker").get("/api/v1/open311/v2/services/flood-check.json").then().statusCode(200);
        as("grid-worker").get("/api/v1/tasks/{id}", id).then().body("owner.username", equalTo("grid-worker"));
    }
}
