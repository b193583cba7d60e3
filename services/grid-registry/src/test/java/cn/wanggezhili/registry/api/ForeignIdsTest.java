package cn.wanggezhili.registry.api;

import static cn.wanggezhili.registry.api.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import cn.wanggezhili.testing.SuiteServersResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A grid unit's id (integrators see them in the registry's events) used where a household's is expected is no
 * household: 404 as for an unknown id, never a 500 that would tell the id exists, and nothing is appended.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class ForeignIdsTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void baseline() {
        Api.baseline();
    }

    @Test
    void a_grid_unit_s_id_in_a_household_s_place_answers_404_and_changes_nothing() throws Exception {
        String unitId = one("select id::text from grid_unit_view where code = '" + Api.QINCUN_MICRO_1 + "'");
        long eventsBefore = Long.parseLong(one("select count(*)::text from events"));

        as("county-admin").body(Map.of("name", "王某", "phone", "13800001234", "relation", "户主"))
                .post("/api/v1/households/{id}/residents", unitId).then().statusCode(404)
                .body("type", equalTo("https://wanggezhili.cn/problems/not-found"));
        as("county-admin").body(Map.of("unitCode", Api.QINCUN_MICRO_1))
                .post("/api/v1/households/{id}/moves", unitId).then().statusCode(404)
                .body("type", equalTo("https://wanggezhili.cn/problems/not-found"));

        assertThat(Long.parseLong(one("select count(*)::text from events"))).isEqualTo(eventsBefore);
    }

    private String one(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }
}
