package cn.wanggezhili.suite;

import cn.wanggezhili.client.command.api.FiguresApi;
import cn.wanggezhili.client.command.api.GridTreeApi;
import cn.wanggezhili.client.dispatch.api.TaskTypesApi;
import cn.wanggezhili.client.dispatch.api.TasksApi;
import cn.wanggezhili.client.mediation.api.CasesApi;
import cn.wanggezhili.client.mediation.api.MediatorsApi;
import cn.wanggezhili.client.points.api.AccountsApi;
import cn.wanggezhili.client.points.api.CatalogueApi;
import cn.wanggezhili.client.points.api.RedemptionsApi;
import cn.wanggezhili.client.registry.api.GridUnitsApi;
import cn.wanggezhili.client.registry.api.OnboardingApi;
import cn.wanggezhili.client.scoring.api.NoticesApi;
import cn.wanggezhili.client.scoring.api.SchemesApi;
import cn.wanggezhili.client.scoring.api.ScoreEntriesApi;
import cn.wanggezhili.client.scoring.api.SettlementsApi;
import cn.wanggezhili.client.scoring.api.SubjectsApi;
import cn.wanggezhili.testing.Tokens;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The clients generated from api-specs/openapi (module clients/java), as an integrator uses them: one per service and
 * realm demo user, against the running suite, with the user's real bearer token ({@link Tokens}). The APIs are made
 * once per user. A generated client throws its package's {@code ApiException} for any answer but 2xx; the helpers
 * here read its status, and check a creation's 201.
 */
final class Clients {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final RunningSuite suite;
    private final Map<String, Object> apis = new ConcurrentHashMap<>();

    Clients(RunningSuite suite) {
        this.suite = suite;
    }

    // ---- grid registry ----

    GridUnitsApi gridUnits(String user) {
        return cached(GridUnitsApi.class, user, () -> new GridUnitsApi(registry(user)));
    }

    OnboardingApi onboarding(String user) {
        return cached(OnboardingApi.class, user, () -> new OnboardingApi(registry(user)));
    }

    // ---- task dispatch ----

    TasksApi tasks(String user) {
        return cached(TasksApi.class, user, () -> new TasksApi(dispatch(user)));
    }

    TaskTypesApi taskTypes(String user) {
        return cached(TaskTypesApi.class, user, () -> new TaskTypesApi(dispatch(user)));
    }

    // ---- scoring ----

    SchemesApi schemes(String user) {
        return cached(SchemesApi.class, user, () -> new SchemesApi(scoring(user)));
    }

    SubjectsApi subjects(String user) {
        return cached(SubjectsApi.class, user, () -> new SubjectsApi(scoring(user)));
    }

    ScoreEntriesApi scoreEntries(String user) {
        return cached(ScoreEntriesApi.class, user, () -> new ScoreEntriesApi(scoring(user)));
    }

    NoticesApi notices(String user) {
        return cached(NoticesApi.class, user, () -> new NoticesApi(scoring(user)));
    }

    SettlementsApi settlements(String user) {
        return cached(SettlementsApi.class, user, () -> new SettlementsApi(scoring(user)));
    }

    // ---- mediation ----

    CasesApi cases(String user) {
        return cached(CasesApi.class, user, () -> new CasesApi(mediation(user)));
    }

    MediatorsApi mediators(String user) {
        return cached(MediatorsApi.class, user, () -> new MediatorsApi(mediation(user)));
    }

    // ---- points store ----

    AccountsApi accounts(String user) {
        return cached(AccountsApi.class, user, () -> new AccountsApi(points(user)));
    }

    CatalogueApi catalogue(String user) {
        return cached(CatalogueApi.class, user, () -> new CatalogueApi(points(user)));
    }

    RedemptionsApi redemptions(String user) {
        return cached(RedemptionsApi.class, user, () -> new RedemptionsApi(points(user)));
    }

    // ---- command centre ----

    GridTreeApi gridTree(String user) {
        return cached(GridTreeApi.class, user, () -> new GridTreeApi(command(user)));
    }

    FiguresApi figures(String user) {
        return cached(FiguresApi.class, user, () -> new FiguresApi(command(user)));
    }

    // ---- one ApiClient per service and user ----

    private cn.wanggezhili.client.registry.ApiClient registry(String user) {
        var client = new cn.wanggezhili.client.registry.ApiClient();
        client.updateBaseUri(base("grid-registry"));
        return client.setRequestInterceptor(bearer(user)).setConnectTimeout(TIMEOUT).setReadTimeout(TIMEOUT);
    }

    private cn.wanggezhili.client.dispatch.ApiClient dispatch(String user) {
        var client = new cn.wanggezhili.client.dispatch.ApiClient();
        client.updateBaseUri(base("task-dispatch"));
        return client.setRequestInterceptor(bearer(user)).setConnectTimeout(TIMEOUT).setReadTimeout(TIMEOUT);
    }

