package cn.wanggezhili.devstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day of field work in the demo county through task dispatch's public API: patrols and household visits
 * dispatched in 秦村北社区 and worked through, a resident's report, and urgent incidents with a five-minute time
 * limit (a type the county adds) that go overdue and escalate to the community while the demo runs.
 * Usage: {@code DemoDay <dispatch base URL>}, with OIDC_AUTH_SERVER_URL set.
 */
public final class DemoDay {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String FIRST_GRID = "141081001001001";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private DemoDay() {
    }

    public static void main(String[] args) throws Exception {
        String dispatch = args[0];
        String realm = System.getenv("OIDC_AUTH_SERVER_URL");
        String chief = DemoLoader.token(realm, "grid-chief");
        String worker = DemoLoader.token(realm, "grid-worker");
        String county = DemoLoader.token(realm, "county-admin");
        String resident = DemoLoader.token(realm, "resident");

        List<String> microGrids = microGridsOfFirstGrid();
        // task dispatch learns the grid from the registry's events: wait until it knows the first micro-grid
        String first = awaitTask(dispatch, chief, patrol(microGrids.get(0)));
        post(dispatch + "/api/v1/task-types", county, """
                {"code":"urgent-response","nameZh":"紧急处置","nameEn":"Urgent response","defaultDeadline":"PT5M","defaultPriority":"URGENT"}
                """);
        List<String> patrols = new ArrayList<>(List.of(first));
        for (String micro : microGrids.subList(1, microGrids.size())) {
            patrols.add(id(post(dispatch + "/api/v1/tasks", chief, patrol(micro))));
        }
        List<String> visits = new ArrayList<>();
        for (String micro : microGrids.subList(0, Math.min(4, microGrids.size()))) {
            visits.add(id(post(dispatch + "/api/v1/tasks", chief, """
                    {"typeCode":"household-visit","unitCode":"%s","title":"入户走访：核实常住人口"}""".formatted(micro))));
        }
        post(dispatch + "/api/v1/tasks", resident, """
                {"typeCode":"resident-report","unitCode":"141081001001001001","title":"楼道灯不亮","attributes":{"topic":"电力"}}""");
        for (String micro : microGrids.subList(0, 2)) {
            post(dispatch + "/api/v1/tasks", worker, """
                    {"typeCode":"urgent-response","unitCode":"%s","title":"发现电动车楼道充电，需立即处置"}""".formatted(micro));
        }
        // the worker gets through most of the patrols; the chief verifies some of them
        for (int i = 0; i < patrols.size(); i++) {
            String task = patrols.get(i);
            if (i % 4 == 3) {
                continue; // still waiting to be accepted
            }
            step(dispatch, worker, task, "acceptances", "");
            step(dispatch, worker, task, "starts", "");
            if (i % 4 != 2) {
                step(dispatch, worker, task, "completions", "{\"result\":\"巡查完毕，未发现异常\",\"evidence\":[\"photo-" + i + "\"]}");
                if (i % 4 == 0) {
                    step(dispatch, chief, task, "closures", "");
                }
            }
        }
        step(dispatch, worker, visits.get(0), "acceptances", "");
        System.out.println("demo day loaded: " + patrols.size() + " patrols, " + visits.size()
                + " household visits, a resident's report, 2 urgent incidents (overdue in 5 minutes, then escalated)");
    }

    private static String patrol(String micro) {
        return """
                {"typeCode":"patrol","unitCode":"%s","title":"日常巡查"}""".formatted(micro);
    }

    /** The micro-grids of 第一网格 in the demo file (24-digit codes under 141081001001001). */
    private static List<String> microGridsOfFirstGrid() throws IOException {
        List<String> micro = new ArrayList<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("deploy/demo/houma-demo.csv"))) {
            String[] f = line.split(",", -1);
            if (f.length > 1 && f[0].equals("unit") && f[1].startsWith(FIRST_GRID) && f[1].length() == 24 && micro.size() < 8) {
                micro.add(f[1]);
            }
        }
        return micro;
    }

    private static String awaitTask(String dispatch, String token, String body) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = send(dispatch + "/api/v1/tasks", token, body);
            if (response.statusCode() == 201) {
                return id(response.body());
            }
            Thread.sleep(2000); // waiting on another process's consumer, not a test
        }
        throw new DevstackException("task dispatch did not learn the demo grid from the registry's events in 5 minutes");
    }

    private static void step(String dispatch, String token, String task, String step, String body) throws Exception {
        post(dispatch + "/api/v1/tasks/" + task + "/" + step, token, body.isEmpty() ? "{}" : body);
    }

    private static String post(String url, String token, String body) throws Exception {
        HttpResponse<String> response = send(url, token, body);
        if (response.statusCode() >= 300 && response.statusCode() != 409) {
            throw new DevstackException("demo day: " + url + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private static HttpResponse<String> send(String url, String token, String body) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new DevstackException("no id in " + json);
        }
        return m.group(1);
    }
}
