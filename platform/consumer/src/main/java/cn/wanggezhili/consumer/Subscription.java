package cn.wanggezhili.consumer;

import java.util.List;

/**
 * A service's reading of other services' topics. Declare one bean per source (e.g. {@code GridRegistryEventsConsumer}
 * in task-dispatch); the platform runs it as an {@link cn.wanggezhili.consumer.IdempotentConsumer}.
 */
public interface Subscription extends EventHandler {

    /** Stable name: consumer group and the key of its positions in the database. */
    String consumerName();

    List<String> topics();
}
