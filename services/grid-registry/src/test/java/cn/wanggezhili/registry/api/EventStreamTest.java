package cn.wanggezhili.registry.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.registry.api.Api.DONGCUN_GRID_1;
import static cn.wanggezhili.registry.api.Api.QINCUN_NORTH;
import static cn.wanggezhili.registry.api.Api.as;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import cn.wanggezhili.testing.EventStreamReader;
import cn.wanggezhili.testing.EventStreamReader.SseEvent;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dashboards follow the registry's events live, only of their subtree, and resume after a reconnect. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "grid_registry_test"))
class EventStreamTest {

    @TestHTTPResource("/api/v1/events")
    URL events;

    @BeforeEach
    void baseline() {
        Api.baseline();
    }

    @Test
    void a_community_screen_sees_its_own_events_in_order_and_resumes_after_the_last_one_seen() throws Exception {
        String first = createGrid("直播一网格");
        as("county-admin").body(Map.of("parentCode", DONGCUN_GRID_1, "name", "别处的楼")).post("/api/v1/grid-units").then().statusCode(201);
        String second = createGrid("直播二网格");

        List<SseEvent> seen = read("grid-chief", null, e -> e.data().contains(second));
        assertThat(seen).allSatisfy(e -> assertThat(e.data()).contains("\"gridcode\":\"" + QINCUN_NORTH));
        SseEvent firstEvent = seen.stream().filter(e -> e.data().contains(first)).findFirst().orElseThrow();
        assertThat(firstEvent.type()).isEqualTo("grid-registry.GridUnitCreated.v1");
        assertThat(seen.indexOf(firstEvent)).isLessThan(seen.size() - 1);

        List<SseEvent> resumed = read("grid-chief", firstEvent.id(), e -> e.data().contains(second));
        assertThat(resumed).noneMatch(e -> e.data().contains(first));
        assertThat(resumed.get(resumed.size() - 1).data()).contains(second);
    }

    private String createGrid(String name) {
        return as("township-admin")
                .body(Map.of("parentCode", QINCUN_NORTH, "name", name)).post("/api/v1/grid-units")
                .then().statusCode(201).extract().path("code");
    }

    /** Reads the stream until {@code last} matches (or 60 s pass), then hangs up. */
    private List<SseEvent> read(String user, String lastEventId, java.util.function.Predicate<SseEvent> last) throws Exception {
        return EventStreamReader.readUntil(events.toString(), user, lastEventId, last, Duration.ofSeconds(60));
    }
}
