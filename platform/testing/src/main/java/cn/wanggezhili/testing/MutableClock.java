package cn.wanggezhili.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A service's clock in tests: real time plus an offset the tests move (to make tasks overdue, or to set things up in
 * the past and come back to the present). Moving ahead of real time has a limit: the broker refuses records stamped
 * over an hour ahead. A service's tests make it the application's clock with a {@code @Mock} producer of their own.
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
}
