package cn.wanggezhili.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import cn.wanggezhili.eventstore.EventCodec;
import org.junit.jupiter.api.Test;

/**
 * api-specs/asyncapi.yaml describes every topic of the suite, its key and every event type with its payload, as the
 * services' event codecs register them; -Dasyncapi.update=true rewrites it after an intended change.
 */
class AsyncApiSpecTest {

    static final Path SPEC = Path.of("../api-specs/asyncapi.yaml");

    /** Where each service registers its event types (public static EventCodec fields). */
    static final List<Class<?>> EVENT_REGISTERS = List.of(
            cn.wanggezhili.registry.app.RegistryEvents.class,
            cn.wanggezhili.dispatch.app.DispatchEvents.class,
            cn.wanggezhili.dispatch.app.PlanEvents.class,
            cn.wanggezhili.scoring.app.ScoringEvents.class,
            cn.wanggezhili.mediation.app.MediationEvents.class,
            cn.wanggezhili.points.app.PointsEvents.class);

    static final Map<String, String> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("grid-registry", "Grid registry (网格登记): grid units and their codes, staff posts, households and residents (personal data masked)");
        SERVICES.put("task-dispatch", "Task dispatch (任务派发): tasks, routing, escalation up the levels, work plans");
        SERVICES.put("scoring", "Scoring (积分): schemes, score entries, reviews, public notices, settlements, stars, tiers");
        SERVICES.put("mediation", "Mediation (矛盾纠纷调解): dispute cases and mediators");
        SERVICES.put("points-store", "Points store (积分超市): accounts and ledger, catalogue items, redemptions");
    }

    @Test
    void the_checked_in_asyncapi_document_lists_every_topic_and_event_the_services_publish() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
        String generated = yaml.writeValueAsString(document());
        if (Boolean.getBoolean("asyncapi.update")) {
            Files.writeString(SPEC, generated);
        }
        assertThat(Files.readString(SPEC)).as("api-specs/asyncapi.yaml; after an intended change run "
                + "./mvnw test -pl suite -Dasyncapi.update=true").isEqualTo(generated);
    }

    private static Map<String, Object> document() throws Exception {
        Map<String, Map<String, Class<?>>> byService = new TreeMap<>();
        for (Class<?> register : EVENT_REGISTERS) {
            for (Field field : register.getFields()) {
                if (Modifier.isStatic(field.getModifiers()) && EventCodec.class.isAssignableFrom(field.getType())) {
                    ((EventCodec<?>) field.get(null)).types().forEach((type, record) ->
                            byService.computeIfAbsent(type.substring(0, type.indexOf('.')), s -> new TreeMap<>()).put(type, record));
                }
            }
        }
        assertThat(byService.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES.keySet());

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asyncapi", "3.0.0");
        doc.put("info", map("title", "Grid governance suite events (网格化基层治理)", "version", "1.0",
                "description", "Every service's domain events on its Kafka topic <service>.events. Key: the aggregate id "
                        + "(events of one aggregate are in order on one partition). CloudEvents binary mode: the payload is "
                        + "the record value (JSON); ce_id, ce_type, ce_source, ce_subject (aggregate id), ce_time (when it "
                        + "happened), ce_sequence (the aggregate's version), ce_streamtype and ce_gridcode (the grid unit, "
                        + "for subtree filtering) are headers. Consumers read the fields they need and ignore the rest; "
                        + "docs/event-contracts.md lists what each service relies on. Each relay publishes a batch of "
                        + "events as one Kafka transaction: read with isolation.level=read_committed (a failed batch's "
                        + "records stay on the log, aborted, and the batch is sent again; read_uncommitted would see them, "
                        + "out of order). Delivery is at least once: skip an aggregate's versions (ce_sequence) already "
                        + "applied. The command centre re-serves all of "
                        + "them as one Server-Sent Events stream (GET /api/v1/events)."));
        doc.put("defaultContentType", "application/json");
        doc.put("servers", map("local", map("host", "127.0.0.1:19092", "protocol", "kafka",
                "description", "the devstack's KRaft broker (deploy/local/run.sh)")));
        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            String topic = service.getKey() + ".events";
            Map<String, Object> channelMessages = new LinkedHashMap<>();
            for (Map.Entry<String, Class<?>> event : byService.get(service.getKey()).entrySet()) {
                channelMessages.put(event.getKey(), map("$ref", "#/components/messages/" + event.getKey()));
                Map<String, Object> message = new LinkedHashMap<>();
                message.put("name", event.getKey());
                message.put("title", event.getValue().getSimpleName());
                message.put("headers", map("$ref", "#/components/schemas/CloudEventHeaders"));
                message.put("payload", PayloadSchemas.of(event.getValue()));
                message.put("bindings", map("kafka", map("key", map("type", "string", "format", "uuid",
                        "description", "the aggregate id (ce_subject)"))));
                messages.put(event.getKey(), message);
            }
            Map<String, Object> channel = new LinkedHashMap<>();
            channel.put("address", topic);
            channel.put("description", service.getValue());
            channel.put("messages", channelMessages);
            channels.put(topic, channel);
            operations.put("publish-" + service.getKey(), map("action", "send",
                    "channel", map("$ref", "#/channels/" + topic),
                    "summary", "published by " + service.getKey() + "'s outbox relay, in commit order per aggregate"));
        }
        doc.put("channels", channels);
        doc.put("operations", operations);
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("type", "object");
        Map<String, Object> headerProps = new LinkedHashMap<>();
        for (String name : List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "ce_sequence", "ce_streamtype", "ce_gridcode")) {
            headerProps.put(name, map("type", "string"));
        }
        header.put("properties", headerProps);
        header.put("required", List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time", "ce_sequence"));
        doc.put("components", map("schemas", map("CloudEventHeaders", header), "messages", messages));
        return doc;
    }

    /** An ordered map, so the document comes out the same every run. */
    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
