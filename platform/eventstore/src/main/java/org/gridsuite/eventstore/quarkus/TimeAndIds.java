package org.gridsuite.eventstore.quarkus;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/** Time and ids come into the domain from these beans, so that a test or a service can fix them. */
@ApplicationScoped
public class TimeAndIds {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @DefaultBean
    @ApplicationScoped
    Supplier<UUID> ids() {
        return UUID::randomUUID;
    }
}
