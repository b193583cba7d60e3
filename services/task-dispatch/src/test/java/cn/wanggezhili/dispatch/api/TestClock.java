package cn.wanggezhili.dispatch.api;

import io.quarkus.test.Mock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import cn.wanggezhili.testing.MutableClock;

/** Replaces the platform's default clock bean in the test application with one the tests move. */
@ApplicationScoped
public class TestClock {

    @Produces
    @Mock
    @ApplicationScoped
    Clock clock() {
        return new MutableClock();
    }
}
