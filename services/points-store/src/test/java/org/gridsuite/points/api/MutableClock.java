package org.gridsuite.points.api;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The service's clock in tests: real time plus an offset. Tests set things up in the past (a negative offset) and
 * come back to the present, rather than running ahead: the broker refuses records stamped over an hour ahead.
 */
public class MutableClock extends Clock {

    private static volatile Duration offset = Duration.ZERO;

    public static void advance(Duration by) {
        offset = offset.plus(by);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    /** Replaces the platform's default clock bean in the test application. */
    @ApplicationScoped
    public static class Producer {

        @Produces
        @Mock
        @ApplicationScoped
        Clock clock() {
            return new MutableClock();
        }
    }
}
