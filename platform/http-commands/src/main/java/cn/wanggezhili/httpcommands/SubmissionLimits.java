package cn.wanggezhili.httpcommands;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Token buckets in the service's database (Bucket4j), so that every replica counts against the same limit: a caller's
 * or an address's submissions per minute. A bucket is forgotten once it has refilled.
 */
@ApplicationScoped
public class SubmissionLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    @Inject
    DataSource dataSource;

    private PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    @PostConstruct
    void init() {
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    /** Takes one submission from {@code key}'s bucket of {@code perMinute}; empty when allowed, else how long to wait. */
    public Optional<Duration> take(String key, int perMinute) {
        BucketConfiguration config = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(perMinute).refillGreedy(perMinute, MINUTE))
                .build();
        ConsumptionProbe probe = buckets.builder().build(key, () -> config).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetRefilled() {
        while (buckets.removeExpired(1000) == 1000) {
            // a batch at a time
        }
    }
}
