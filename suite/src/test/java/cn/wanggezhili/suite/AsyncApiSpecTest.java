package cn.wanggezhili.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import com.github.fge.jsonschema.core.report.ProcessingMessage;
import com.github.fge.jsonschema.core.report.ProcessingReport;
import com.github.fge.jsonschema.main.JsonSchema;
import com.github.fge.jsonschema.main.JsonSchemaFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import cn.wanggezhili.eventstore.AggregateType;
import cn.wanggezhili.eventstore.EventCodec;
import cn.wanggezhili.readpolicy.EventAccess.Holding;
import cn.wanggezhili.readpolicy.EventReadPolicy;
import cn.wanggezhili.readpolicy.suite.DispatchReadPolicy;
import cn.wanggezhili.readpolicy.suite.MediationReadPolicy;
import cn.wanggezhili.readpolicy.suite.PointsReadPolicy;
import cn.wanggezhili.readpolicy.suite.RegistryReadPolicy;
import cn.wanggezhili.readpolicy.suite.ScoringReadPolicy;
import org.junit.jupiter.api.Test;

/**
 * api-specs/asyncapi.yaml describes every topic of the suite, its key and every event type with its payload, as the
 * services' event codecs register them, and the same events as each service (and the command centre, all of them)
 * serves them as Server-Sent Events; -Dasyncapi.update=true rewrites it after an intended change. Meanings come from
 * the event records' Javadoc, nullability from {@link NullableComponents}, examples from {@link Samples}; every example
 * is checked against its message's schema.
 */
class AsyncApiSpecTest {

    static final Path SPEC = Path.of("../api-specs/asyncapi.yaml");

    /** Where each service registers its event types (public static EventCodec fields) and streams (AggregateType). */
    static final List<Class<?>> EVENT_REGISTERS = List.of(
            cn.wanggezhili.registry.app.RegistryEvents.class,
            cn.wanggezhili.dispatch.app.DispatchEvents.class,
            cn.wanggezhili.dispatch.app.PlanEvents.class,
            cn.wanggezhili.scoring.app.ScoringEvents.class,
            cn.wanggezhili.mediation.app.MediationEvents.class,
            cn.wanggezhili.points.app.PointsEvents.class);

    static final Map<String, String> SERVICES = new LinkedHashMap<>();

    /** Each service's port in the local run (deploy/local/run.sh). */
    static final Map<String, Integer> PORTS = new LinkedHashMap<>();

    static final String COMMAND_CENTER = "command-center";

    static final String EVENTS_PATH = "/api/v1/events";

    static {
        SERVICES.put("grid-registry", "Grid registry (网格登记): grid units and their codes, staff posts, households and residents (personal data masked)");
        SERVICES.put("task-dispatch", "Task dispatch (任务派发): tasks, routing, escalation up the levels, work plans");
        SERVICES.put("scoring", "Scoring (积分): schemes, score entries, reviews, public notices, settlements, stars, tiers");
        SERVICES.put("mediation", "Mediation (矛盾纠纷调解): dispute cases and mediators");
        SERVICES.put("points-store", "Points store (积分超市): accounts and ledger, catalogue items, redemptions");
        PORTS.put("grid-registry", 8081);
        PORTS.put("task-dispatch", 8082);
        PORTS.put("scoring", 8083);
        PORTS.put("mediation", 8084);
        PORTS.put("points-store", 8085);
        PORTS.put(COMMAND_CENTER, 8086);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Quotes as few strings as YAML needs, plus those that look like numbers or dates: YAML 1.1 readers would take
     * 2026-11-03T09:30:00Z for a timestamp, not the string the payload holds.
     */
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .stringQuotingChecker(new StringQuotingChecker.Default() {
                @Override
                public boolean needToQuoteValue(String value) {
                    return super.needToQuoteValue(value) || value.matches("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");
                }
            })
            .build());

