package cn.wanggezhili.httpcommands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import cn.wanggezhili.web.Problem;

/**
 * Requests to /api without a bearer token, per client address: each is a 401, but each costs a request's work, so a
 * caller without an account cannot send them without end. Counted in memory, per replica, before authentication
 * (no database on the event loop); health probes (/q) are not counted.
 */
@ApplicationScoped
public class AnonymousRateLimit {

    @Inject
    RateLimitSettings settings;

    @Inject
    ObjectMapper json;

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000).expireAfterAccess(Duration.ofMinutes(5)).build();

    void register(@Observes Filters filters) {
        filters.register(this::limit, 200);
    }

    private void limit(RoutingContext rc) {
        if (!settings.enabled() || !rc.normalizedPath().startsWith("/api/")
                || rc.request().getHeader("Authorization") != null) {
            rc.next();
            return;
        }
        String address = rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
        int perMinute = settings.anonymousPerAddressPerMinute();
        Bucket bucket = buckets.get(address, a -> Bucket.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1))).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        long seconds = SubmissionRateLimitFilter.retryAfterSeconds(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        String body;
        try {
            body = json.writeValueAsString(SubmissionRateLimitFilter.tooMany(seconds, "requests without a token"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        rc.response().setStatusCode(429).putHeader("Retry-After", Long.toString(seconds))
                .putHeader("Content-Type", Problem.MEDIA_TYPE).end(body);
    }
}
