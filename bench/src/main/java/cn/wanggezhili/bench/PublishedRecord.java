package cn.wanggezhili.bench;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.clients.producer.ProducerRecord;
import cn.wanggezhili.kafka.CloudEventHeaders;
import cn.wanggezhili.eventstore.StoredEvent;

/**
 * The record the relay sends for an event (key, timestamp, value and CloudEvents headers as in
 * {@code OutboxRelay.send}), so that the raw producer baseline puts exactly the same bytes on the wire.
 */
final class PublishedRecord {

    static final String SOURCE = "/bench";

    private PublishedRecord() {
    }

    static ProducerRecord<String, byte[]> of(String topic, StoredEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, null, event.occurredAt().toEpochMilli(),
                event.streamId().toString(), event.payload().getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.write(record.headers(), SOURCE, event);
        return record;
    }
}
