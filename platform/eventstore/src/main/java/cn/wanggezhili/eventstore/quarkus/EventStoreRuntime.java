package cn.wanggezhili.eventstore.quarkus;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.EventStoreSchema;
import cn.wanggezhili.eventstore.IdempotentConsumer;
import cn.wanggezhili.eventstore.OutboxRelay;
import cn.wanggezhili.eventstore.RelayLoop;
import cn.wanggezhili.eventstore.RelayProducers;
import cn.wanggezhili.eventstore.Topics;
import org.jboss.logging.Logger;

/**
 * Starts a service's event machinery: the event tables, its topic, the outbox relay and the consumers of the
 * {@link Subscription} beans it declares; stops them on shutdown.
 */
@ApplicationScoped
public class EventStoreRuntime {

    private static final Logger LOG = Logger.getLogger(EventStoreRuntime.class);

    @Inject
    DataSource dataSource;

    @Inject
    EventStoreSettings settings;

    @Inject
    Instance<Subscription> subscriptions;

    @Inject
    CommittedEventStream streams;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private final EventStore eventStore = new EventStore();
    private RelayLoop relay;
    private final List<IdempotentConsumer> consumers = new ArrayList<>();

    @Produces
    @Singleton
    EventStore eventStore() {
        return eventStore;
    }

    public String topic() {
        return Topics.of(settings.service());
    }

    void start(@Observes StartupEvent event) {
        EventStoreSchema.migrate(dataSource);
        List<String> topics = new ArrayList<>(List.of(topic()));
        subscriptions.forEach(s -> topics.addAll(s.topics()));
        Topics.ensure(bootstrapServers, topics.stream().distinct().toList(), settings.partitions());
        if (settings.relay().enabled()) {
            OutboxRelay outbox = new OutboxRelay(dataSource, eventStore, () -> RelayProducers.create(bootstrapServers, topic()),
                    topic(), "/" + settings.service(), settings.relay().batchSize());
            relay = new RelayLoop(outbox, settings.relay().pollInterval(), "relay-" + settings.service()).start();
        }
        for (Subscription subscription : subscriptions) {
            consumers.add(new IdempotentConsumer(dataSource, bootstrapServers, subscription.consumerName(),
                    subscription.topics(), subscription, streams::eventsCommitted).start());
        }
        LOG.infof("event store of %s started: topic %s, relay %s, %d consumers", settings.service(), topic(),
                settings.relay().enabled() ? "on" : "off", consumers.size());
    }

    void stop(@Observes ShutdownEvent event) {
        consumers.forEach(IdempotentConsumer::close);
        if (relay != null) {
            relay.close();
        }
    }
}
