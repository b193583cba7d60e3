package cn.wanggezhili.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Plays another service on its real topic: publishes events with the same key, payload and CloudEvents binary
 * headers as that service's relay, numbering each stream's versions. {@link #again} sends a record once more, as a
 * redelivery would.
 */
public final class TopicFeed implements AutoCloseable {

    /** One event as it went out: enough to send it again. */
    public record Sent(String topic, String streamType, UUID streamId, String eventType, int version, String gridCode,
                       String payload, UUID eventId, Instant time) {
    }

    private final String service;
    private final KafkaProducer<String, byte[]> producer;
    private final Map<UUID, Integer> versions = new HashMap<>();

    /** A feed for {@code service}'s topic on the broker of the running {@code @QuarkusTest} ({@code kafka.bootstrap.servers}). */
    public TopicFeed(String service) {
        this(service, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /** A feed for {@code service}'s topic {@code <service>.events}, on the broker at {@code bootstrapServers}. */
    public TopicFeed(String service, String bootstrapServers) {
        this.service = service;
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Publishes {@code <service>.<name>.v1} as the next version of {@code streamId}, happening {@code at}. */
    public Sent publish(String streamType, UUID streamId, String name, String gridCode, String payload, Instant at) {
        int version = versions.merge(streamId, 1, Integer::sum);
        Sent sent = new Sent(service + ".events", streamType, streamId, service + "." + name + ".v1", version, gridCode,
                payload.strip(), UUID.randomUUID(), at);
        send(sent);
        return sent;
    }

    public Sent publish(String streamType, UUID streamId, String name, String gridCode, String payload) {
        return publish(streamType, streamId, name, gridCode, payload, Instant.now());
    }

    /** One event with the version and id given; sending the same arguments again is a redelivery. */
    public RecordMetadata send(UUID streamId, String streamType, String name, int version, UUID eventId, String gridCode,
                               String payload) {
        return send(new Sent(service + ".events", streamType, streamId, service + "." + name + ".v1", version, gridCode,
                payload.strip(), eventId, Instant.now()));
    }

    /** The same record once more, as a redelivery after a rebalance would bring it. */
    public RecordMetadata again(Sent sent) {
        return send(sent);
    }

    /** The same event (same id) under the stream's next version, as a producer retrying after a timeout might. */
    public Sent republish(Sent sent) {
        int version = versions.merge(sent.streamId(), 1, Integer::sum);
        Sent again = new Sent(sent.topic(), sent.streamType(), sent.streamId(), sent.eventType(), version, sent.gridCode(),
                sent.payload(), sent.eventId(), sent.time());
        send(again);
        return again;
    }

    private RecordMetadata send(Sent e) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(e.topic(), e.streamId().toString(),
                e.payload().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", b("1.0")).add("ce_id", b(e.eventId().toString()))
                .add("ce_type", b(e.eventType())).add("ce_source", b("/" + service))
                .add("ce_subject", b(e.streamId().toString())).add("ce_time", b(e.time().toString()))
                .add("ce_sequence", b(Integer.toString(e.version()))).add("ce_streamtype", b(e.streamType()));
        if (e.gridCode() != null) {
            record.headers().add("ce_gridcode", b(e.gridCode()));
        }
        try {
            return producer.send(record).get();
        } catch (Exception ex) {
            throw new IllegalStateException("could not publish " + e.eventType(), ex);
        }
    }

    private static byte[] b(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
