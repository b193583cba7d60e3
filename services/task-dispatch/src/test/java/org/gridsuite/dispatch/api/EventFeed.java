package org.gridsuite.dispatch.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/** Publishes another service's events on its real topic, with the payloads and CloudEvents headers its relay writes. */
final class EventFeed implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;

    EventFeed() {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
    }

    /** Event {@code type} (e.g. GridUnitMoved) of {@code service}'s stream, at {@code version}, on {@code <service>.events}. */
    void send(String service, String streamType, UUID stream, String type, String code, String payload, int version, UUID eventId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(service + ".events", stream.toString(),
                payload.strip().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", b("1.0")).add("ce_id", b(eventId.toString()))
                .add("ce_type", b(service + "." + type + ".v1")).add("ce_source", b("/" + service))
                .add("ce_subject", b(stream.toString())).add("ce_time", b(Instant.now().toString()))
                .add("ce_sequence", b(Integer.toString(version))).add("ce_streamtype", b(streamType))
                .add("ce_gridcode", b(code));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
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
