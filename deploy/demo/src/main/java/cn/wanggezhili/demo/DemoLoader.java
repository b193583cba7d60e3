package cn.wanggezhili.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Loads the demo county through the grid registry's public API, as the county administrator would:
 * creates the county (侯马市 141081) and onboards the demo CSV. Safe to run again: both steps are idempotent.
 * Usage: {@code DemoLoader <registry base URL> <csv file>}, with OIDC_AUTH_SERVER_URL set.
 */
public final class DemoLoader {

    private DemoLoader() {
    }

    public static void main(String[] args) throws Exception {
        String registry = args[0];
        Path csv = Path.of(args[1]);
        String token = DemoApi.token(DemoApi.realm(), "county-admin");
        // 409: the county exists from an earlier run
        DemoApi.post(registry + "/api/v1/grid-units", token, "{\"code\":\"141081000000\",\"name\":\"侯马市\"}").expect(201, 409);
        // the whole county in one all-or-nothing request: give it time
        String onboarding = DemoApi.post(registry + "/api/v1/onboardings", token, Files.readString(csv))
                .contentType("text/csv; charset=UTF-8").timeout(Duration.ofMinutes(10)).expect(200);
        System.out.println("demo county loaded: " + onboarding);
    }
}
