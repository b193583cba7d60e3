package cn.wanggezhili.consumer;

import cn.wanggezhili.eventstore.EventsCommitted;
import cn.wanggezhili.eventstore.quarkus.EventStoreSettings;
import cn.wanggezhili.eventstore.quarkus.EventStoreStartup;
import cn.wanggezhili.kafka.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Runs an idempotent consumer for each {@link Subscription} bean the service declares; after each poll it commits,
 * it announces {@link EventsCommitted} so that the process's live streams read at once.
 */
@ApplicationScoped
public class ConsumerStartup {

    private static final Logger LOG = Logger.getLogger(ConsumerStartup.class);

    @Inject
    DataSource dataSource;

    @Inject
    EventStoreSettings settings;

    @Inject
    Instance<Subscription> subscriptions;

    @Inject
    Event<EventsCommitted> committed;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final List<IdempotentConsumer> consumers = new ArrayList<>();

    void start(@Observes @Priority(EventStoreStartup.CONSUMERS) StartupEvent event) {
        List<String> topics = subscriptions.stream().flatMap(s -> s.topics().stream()).distinct().toList();
        if (!topics.isEmpty()) {
            Topics.ensure(bootstrapServers, topics, settings.partitions());
        }
        for (Subscription subscription : subscriptions) {
            consumers.add(new IdempotentConsumer(dataSource, bootstrapServers, subscription.consumerName(),
                    subscription.topics(), subscription, () -> committed.fire(new EventsCommitted())).start());
        }
        LOG.infof("%s: %d consumers", settings.service(), consumers.size());
    }

    void stop(@Observes @Priority(EventStoreStartup.CONSUMERS) ShutdownEvent event) {
        consumers.forEach(IdempotentConsumer::close);
    }
}
