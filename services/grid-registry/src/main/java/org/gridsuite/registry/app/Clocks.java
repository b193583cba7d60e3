package org.gridsuite.registry.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Supplier;

/** Time and ids come into the domain from here, so that tests can fix them. */
@ApplicationScoped
public class Clocks {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @ApplicationScoped
    Supplier<UUID> ids() {
        return UUID::randomUUID;
    }
}
