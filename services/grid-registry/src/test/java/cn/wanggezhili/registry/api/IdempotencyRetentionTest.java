package cn.wanggezhili.registry.api;

import static cn.wanggezhili.registry.api.Api.LUXI_STREET;
import static cn.wanggezhili.registry.api.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.httpcommands.IdempotencyKeyPurge;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key's answer is kept for the retention (a day here) and then forgotten: a retry runs again. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class IdempotencyRetentionTest {

    @Inject
    DataSource dataSource;

    @Inject
    IdempotencyKeyPurge purge;

    @BeforeEach
    void baseline() {
        Api.baseline();
    }

    @Test
    void a_key_older_than_the_retention_is_purged_and_a_retry_with_it_creates_again() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = create(key, "过期幂等社区甲");
        as("township-admin").header("Idempotency-Key", key).body(body("过期幂等社区甲")).post("/api/v1/grid-units")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo(first));

        age(key);
        purge.purgeBatch();
        assertThat(rows(key)).isZero();

        String again = create(key, "过期幂等社区甲");
        assertThat(again).isNotEqualTo(first);
    }

    @Test
    void an_expired_key_not_yet_purged_no_longer_replays_and_takes_the_new_answer() throws Exception {
        String key = UUID.randomUUID().toString();
        String first = create(key, "过期幂等社区乙");
        age(key);

        String again = create(key, "过期幂等社区丙");
        assertThat(again).isNotEqualTo(first);
        as("township-admin").header("Idempotency-Key", key).body(body("过期幂等社区丙")).post("/api/v1/grid-units")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("code", equalTo(again));
    }

    /** Creates a community under 路西街道 and returns its code; the answer must be a fresh one, not a replay. */
    private static String create(String key, String name) {
        var response = as("township-admin").header("Idempotency-Key", key).body(body(name)).post("/api/v1/grid-units")
                .then().statusCode(201).extract();
        assertThat(response.header("Idempotent-Replayed")).isNull();
        return response.path("code");
    }

    private static Map<String, String> body(String name) {
        return Map.of("parentCode", LUXI_STREET, "name", name, "kind", "COMMUNITY");
    }

    /** The answer was stored 25 hours ago. */
    private void age(String key) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("update idempotency_key set created_at = now() - interval '25 hours' where key = ?")) {
            ps.setString(1, key);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private int rows(String key) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from idempotency_key where key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
