package cn.wanggezhili.httpcommands;

import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import cn.wanggezhili.security.Caller;
import cn.wanggezhili.security.CurrentCaller;
import cn.wanggezhili.security.Role;
import cn.wanggezhili.web.Problem;
import cn.wanggezhili.web.ProblemMappers;
import cn.wanggezhili.web.ProblemType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Submissions by residents and through Open311 are limited per caller and per client address: a 429 with Retry-After
 * (seconds) before anything runs. Reads and staff commands pass.
 */
public class SubmissionRateLimitFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String OPEN311 = "/api/v1/open311/";

    @Inject
    RateLimitSettings settings;

    @Inject
    SubmissionLimits limits;

    @Inject
    CurrentCaller caller;

    @ServerRequestFilter
    public Optional<Response> limitSubmissions(ContainerRequestContext request, HttpServerRequest http) {
        if (!settings.enabled() || READS.contains(request.getMethod()) || !limited(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        return limits.take("caller:" + caller.get().subject(), settings.perCallerPerMinute())
                .or(() -> limits.take("address:" + address, settings.perAddressPerMinute()))
                .map(SubmissionRateLimitFilter::tooMany);
    }

    /** A resident (no staff role), or anyone submitting through Open311. */
    private boolean limited(String path) {
        Caller who = caller.get();
        return path.startsWith(OPEN311) || (!who.roles().isEmpty() && who.roles().stream().allMatch(Role.RESIDENT::equals));
    }

    static Response tooMany(Duration wait) {
        long seconds = retryAfterSeconds(wait);
        return Response.fromResponse(ProblemMappers.response(tooMany(seconds, "submissions")))
                .header("Retry-After", Long.toString(seconds)).build();
    }

    /** The problem a limited caller gets, whichever limit it met. */
    static Problem tooMany(long seconds, String what) {
        return Problem.of(ProblemType.TOO_MANY_REQUESTS, "too many " + what + "; retry in " + seconds + " s");
    }

    /** Whole seconds, rounded up and at least one: what Retry-After carries. */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
