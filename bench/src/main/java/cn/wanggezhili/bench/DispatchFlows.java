package cn.wanggezhili.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The two flows of the dispatch bench through the service's API: a grid chief dispatches a patrol on a random
 * micro-grid (routed to the grid's worker), and the worker takes a task from accepted through started to completed.
 * A completion's time is taken when its 200 has been read, for the completion-to-Kafka latency.
 */
final class DispatchFlows {

    static final String TASKS = "/api/v1/tasks";
    static final List<String> CREATE = List.of("create");
    static final List<String> COMPLETE = List.of("accept", "start", "complete");
    private static final List<String> STEPS = List.of("acceptances", "starts", "completions");
    private static final String COMPLETION = "{\"result\":\"巡查完成，未见异常\"}";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    // HTTP/1.1 keep-alive, one connection per client, as the field app or another service would use
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    private final String chiefToken;
    private final String workerToken;
    private final DispatchGrid grid;
    private final long seed;

    DispatchFlows(URI base, String chiefToken, String workerToken, DispatchGrid grid, long seed) {
        this.base = base;
        this.chiefToken = chiefToken;
        this.workerToken = workerToken;
        this.grid = grid;
        this.seed = seed;
    }

    /** Creates one task per unit; its id goes to {@code ids[unit]}. */
    FlowRun.Flow create(String[] ids) {
        return (unit, timing) -> {
            String microGrid = grid.randomMicroGrid(new SplittableRandom(seed * 1_000_003 + unit));
            String body = "{\"typeCode\":\"patrol\",\"unitCode\":\"%s\",\"title\":\"日常巡查\"}".formatted(microGrid);
            long start = System.nanoTime();
            HttpResponse<byte[]> response = post(TASKS, chiefToken, body);
            timing.record(0, System.nanoTime() - start);
            ids[unit] = json(response, 201, TASKS).get("id").asText();
        };
    }

    /** Accepts, starts and completes the task {@code ids[unit]}; a measured completion's time goes to {@code completedAt}. */
    FlowRun.Flow complete(String[] ids, Map<String, Long> completedAt) {
        return (unit, timing) -> {
            for (int step = 0; step < STEPS.size(); step++) {
                String path = TASKS + "/" + ids[unit] + "/" + STEPS.get(step);
                long start = System.nanoTime();
                HttpResponse<byte[]> response = post(path, workerToken, step == 2 ? COMPLETION : null);
                long end = System.nanoTime();
                timing.record(step, end - start);
                expect(response, 200, path);
                if (step == 2 && timing.measured()) {
                    completedAt.put(ids[unit], end);
                }
            }
        };
    }

    /**
     * One task through both flows before anything is timed: routed to the worker, completed, and its TaskCompleted
     * seen by {@code watcher}.
     */
    String check(TopicWatcher watcher) throws IOException, InterruptedException, ExecutionException, TimeoutException {
        JsonNode created = json(post(TASKS, chiefToken, "{\"typeCode\":\"patrol\",\"unitCode\":\"%s001\",\"title\":\"日常巡查\"}"
                .formatted(DispatchGrid.GRID)), 201, TASKS);
        String owner = created.path("owner").path("username").asText();
        if (!DispatchGrid.WORKER.equals(owner) || !"ASSIGNED".equals(created.path("status").asText())) {
            throw new IllegalStateException("task not routed to " + DispatchGrid.WORKER + ": " + created);
        }
        String id = created.get("id").asText();
        String status = null;
        for (String step : STEPS) {
            status = json(post(TASKS + "/" + id + "/" + step, workerToken, step.equals("completions") ? COMPLETION : null),
                    200, step).path("status").asText();
        }
        long completed = System.nanoTime();
        long arrived = watcher.arrival(id).get(30, TimeUnit.SECONDS);
        return ("task %s on %s001 created by %s (source %s), owner %s; after accept, start, complete: %s; its "
                + "TaskCompleted reached the watcher %.0f ms after the 200 (first request of each kind, cold)")
                .formatted(id, DispatchGrid.GRID, DispatchGrid.CHIEF, created.path("source").asText(), owner, status,
                        (arrived - completed) / 1e6);
    }

    private HttpResponse<byte[]> post(String path, String token, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static JsonNode json(HttpResponse<byte[]> response, int status, String what) throws IOException {
        expect(response, status, what);
        return JSON.readTree(response.body());
    }

    private static void expect(HttpResponse<byte[]> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + what + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
    }
}
