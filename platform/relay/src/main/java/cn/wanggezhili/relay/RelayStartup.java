package cn.wanggezhili.relay;

import cn.wanggezhili.eventstore.EventStore;
import cn.wanggezhili.eventstore.quarkus.EventStoreSettings;
import cn.wanggezhili.eventstore.quarkus.EventStoreStartup;
import cn.wanggezhili.kafka.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates the service's topic {@code <service>.events} and runs its outbox relay (unless switched off). */
@ApplicationScoped
public class RelayStartup {

    private static final Logger LOG = Logger.getLogger(RelayStartup.class);

    @Inject
    DataSource dataSource;

    @Inject
    EventStore eventStore;

    @Inject
    EventStoreSettings settings;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private RelayLoop relay;

    void start(@Observes @Priority(EventStoreStartup.RELAY) StartupEvent event) {
        String topic = Topics.of(settings.service());
        Topics.ensure(bootstrapServers, List.of(topic), settings.partitions());
        if (settings.relay().enabled()) {
            OutboxRelay outbox = new OutboxRelay(dataSource, eventStore, () -> RelayProducers.create(bootstrapServers, topic),
                    topic, "/" + settings.service(), settings.relay().batchSize());
            relay = new RelayLoop(outbox, settings.relay().pollInterval(), "relay-" + settings.service()).start();
        }
        LOG.infof("relay of %s: topic %s, %s", settings.service(), topic, relay == null ? "off" : "on");
    }

    void stop(@Observes @Priority(EventStoreStartup.RELAY) ShutdownEvent event) {
        if (relay != null) {
            relay.close();
        }
    }
}
