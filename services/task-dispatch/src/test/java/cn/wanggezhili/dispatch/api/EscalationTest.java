package cn.wanggezhili.dispatch.api;

import static org.assertj.core.api.Assertions.assertThat;
import static cn.wanggezhili.dispatch.api.DispatchFixture.LUXI_STREET;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_GRID_1;
import static cn.wanggezhili.dispatch.api.DispatchFixture.QINCUN_NORTH;
import static cn.wanggezhili.dispatch.api.DispatchFixture.as;
import static cn.wanggezhili.dispatch.api.DispatchFixture.report;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import cn.wanggezhili.dispatch.app.EscalationScheduler;
import cn.wanggezhili.testing.MutableClock;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Small matters stay in the grid, big matters stay in the network": overdue work climbs one level at a time. */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "task_dispatch_test"))
class EscalationTest {

    @Inject
    DataSource dataSource;

    @Inject
    EscalationScheduler scheduler;

    @BeforeEach
    void grid() {
        DispatchFixture.grid(dataSource);
    }

    @Test
    void an_overdue_task_escalates_once_per_level_even_when_two_instances_try_at_once() throws Exception {
        String id = report("grid-worker", QINCUN_GRID_1, "patrol", Map.of());
        as("grid-worker").get("/api/v1/tasks/{id}", id).then().body("overdue", equalTo(false));
        assertThat(runTwoInstances()).as("nothing is overdue yet").isZero();

        MutableClock.advance(Duration.ofDays(2));
        runTwoInstances();
        as("grid-chief").get("/api/v1/tasks/{id}", id).then().statusCode(200)
                .body("unitCode", equalTo(QINCUN_NORTH)).body("escalations", equalTo(1))
                .body("owner.username", equalTo("grid-chief")).body("overdue", equalTo(false));
        assertThat(escalationEvents(id)).isEqualTo(1);
        // the grid worker no longer covers it: it sits at the community now
        as("grid-worker").get("/api/v1/tasks/{id}", id).then().statusCode(403);

        MutableClock.advance(Duration.ofDays(2));
        runTwoInstances();
        as("township-admin").get("/api/v1/tasks/{id}", id).then().statusCode(200)
                .body("unitCode", equalTo(LUXI_STREET)).body("escalations", equalTo(2)).body("owner", nullValue());
        assertThat(escalationEvents(id)).isEqualTo(2);

        as("township-admin").body(Map.of("reason", "已移交职能部门")).post("/api/v1/tasks/{id}/cancellations", id)
                .then().statusCode(200);
    }

    /** Two schedulers, as two instances of the service would run them, released at the same moment. */
    private int runTwoInstances() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Integer>> runs = new ArrayList<>();
        int escalated = 0;
        // a thread each: the common pool may have one thread on a 2-core machine, and both must wait at the barrier
        try (ExecutorService instances = Executors.newFixedThreadPool(2)) {
            for (int i = 0; i < 2; i++) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        together.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return scheduler.escalateOverdue();
                }, instances));
            }
            for (CompletableFuture<Integer> run : runs) {
                escalated += run.get(60, TimeUnit.SECONDS);
            }
        }
        return escalated;
    }

    private long escalationEvents(String taskId) throws Exception {
        return DispatchFixture.count(dataSource, "select count(*) from events where stream_id = '" + taskId
                + "' and event_type = 'task-dispatch.TaskEscalated.v1'");
    }
}
