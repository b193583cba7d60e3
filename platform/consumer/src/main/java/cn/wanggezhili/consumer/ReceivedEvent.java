package cn.wanggezhili.consumer;

import cn.wanggezhili.kafka.CloudEventHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** An event read from another service's topic, with its CloudEvents attributes and where it came from. */
public record ReceivedEvent(
        UUID eventId,
        String eventType,
        String source,
        UUID streamId,
        String streamType,
        int version,
        String gridCode,
        Instant occurredAt,
        String payload,
        String topic,
        int partition,
        long offset) {

    /** Reads the binary-mode headers; a record without them is refused with the attribute named. */
    public static ReceivedEvent from(ConsumerRecord<String, byte[]> record) {
        var h = record.headers();
        return new ReceivedEvent(
                UUID.fromString(required(h, CloudEventHeaders.ID)),
                required(h, CloudEventHeaders.TYPE),
                CloudEventHeaders.read(h, CloudEventHeaders.SOURCE),
                UUID.fromString(required(h, CloudEventHeaders.SUBJECT)),
                CloudEventHeaders.read(h, CloudEventHeaders.STREAM_TYPE),
                Integer.parseInt(required(h, CloudEventHeaders.SEQUENCE)),
                CloudEventHeaders.read(h, CloudEventHeaders.GRID_CODE),
                Instant.parse(required(h, CloudEventHeaders.TIME)),
                record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8),
                record.topic(),
                record.partition(),
                record.offset());
    }

    private static String required(org.apache.kafka.common.header.Headers headers, String name) {
        String value = CloudEventHeaders.read(headers, name);
        if (value == null) {
            throw new IllegalArgumentException("missing CloudEvents header " + name);
        }
        return value;
    }
}
