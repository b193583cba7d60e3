package org.gridsuite.eventstore.quarkus;

import java.util.List;
import org.gridsuite.eventstore.EventHandler;

/**
 * A service's reading of other services' topics. Declare one bean per source (e.g. {@code GridRegistryEventsConsumer}
 * in task-dispatch); the platform runs it as an {@link org.gridsuite.eventstore.IdempotentConsumer}.
 */
public interface Subscription extends EventHandler {

    /** Stable name: consumer group and the key of its positions in the database. */
    String consumerName();

    List<String> topics();
}