    @Test
    void the_checked_in_asyncapi_document_lists_every_topic_and_event_the_services_publish() throws Exception {
        Suite suite = Suite.read();
        String generated = YAML.writeValueAsString(document(suite));
        if (Boolean.getBoolean("asyncapi.update")) {
            Files.writeString(SPEC, generated);
        }
        List<String> undocumented = suite.records.values().stream()
                .filter(r -> Javadocs.rawOf(r).isEmpty()).map(r -> NullableComponents.key(r, "").replaceAll("\\.$", ""))
                .sorted().toList();
        System.out.println("Event records without Javadoc (their description is derived from their sealed interface's): "
                + undocumented);
        assertThat(Files.readString(SPEC)).as("api-specs/asyncapi.yaml; after an intended change run "
                + "./mvnw test -pl suite -Dasyncapi.update=true").isEqualTo(generated);
    }

    @Test
    void every_message_has_a_description_and_examples_that_its_schemas_accept() throws Exception {
        Suite suite = Suite.read();
        JsonNode doc = YAML.readTree(YAML.writeValueAsString(document(suite)));
        JsonSchemaFactory factory = JsonSchemaFactory.byDefault();
        List<String> problems = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> messages = doc.path("components").path("messages").fields();
        int examples = 0;
        while (messages.hasNext()) {
            Map.Entry<String, JsonNode> message = messages.next();
            String key = message.getKey();
            if (message.getValue().path("description").asText().isBlank()) {
                problems.add(key + ": no description");
            }
            if (message.getValue().path("examples").isEmpty()) {
                problems.add(key + ": no example");
            }
            String pointer = "/components/messages/" + key;
            for (JsonNode example : message.getValue().path("examples")) {
                examples++;
                check(problems, factory.getJsonSchema(doc, pointer + "/payload"), example.path("payload"),
                        key + " example " + example.path("name").asText() + " payload");
                if (example.has("headers")) {
                    check(problems, factory.getJsonSchema(doc, pointer + "/headers"), example.path("headers"),
                            key + " example " + example.path("name").asText() + " headers");
                }
            }
        }
        // the schemas also take every nullable property as null, and refuse a payload without a required property
        for (Map.Entry<String, Class<?>> event : suite.records.entrySet()) {
            JsonSchema payload = factory.getJsonSchema(doc, "/components/schemas/" + event.getKey());
            ObjectNode sample = (ObjectNode) JSON.readTree(suite.payloadOf(event.getKey()));
            ObjectNode withNulls = sample.deepCopy();
            for (RecordComponent component : event.getValue().getRecordComponents()) {
                if (NullableComponents.nullable(event.getValue(), component)) {
                    withNulls.putNull(component.getName());
                }
            }
            check(problems, payload, withNulls, event.getKey() + " with its nullable properties null");
            ObjectNode without = sample.deepCopy();
            without.remove(event.getValue().getRecordComponents()[0].getName());
            if (payload.validate(without).isSuccess()) {
                problems.add(event.getKey() + ": a payload without " + event.getValue().getRecordComponents()[0].getName()
                        + " passes");
            }
        }
        assertThat(problems).as("messages, examples and schemas of api-specs/asyncapi.yaml").isEmpty();
        assertThat(examples).as("examples checked").isGreaterThanOrEqualTo(2 * suite.records.size());
    }

    private static void check(List<String> problems, JsonSchema schema, JsonNode instance, String what) throws Exception {
        ProcessingReport report = schema.validate(instance, true);
        if (!report.isSuccess()) {
            for (ProcessingMessage m : report) {
                if (m.getLogLevel().compareTo(com.github.fge.jsonschema.core.report.LogLevel.ERROR) >= 0) {
                    problems.add(what + ": " + m.getMessage() + " at " + m.asJson().path("instance").path("pointer").asText());
                }
            }
        }
    }

