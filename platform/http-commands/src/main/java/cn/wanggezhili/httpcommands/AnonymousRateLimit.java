package cn.wanggezhili.httpcommands;

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

/**
 * Requests to /api without a bearer token, per client address: each is a 401, but each costs a request's work, so a
 * caller without an account cannot send them without end. Counted in memory, per replica, before authentication
 * (no database on the event loop); health probes (/q) are not counted.
 */
@ApplicationScoped
public class AnonymousRateLimit {

    @Inject
    RateLimitSettings settings;

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
        long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
        rc.response().setStatusCode(429).putHeader("Retry-After", Long.toString(seconds))
                .putHeader("Content-Type", "application/problem+json")
                .end("{\"type\":\"https://wanggezhili.cn/problems/too-many-requests\",\"title\":\"提交过于频繁，请稍后再试 / Too many requests; retry later\","
                        + "\"status\":429,\"detail\":\"too many requests without a token; retry in " + seconds + " s\",\"errors\":[]}");
    }
}
