package cn.wanggezhili.eventstore.quarkus;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Supplier;

/** Time and ids come into the domain from these beans, so that a test or a service can fix them. */
@ApplicationScoped
public class TimeAndIds {

    /**
     * The wall clock; with {@code eventstore.clock-offset} (ISO-8601, default none) the wall clock moved by that much,
     * for demos and end-to-end tests that must see a period end (a quarter is settled only once it is over). It moves
     * the service's domain time only: tokens, Kafka record times and the database keep the real clock.
     */
    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock(EventStoreSettings settings) {
        Duration offset = settings.clockOffset();
        return offset.isZero() ? Clock.systemUTC() : Clock.offset(Clock.systemUTC(), offset);
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    Supplier<UUID> ids() {
        return UUID::randomUUID;
    }
}