    private cn.wanggezhili.client.scoring.ApiClient scoring(String user) {
        var client = new cn.wanggezhili.client.scoring.ApiClient();
        client.updateBaseUri(base("scoring"));
        return client.setRequestInterceptor(bearer(user)).setConnectTimeout(TIMEOUT).setReadTimeout(TIMEOUT);
    }

    private cn.wanggezhili.client.mediation.ApiClient mediation(String user) {
        var client = new cn.wanggezhili.client.mediation.ApiClient();
        client.updateBaseUri(base("mediation"));
        return client.setRequestInterceptor(bearer(user)).setConnectTimeout(TIMEOUT).setReadTimeout(TIMEOUT);
    }

    private cn.wanggezhili.client.points.ApiClient points(String user) {
        var client = new cn.wanggezhili.client.points.ApiClient();
        client.updateBaseUri(base("points-store"));
        return client.setRequestInterceptor(bearer(user)).setConnectTimeout(TIMEOUT).setReadTimeout(TIMEOUT);
    }

    private cn.wanggezhili.client.command.ApiClient command(String user) {
        var client = new cn.wanggezhili.client.command.ApiClient();
        client.updateBaseUri(base("command-center"));
        return client.setRequestInterceptor(bearer(user)).setConnectTimeout(TIMEOUT).setReadTimeout(TIMEOUT);
    }

    private String base(String service) {
        return suite.base(service).toString().replaceAll("/+$", "");
    }

    /** The demo user's token on every request (Tokens caches it for the run, as the REST Assured calls did). */
    private static Consumer<HttpRequest.Builder> bearer(String user) {
        return request -> request.setHeader("Authorization", "Bearer " + Tokens.of(user));
    }

    private <T> T cached(Class<T> api, String user, Supplier<T> create) {
        return api.cast(apis.computeIfAbsent(api.getName() + "|" + user, key -> create.get()));
    }

    // ---- answers ----

    /** The body of a creation, after checking its status is 201 Created. */
    static <T> T created(cn.wanggezhili.client.registry.ApiResponse<T> response) {
        return created(response.getStatusCode(), response.getData());
    }

    static <T> T created(cn.wanggezhili.client.dispatch.ApiResponse<T> response) {
        return created(response.getStatusCode(), response.getData());
    }

    static <T> T created(cn.wanggezhili.client.scoring.ApiResponse<T> response) {
        return created(response.getStatusCode(), response.getData());
    }

    static <T> T created(cn.wanggezhili.client.mediation.ApiResponse<T> response) {
        return created(response.getStatusCode(), response.getData());
    }

    static <T> T created(cn.wanggezhili.client.points.ApiResponse<T> response) {
        return created(response.getStatusCode(), response.getData());
    }

    private static <T> T created(int status, T body) {
        if (status != 201) {
            throw new AssertionError("expected 201 Created, got " + status + ": " + body);
        }
        return body;
    }

    /**
     * The service's answer; a refusal (a generated client's ApiException) as an AssertionError, so that an
     * {@code untilAsserted} retries it as it retried an unexpected status before, and reports it on timeout.
     */
    static <T> T answer(Callable<T> call) throws Exception {
        try {
            return call.call();
        } catch (Exception e) {
            OptionalInt status = statusOf(e);
            if (status.isPresent()) {
                throw new AssertionError("HTTP " + status.getAsInt() + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }

    /** The status a call was refused with; fails if it was answered (2xx). */
    static int refusal(Callable<?> call) throws Exception {
        Object answered;
        try {
            answered = call.call();
        } catch (Exception e) {
            OptionalInt status = statusOf(e);
            if (status.isPresent()) {
                return status.getAsInt();
            }
            throw e;
        }
        throw new AssertionError("expected a refusal, was answered: " + answered);
    }

    /** The HTTP status of a generated client's ApiException (any of the six packages). */
    static OptionalInt statusOf(Throwable e) {
        if (e instanceof cn.wanggezhili.client.registry.ApiException a) {
            return OptionalInt.of(a.getCode());
        } else if (e instanceof cn.wanggezhili.client.dispatch.ApiException a) {
            return OptionalInt.of(a.getCode());
        } else if (e instanceof cn.wanggezhili.client.scoring.ApiException a) {
            return OptionalInt.of(a.getCode());
        } else if (e instanceof cn.wanggezhili.client.mediation.ApiException a) {
            return OptionalInt.of(a.getCode());
        } else if (e instanceof cn.wanggezhili.client.points.ApiException a) {
            return OptionalInt.of(a.getCode());
        } else if (e instanceof cn.wanggezhili.client.command.ApiException a) {
            return OptionalInt.of(a.getCode());
        }
        return OptionalInt.empty();
    }
}
