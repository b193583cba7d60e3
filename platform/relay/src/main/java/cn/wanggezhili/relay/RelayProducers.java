package cn.wanggezhili.relay;

import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The producer an {@link OutboxRelay} publishes with: transactional, one transactional id per topic. Every instance
 * of a service uses the same id, so the instance that takes over fences its predecessor and aborts what it left
 * open; a transaction per batch keeps a failed batch's records from read_committed consumers.
 */
public final class RelayProducers {

    /** What the bench reports as the relay's settings. */
    public static final String DESCRIPTION = "transactional (a transaction per batch), acks=all, idempotent, linger.ms=5";

    private RelayProducers() {
    }

    public static String transactionalId(String topic) {
        return "relay:" + topic;
    }

    public static Properties properties(String bootstrapServers, String topic) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId(topic));
        props.put(ProducerConfig.CLIENT_ID_CONFIG, "relay-" + topic);
        return props;
    }

    public static Producer<String, byte[]> create(String bootstrapServers, String topic) {
        return new KafkaProducer<>(properties(bootstrapServers, topic), new StringSerializer(), new ByteArraySerializer());
    }
}
