package cn.wanggezhili.eventstore.quarkus;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code eventstore.*} settings of a service. Its topic is {@code <service>.events}. */
@ConfigMapping(prefix = "eventstore")
public interface EventStoreSettings {

    /** The owning service's name, e.g. {@code grid-registry}: topic, CloudEvents source and event type prefix. */
    String service();

    @WithDefault("3")
    int partitions();

    Relay relay();

    Stream stream();

    /**
     * How far the service's domain clock runs ahead of the wall clock (default none): for demos and end-to-end tests
     * that must see a period end, e.g. a quarter settled once it is over (see {@link TimeAndIds}).
     */
    @WithDefault("PT0S")
    Duration clockOffset();

    interface Relay {

        @WithDefault("true")
        boolean enabled();

        /** Events per publish round; 2000 drains a backlog at ~0.9 x a bare producer, 500 at ~0.5 (bench/RESULTS.md). */
        @WithDefault("2000")
        int batchSize();

        /** How often an idle relay looks for new events; bounds the added publish latency. */
        @WithDefault("20ms")
        Duration pollInterval();
    }

    /** The live streams (SSE) of committed events. */
    interface Stream {

        /**
         * How often the process's one tail reader looks for newly committed events while a screen is connected;
         * bounds the added latency (one read per tick however many screens, see EventFanOut).
         */
        @WithDefault("50ms")
        Duration pollInterval();
    }
}
