package cn.wanggezhili.livestream;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.core.format.EventFormat;
import io.cloudevents.jackson.JsonFormat;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import cn.wanggezhili.eventstore.StoredEvent;

/**
 * One SSE message's data: the event as a CloudEvent in JSON structured format (CloudEvents 1.0), written by the
 * CloudEvents SDK. The record documents its shape in the OpenAPI documents; {@link #of} writes it.
 */
@Schema(name = "StreamedEvent", description = "A committed event as a CloudEvent (JSON structured format, CloudEvents 1.0)")
public record StreamedCloudEvent(
        @Schema(description = "Always 1.0", example = "1.0") String specversion,
        @Schema(description = "The event's id, unique and stable: the same event has the same id on Kafka and in every replay",
                format = "uuid") String id,
        @Schema(description = "The service that recorded it (also on the command centre's stream)", example = "/task-dispatch") String source,
        @Schema(description = "<service>.<Event>.v<major>, as in asyncapi.yaml", example = "task-dispatch.TaskReported.v1") String type,
        @Schema(description = "The aggregate's id (task, case, household...)", format = "uuid") String subject,
        @Schema(description = "When it happened") java.time.OffsetDateTime time,
        @Schema(description = "Always application/json", example = "application/json") String datacontenttype,
        @Schema(description = "The grid code of the unit the event belongs to (absent for county-wide events)",
                example = "141081001001001") String gridcode,
        @Schema(description = "The aggregate's version after this event (1 for its first)", example = "1") int sequence,
        @Schema(description = "The event's payload as asyncapi.yaml describes it, masked as REST masks it for the caller")
        Map<String, Object> data) {

    private static final EventFormat JSON = new JsonFormat();

    /**
     * The SSE data for {@code event}, with {@code payload} as the caller may see it. The source is the service that
     * recorded it, named by its type ({@code <service>.<Event>.v1}), as on Kafka: the command centre re-serves other
     * services' events under their own source.
     */
    static String of(StoredEvent event, String payload) {
        String service = event.eventType().substring(0, event.eventType().indexOf('.'));
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(event.eventId().toString())
                .withSource(URI.create("/" + service))
                .withType(event.eventType())
                .withSubject(event.streamId().toString())
                .withTime(event.occurredAt().atOffset(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .withExtension("sequence", event.version())
                .withData(payload.getBytes(StandardCharsets.UTF_8));
        if (event.gridCode() != null) {
            builder.withExtension("gridcode", event.gridCode());
        }
        CloudEvent cloudEvent = builder.build();
        return new String(JSON.serialize(cloudEvent), StandardCharsets.UTF_8);
    }
}