    /** The services' event types and records, their streams, and which types the live streams may show. */
    record Suite(Map<String, Map<String, Class<?>>> byService, Map<String, Class<?>> records,
                 Map<String, EventCodec<Object>> codecs, Map<String, AggregateType<?, ?>> streams, Set<String> streamed) {

        @SuppressWarnings("unchecked")
        static Suite read() throws Exception {
            Map<String, Map<String, Class<?>>> byService = new TreeMap<>();
            Map<String, Class<?>> records = new TreeMap<>();
            Map<String, EventCodec<Object>> codecs = new HashMap<>();
            Map<String, AggregateType<?, ?>> streams = new HashMap<>();
            for (Class<?> register : EVENT_REGISTERS) {
                List<AggregateType<?, ?>> aggregates = new ArrayList<>();
                for (Field field : register.getFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && AggregateType.class.isAssignableFrom(field.getType())) {
                        aggregates.add((AggregateType<?, ?>) field.get(null));
                    }
                }
                for (Field field : register.getFields()) {
                    if (Modifier.isStatic(field.getModifiers()) && EventCodec.class.isAssignableFrom(field.getType())) {
                        EventCodec<Object> codec = (EventCodec<Object>) field.get(null);
                        codec.types().forEach((type, record) -> {
                            byService.computeIfAbsent(type.substring(0, type.indexOf('.')), s -> new TreeMap<>()).put(type, record);
                            records.put(type, record);
                            codecs.put(type, codec);
                            aggregates.stream().filter(a -> a.codec() == codec).findFirst().ifPresent(a -> streams.put(type, a));
                        });
                    }
                }
            }
            assertThat(byService.keySet()).containsExactlyInAnyOrderElementsOf(SERVICES.keySet());
            Set<String> streamed = EventReadPolicy.union(RegistryReadPolicy.events(), DispatchReadPolicy.events(),
                    ScoringReadPolicy.events(), MediationReadPolicy.events(Holding.NOBODY),
                    PointsReadPolicy.events(Holding.NOBODY)).declaredTypes();
            return new Suite(byService, records, codecs, streams, new TreeSet<>(streamed));
        }

        /** The sample event of a type, as its codec writes it (JSON). */
        String payloadOf(String type) {
            return codecs.get(type).toJson(Samples.of(records.get(type)));
        }

