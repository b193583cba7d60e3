package cn.wanggezhili.kafka;

import cn.wanggezhili.eventstore.StoredEvent;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary mode: attributes as {@code ce_*} headers, the JSON payload as the
 * record value. Two extensions: {@code ce_gridcode} (the subject's grid code, for subtree filtering) and
 * {@code ce_sequence} (the event's version in its stream, for idempotent consumers).
 */
public final class CloudEventHeaders {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String GRID_CODE = "ce_gridcode";
    public static final String SEQUENCE = "ce_sequence";
    public static final String STREAM_TYPE = "ce_streamtype";
    public static final String CONTENT_TYPE = "content-type";

    private CloudEventHeaders() {
    }

    public static void write(Headers headers, String source, StoredEvent event) {
        put(headers, SPEC_VERSION, "1.0");
        put(headers, ID, event.eventId().toString());
        put(headers, TYPE, event.eventType());
        put(headers, SOURCE, source);
        put(headers, SUBJECT, event.streamId().toString());
        put(headers, TIME, DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()));
        put(headers, SEQUENCE, Integer.toString(event.version()));
        put(headers, STREAM_TYPE, event.streamType());
        put(headers, CONTENT_TYPE, "application/json");
        if (event.gridCode() != null) {
            put(headers, GRID_CODE, event.gridCode());
        }
    }

    public static String read(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void put(Headers headers, String name, String value) {
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
