package cn.wanggezhili.demo;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A day of field work in the demo county through task dispatch's public API: patrols and household visits
 * dispatched in 秦村北社区 and worked through, a resident's report, and urgent incidents with a five-minute time
 * limit (a type the county adds) that go overdue and escalate to the community while the demo runs.
 * Usage: {@code DemoDay <dispatch base URL>}, with OIDC_AUTH_SERVER_URL set.
 */
public final class DemoDay {

    private static final String FIRST_GRID = "141081001001001";

    private DemoDay() {
    }

    public static void main(String[] args) throws Exception {
        String dispatch = args[0];
        String realm = DemoApi.realm();
        String chief = DemoApi.token(realm, "grid-chief");
        String worker = DemoApi.token(realm, "grid-worker");
        String county = DemoApi.token(realm, "county-admin");
        String resident = DemoApi.token(realm, "resident");

        List<String> microGrids = microGridsOfFirstGrid();
        // task dispatch learns the grid from the registry's events: wait until it knows the first micro-grid
        String first = awaitTask(dispatch, chief, patrol(microGrids.get(0)));
        post(dispatch + "/api/v1/task-types", county, """
                {"code":"urgent-response","nameZh":"紧急处置","nameEn":"Urgent response","defaultDeadline":"PT5M","defaultPriority":"URGENT"}
                """);
        List<String> patrols = new ArrayList<>(List.of(first));
        for (String micro : microGrids.subList(1, microGrids.size())) {
            patrols.add(DemoApi.id(post(dispatch + "/api/v1/tasks", chief, patrol(micro))));
        }
        List<String> visits = new ArrayList<>();
        for (String micro : microGrids.subList(0, Math.min(4, microGrids.size()))) {
            visits.add(DemoApi.id(post(dispatch + "/api/v1/tasks", chief, """
                    {"typeCode":"household-visit","unitCode":"%s","title":"入户走访：核实常住人口"}""".formatted(micro))));
        }
        reportsAndIncidents(dispatch, resident, worker, microGrids);
        workThrough(dispatch, worker, chief, patrols);
        step(dispatch, worker, visits.get(0), "acceptances", "");
        System.out.println("demo day loaded: " + patrols.size() + " patrols, " + visits.size()
                + " household visits, a resident's report, 2 urgent incidents (overdue in 5 minutes, then escalated)");
    }

    /** A resident reports a broken light; the worker reports two urgent incidents, due within five minutes. */
    private static void reportsAndIncidents(String dispatch, String resident, String worker, List<String> microGrids) throws Exception {
        post(dispatch + "/api/v1/tasks", resident, """
                {"typeCode":"resident-report","unitCode":"141081001001001001","title":"楼道灯不亮","attributes":{"topic":"电力"}}""");
        for (String micro : microGrids.subList(0, 2)) {
            post(dispatch + "/api/v1/tasks", worker, """
                    {"typeCode":"urgent-response","unitCode":"%s","title":"发现电动车楼道充电，需立即处置"}""".formatted(micro));
        }
    }

    /** The worker gets through most of the patrols; the chief verifies some of them. */
    private static void workThrough(String dispatch, String worker, String chief, List<String> patrols) throws Exception {
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
    }

    private static String patrol(String micro) {
        return """
                {"typeCode":"patrol","unitCode":"%s","title":"日常巡查"}""".formatted(micro);
    }

    /** The micro-grids of 第一网格 in the demo file (24-digit codes under 141081001001001). */
    private static List<String> microGridsOfFirstGrid() throws IOException {
        List<String> micro = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("deploy/demo/houma-demo.csv"))) {
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
            HttpResponse<String> response = DemoApi.post(dispatch + "/api/v1/tasks", token, body).send();
            if (response.statusCode() == 201) {
                return DemoApi.id(response.body());
            }
            Thread.sleep(2000); // waiting on another process's consumer, not a test
        }
        throw new DemoFailed("task dispatch did not learn the demo grid from the registry's events in 5 minutes");
    }

    private static void step(String dispatch, String token, String task, String step, String body) throws Exception {
        post(dispatch + "/api/v1/tasks/" + task + "/" + step, token, body.isEmpty() ? "{}" : body);
    }

    /** 409 passes: the task type exists already when the day is run again. */
    private static String post(String url, String token, String body) throws Exception {
        return DemoApi.post(url, token, body).ok(409);
    }
}