        Object sampleOf(String type) {
            return Samples.of(records.get(type));
        }
    }

    private static Map<String, Object> document(Suite suite) throws Exception {
        PayloadSchemas payloads = new PayloadSchemas();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("asyncapi", "3.0.0");
        doc.put("info", map("title", "Grid governance suite events (网格化基层治理)", "version", "1.0",
                "description", """
                        Every service's domain events, on two transports.

                        **Kafka.** Each service publishes its events on its topic <service>.events (servers kafka-local, \
                        kafka-production). Key: the aggregate id (events of one aggregate are in order on one partition). \
                        CloudEvents binary mode: the payload is the record value (JSON); ce_id, ce_type, ce_source, \
                        ce_subject (aggregate id), ce_time (when it happened), ce_sequence (the aggregate's version), \
                        ce_streamtype and ce_gridcode (the grid unit, for subtree filtering) are headers. Consumers read \
                        the fields they need and ignore the rest; docs/event-contracts.md lists what each service relies \
                        on. Each relay publishes a batch of events as one Kafka transaction: read with \
                        isolation.level=read_committed (a failed batch's records stay on the log, aborted, and the batch \
                        is sent again; read_uncommitted would see them, out of order). Delivery is at least once: skip an \
                        aggregate's versions (ce_sequence) already applied.

                        **Server-Sent Events.** Each service also serves its committed events at GET /api/v1/events \
                        (servers <service>-local and <service>-production), and the command centre serves all services' \
                        events as one stream at the same path (servers command-center-local and \
                        command-center-production). Callers sign in with an OpenID Connect bearer token and get the \
                        events their role may read, as REST shows them. Each SSE message's event field is the event \
                        type, its id resumes the stream (send it back as Last-Event-ID), and its data is the event as a \
                        CloudEvent in JSON structured format (schema CloudEvent) whose data is the payload, as on Kafka.

                        **Payloads.** Every property is always present: those that may be empty are written as JSON \
                        null (their schemas allow null). A property added to an event type later is absent from the \
                        events written before it, which readers take as null. The examples are from the demo county, \
                        Houma (侯马市)."""));
        doc.put("defaultContentType", "application/json");
        doc.put("servers", servers());

        Map<String, Object> channels = new LinkedHashMap<>();
        Map<String, Object> operations = new LinkedHashMap<>();
        Map<String, Object> messages = new LinkedHashMap<>();
        Map<String, Object> payloadSchemas = new LinkedHashMap<>();
        Map<String, Object> allStreamed = new LinkedHashMap<>();
        for (Map.Entry<String, String> service : SERVICES.entrySet()) {
            String name = service.getKey();
            String topic = name + ".events";
            Map<String, Object> kafkaMessages = new LinkedHashMap<>();
            Map<String, Object> sseMessages = new LinkedHashMap<>();
            for (Map.Entry<String, Class<?>> event : suite.byService.get(name).entrySet()) {
                String type = event.getKey();
                Class<?> record = event.getValue();
                payloadSchemas.put(type, payloads.event(record));
                Example example = example(suite, name, type);
                kafkaMessages.put(type, map("$ref", "#/components/messages/" + type));
                messages.put(type, kafkaMessage(type, record, example));
                if (suite.streamed.contains(type)) {
                    sseMessages.put(type, map("$ref", "#/components/messages/sse." + type));
                    allStreamed.put(type, map("$ref", "#/components/messages/sse." + type));
                    messages.put("sse." + type, sseMessage(type, record, example));
                }
            }
            channels.put(topic, map("address", topic, "description", service.getValue(),
                    "servers", List.of(server("kafka-local"), server("kafka-production")), "messages", kafkaMessages));
            channels.put(name + ".sse", sseChannel(name, service.getValue() + ": the same events as Server-Sent Events",
                    sseMessages));
        }
        channels.put(COMMAND_CENTER + ".sse", sseChannel(COMMAND_CENTER, "Command centre (指挥中心): every service's "
                + "events as one stream (for watchers: the roles the command centre serves)", allStreamed));
        for (String name : SERVICES.keySet()) {
            operations.put("publish-" + name, map("action", "send",
                    "channel", map("$ref", "#/channels/" + name + ".events"),
                    "summary", "published by " + name + "'s outbox relay, in commit order per aggregate",
                    "security", List.of(map("$ref", "#/components/securitySchemes/scramSha512"))));
        }
        for (String name : PORTS.keySet()) {
            operations.put("stream-" + name, streamOperation(name));
        }
        doc.put("channels", channels);
        doc.put("operations", operations);

        Map<String, Object> schemas = new LinkedHashMap<>();
        schemas.put("CloudEventHeaders", cloudEventHeaders());
        schemas.put("CloudEvent", cloudEvent());
        schemas.putAll(payloads.shared());
        schemas.putAll(payloadSchemas);
        NullableComponents.check(payloads.components());
        doc.put("components", map("schemas", schemas, "messages", messages, "securitySchemes", securitySchemes(),
                "operationBindings", map("events-stream", streamBinding())));
        return doc;
    }

    /** One sample event of a type: its payload and the attributes it travels with. */
    record Example(String service, String type, JsonNode payload, UUID id, UUID subject, String gridCode, String streamType,
                   String time) {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Example example(Suite suite, String service, String type) throws Exception {
        Object event = suite.sampleOf(type);
        JsonNode payload = JSON.readTree(suite.payloadOf(type));
        AggregateType<?, ?> stream = suite.streams.get(type);
        if (stream == null) {
            throw new IllegalStateException(type + " belongs to no AggregateType of its register");
        }
        UUID subject = ((Function) stream.streamId()).apply(event) instanceof UUID u ? u : null;
        String gridCode = (String) ((Function) stream.gridCode()).apply(event);
        String time = payload.path("at").isTextual() ? payload.path("at").asText() : Samples.AT.toString();
        return new Example(service, type, payload, Samples.uuid("event:" + type), subject, gridCode, stream.streamType(), time);
    }

    private static Map<String, Object> kafkaMessage(String type, Class<?> record, Example example) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", type);
        message.put("title", record.getSimpleName());
        message.put("summary", humanised(record.getSimpleName()));
        message.put("description", description(record));
        message.put("headers", map("$ref", PayloadSchemas.SCHEMAS + "CloudEventHeaders"));
        message.put("payload", map("$ref", PayloadSchemas.SCHEMAS + type));
        message.put("bindings", map("kafka", map("key", map("type", "string", "format", "uuid",
                "description", "the aggregate id (ce_subject)"))));
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", example.id().toString());
        headers.put("ce_type", type);
        headers.put("ce_source", "/" + example.service());
        headers.put("ce_subject", example.subject().toString());
        headers.put("ce_time", example.time());
        headers.put("ce_sequence", "1");
        headers.put("ce_streamtype", example.streamType());
        if (example.gridCode() != null) {
            headers.put("ce_gridcode", example.gridCode());
        }
        headers.put("content-type", "application/json");
        message.put("examples", List.of(map("name", "houma", "summary", summary(example), "headers", headers,
                "payload", example.payload())));
        return message;
    }

    private static Map<String, Object> sseMessage(String type, Class<?> record, Example example) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("name", type);
        message.put("title", record.getSimpleName() + " (Server-Sent Events)");
        message.put("summary", humanised(record.getSimpleName()));
        message.put("description", description(record));
        message.put("payload", map("allOf", List.of(map("$ref", PayloadSchemas.SCHEMAS + "CloudEvent"),
                map("type", "object", "properties", map(
                        "type", map("type", "string", "enum", List.of(type)),
                        "data", map("$ref", PayloadSchemas.SCHEMAS + type))))));
        Map<String, Object> cloudEvent = new LinkedHashMap<>();
        cloudEvent.put("specversion", "1.0");
        cloudEvent.put("id", example.id().toString());
        cloudEvent.put("source", "/" + example.service());
        cloudEvent.put("type", type);
        cloudEvent.put("subject", example.subject().toString());
        cloudEvent.put("time", example.time());
        cloudEvent.put("datacontenttype", "application/json");
        if (example.gridCode() != null) {
            cloudEvent.put("gridcode", example.gridCode());
        }
        cloudEvent.put("sequence", 1);
        cloudEvent.put("data", example.payload());
        message.put("examples", List.of(map("name", "houma", "summary", summary(example) + ", on " + example.service()
                + "'s stream", "payload", cloudEvent)));
        return message;
    }

    private static String summary(Example example) {
        String record = example.type().replaceAll("^[^.]+\\.([A-Za-z]+)\\..*$", "$1");
        return humanised(record) + " in the demo county, Houma (侯马市)";
    }

    /**
     * The record's Javadoc (after the event's name where it begins with a component's); for a record without one, its
     * name and its sealed interface's first sentence (what it is about).
     */
    static String description(Class<?> record) {
        return Javadocs.of(record).map(d -> Javadocs.rawOf(record).orElseThrow().startsWith("{@code")
                ? humanised(record.getSimpleName()) + ". " + d : d).orElseGet(() -> {
            Class<?> sealed = record.getEnclosingClass();
            String about = sealed == null ? "" : Javadocs.firstSentenceOf(sealed).orElse("");
            return humanised(record.getSimpleName()) + "." + (about.isEmpty() ? "" : " " + about);
        });
    }

    /** GridUnitCreated: "Grid unit created". */
    static String humanised(String name) {
        String words = String.join(" ", name.split("(?<=[a-z])(?=[A-Z])")).toLowerCase();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static Map<String, Object> sseChannel(String service, String description, Map<String, Object> messages) {
        return map("address", EVENTS_PATH,
                "title", service + " live events",
                "description", description + ". GET " + EVENTS_PATH + " on " + service + " (text/event-stream). Each SSE "
                        + "message: event = the event type, id = its position in the stream (<txid>-<position>; send the "
                        + "last one seen as Last-Event-ID to resume right after it, in commit order, skipping nothing), "
                        + "data = the event as a CloudEvent (JSON structured format). Only the events the caller's role "
                        + "may read on units in their grid scope, as REST shows them (names masked where REST masks "
                        + "them); an event type without a declared read policy is never streamed.",
                "servers", List.of(server(service + "-local"), server(service + "-production")),
                "messages", messages);
    }

    private static Map<String, Object> streamOperation(String service) {
        return map("action", "send",
                "channel", map("$ref", "#/channels/" + service + ".sse"),
                "summary", service.equals(COMMAND_CENTER)
                        ? "served by the command centre: every service's committed events as one Server-Sent Events stream"
                        : "served by " + service + ": its committed events as Server-Sent Events",
                "description", "GET " + EVENTS_PATH + " with Accept: text/event-stream and an OpenID Connect bearer "
                        + "token. Query parameters under and types (see the HTTP binding); a client reconnecting sends "
                        + "the Last-Event-ID header (the id of the last message it saw) and resumes right after it.",
                "bindings", map("$ref", "#/components/operationBindings/events-stream"));
    }

    /** GET /api/v1/events and its query parameters, the same on every service. */
    private static Map<String, Object> streamBinding() {
        Map<String, Object> query = map("type", "object", "properties", map(
                "under", map("type", "string", "description", "A grid code: stream the events of that unit's subtree "
                        + "(default: the caller's scope); it must lie in the caller's grid scope, else 403."),
                "types", map("type", "string", "description", "Event types to stream, comma-separated "
                        + "(<service>.<Event>.v1, as the messages are named); the parameter may repeat. Default: all.")));
        return map("http", map("method", "GET", "query", query, "bindingVersion", "0.3.0"));
    }

    private static Map<String, Object> servers() {
        Map<String, Object> servers = new LinkedHashMap<>();
        servers.put("kafka-local", map("host", "127.0.0.1:19092", "protocol", "kafka",
                "description", "The devstack's KRaft broker (deploy/local/run.sh): plaintext, without authentication "
                        + "(the SASL/SCRAM requirement of the operations applies to production only)."));
        servers.put("kafka-production", map("host", "{bootstrap}", "protocol", "kafka-secure",
                "description", "A county's Kafka cluster (Strimzi): TLS, with SASL/SCRAM-SHA-512 authentication.",
                "variables", map("bootstrap", map("description", "The bootstrap address (host:port) of the "
                        + "cluster's TLS listener with SCRAM-SHA-512 authentication, deployment-specific; inside "
                        + "Kubernetes Strimzi names it <cluster>-kafka-bootstrap.<namespace>.svc:<port>",
                        "examples", List.of("grid-kafka-kafka-bootstrap.kafka.svc:9093"))),
                "security", List.of(map("$ref", "#/components/securitySchemes/scramSha512"))));
        for (Map.Entry<String, Integer> service : PORTS.entrySet()) {
            String name = service.getKey();
            servers.put(name + "-local", map("host", "127.0.0.1:" + service.getValue(), "protocol", "http",
                    "description", name + " in the local run (deploy/local/run.sh); tokens from the devstack's Keycloak.",
                    "security", List.of(map("$ref", "#/components/securitySchemes/oidc-local"))));
            servers.put(name + "-production", map("host", "{host}", "protocol", "https",
                    "description", name + " in a county's deployment, behind its gateway.",
                    "variables", map("host", map("default", "grid.houma.gov.cn",
                            "description", "The gateway's host name (deployment-specific)")),
                    "security", List.of(map("$ref", "#/components/securitySchemes/oidc"))));
        }
        return servers;
    }

    private static Map<String, Object> securitySchemes() {
        Map<String, Object> schemes = new LinkedHashMap<>();
        schemes.put("scramSha512", map("type", "scramSha512",
                "description", "Kafka in production (Strimzi): SASL/SCRAM-SHA-512 over TLS, that is "
                        + "security.protocol=SASL_SSL and sasl.mechanism=SCRAM-SHA-512 with a KafkaUser's name and "
                        + "password (the Secret Strimzi creates for it), trusting the cluster's CA. The local devstack "
                        + "broker takes plaintext connections without authentication."));
        schemes.put("oidc", map("type", "openIdConnect",
                "openIdConnectUrl", "https://grid.houma.gov.cn/realms/grid/.well-known/openid-configuration",
                "description", "Bearer tokens from the suite's Keycloak realm grid, which answers on the gateway's "
                        + "host: /realms/grid/.well-known/openid-configuration relative to the production server's "
                        + "host (AsyncAPI wants an absolute URL here, so this one names the default host)."));
        schemes.put("oidc-local", map("type", "openIdConnect",
                "openIdConnectUrl", "http://127.0.0.1:18080/realms/grid/.well-known/openid-configuration",
                "description", "Bearer tokens from the devstack's Keycloak, realm grid (deploy/local/run.sh)."));
        return schemes;
    }

    private static Map<String, Object> cloudEventHeaders() {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("type", "object");
        header.put("description", "CloudEvents 1.0 attributes as Kafka record headers (binary mode), all as UTF-8 text.");
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("ce_specversion", map("type", "string", "description", "Always 1.0"));
        props.put("ce_id", map("type", "string", "format", "uuid", "description", "The event's id, unique and stable: "
                + "the same event has the same id on Kafka, on the live streams and in every replay"));
        props.put("ce_type", map("type", "string", "description", "<service>.<Event>.v<major>: names the message"));
        props.put("ce_source", map("type", "string", "description", "/<service>, the service that recorded it"));
        props.put("ce_subject", map("type", "string", "format", "uuid", "description", "The aggregate's id (the record key)"));
        props.put("ce_time", map("type", "string", "format", "date-time", "description", "When it happened"));
        props.put("ce_sequence", map("type", "string", "pattern", "^[1-9][0-9]*$",
                "description", "The aggregate's version after this event (1 for its first), for idempotent consumers"));
        props.put("ce_streamtype", map("type", "string", "description", "The kind of aggregate (GridUnit, Task, Case...)"));
        props.put("ce_gridcode", map("type", "string", "description",
                "The grid code of the unit the event belongs to, for subtree filtering; absent for county-wide events"));
        props.put("content-type", map("type", "string", "enum", List.of("application/json")));
        header.put("properties", props);
        header.put("required", List.of("ce_specversion", "ce_id", "ce_type", "ce_source", "ce_subject", "ce_time",
                "ce_sequence", "ce_streamtype", "content-type"));
        return header;
    }

    private static Map<String, Object> cloudEvent() {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("specversion", map("type", "string", "enum", List.of("1.0")));
        props.put("id", map("type", "string", "format", "uuid", "description", "The event's id, unique and stable: the "
                + "same event has the same id on Kafka (ce_id), on every stream and in every replay"));
        props.put("source", map("type", "string", "description", "The service that recorded the event, as /<service> "
                + "(as ce_source on Kafka), on every stream: the command centre re-serves other services' events under "
                + "their own source"));
        props.put("type", map("type", "string", "description", "<service>.<Event>.v<major>, as the messages are named "
                + "(the SSE event field is the same)"));
        props.put("subject", map("type", "string", "format", "uuid", "description", "The aggregate's id (task, case, "
                + "household...)"));
        props.put("time", map("type", "string", "format", "date-time", "description", "When it happened"));
        props.put("datacontenttype", map("type", "string", "enum", List.of("application/json")));
        props.put("gridcode", map("type", "string", "description", "The grid code of the unit the event belongs to "
                + "(absent for county-wide events)"));
        props.put("sequence", map("type", "integer", "minimum", 1, "description", "The aggregate's version after this "
                + "event (1 for its first)"));
        props.put("data", map("type", "object", "description", "The event's payload as on Kafka, masked as REST masks "
                + "it for the caller"));
        return map("type", "object",
                "description", "A committed event as a CloudEvent (CloudEvents 1.0, JSON structured format): the data "
                        + "of one Server-Sent Events message.",
                "required", List.of("specversion", "id", "source", "type", "subject", "time", "datacontenttype",
                        "sequence", "data"),
                "properties", props);
    }

    private static Map<String, Object> server(String name) {
        return map("$ref", "#/servers/" + name);
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
