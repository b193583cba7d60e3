package cn.wanggezhili.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A hostile caller, generated from a service's checked-in OpenAPI document: every operation is called without a
 * token, with junk tokens, with a NUL in each path and query parameter and in each text field of its JSON body, and
 * with ids of every kind of object the service holds. Each must answer as documented for bad input (401, or a 400
 * naming the field), never a 5xx, never an ERROR log line, and never a detail that names an id the request did not
 * carry. A new endpoint is probed without anyone writing a test for it.
 */
public final class ApiProbe {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern UUID_TEXT = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final String NUL = "%00";

    /** Bearer tokens no realm issued: not a JWT, an unsigned JWT ({@code alg: none}), a JWT with a made-up signature. */
    private static final List<String> JUNK_TOKENS = List.of("junk", jwt("{\"alg\":\"none\",\"typ\":\"JWT\"}", ""),
            jwt("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"nobody\"}", "c2lnbmF0dXJl"));

    /** One operation of the document. */
    public record Operation(String method, String path, boolean secured, List<String> pathParams, List<String> uuidPathParams,
                            List<String> queryParams, List<String> textFields, String bodyType) {

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path;
        }
    }

    private final List<Operation> operations;
    private final Map<String, String> samples;
    private final List<UUID> knownIds;
    private final String caller;
    private final String outsider;

    private ApiProbe(List<Operation> operations, Map<String, String> samples, List<UUID> knownIds, String caller,
                     String outsider) {
        this.operations = operations;
        this.samples = samples;
        this.knownIds = knownIds;
        this.caller = caller;
        this.outsider = outsider;
    }

    /**
     * @param service  the document api-specs/openapi/{@code service}.yaml
     * @param samples  a valid value per path parameter name (e.g. {@code code}); a uuid parameter without one gets a
     *                 random id
     * @param knownIds ids of objects of every kind the service holds (one per stream type): each is tried in every
     *                 uuid path parameter, where an id of the wrong kind must answer as an unknown one does
     * @param caller   a test realm user whose token passes authentication (the bad values must be refused before
     *                 any role matters)
     * @param outsider an administrator of another township, who tries the known ids: an id of the wrong kind must
     *                 answer as an unknown id does, and nothing may change
     */
    public static ApiProbe of(String service, Map<String, String> samples, List<UUID> knownIds, String caller,
                              String outsider) {
        return new ApiProbe(operations(Path.of("../../api-specs/openapi/" + service + ".yaml")), Map.copyOf(samples),
                List.copyOf(knownIds), caller, outsider);
    }

    /**
     * The newest stream of each aggregate type in the service's event table, e.g. a task and a plan: the ids a probe
     * tries where another kind is expected. Fails when there are fewer than {@code atLeast} types (nothing to probe).
     */
    public static List<UUID> oneIdPerStreamType(javax.sql.DataSource dataSource, int atLeast) {
        List<UUID> ids = new ArrayList<>();
        try (var c = dataSource.getConnection();
             var rs = c.createStatement().executeQuery(
                     "select distinct on (stream_type) stream_id from events order by stream_type, position desc")) {
            while (rs.next()) {
                ids.add(rs.getObject(1, UUID.class));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot read the event table", e);
        }
        assertTrue(ids.size() >= atLeast, () -> "expected streams of at least " + atLeast + " aggregate types, found " + ids.size());
        return ids;
    }

    /** One dynamic test per operation. */
    public Stream<DynamicTest> tests() {
        return operations.stream().map(op -> DynamicTest.dynamicTest(op.toString(), () -> probe(op)));
    }

    public List<Operation> operations() {
        return operations;
    }

    private void probe(Operation op) {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler handler = errorCollector(errors);
        Logger root = Logger.getLogger("");
        root.addHandler(handler);
        try {
            if (op.secured()) {
                expectStatus(op, "no token", send(op, RestAssured.given(), samples(op), null, null), 401);
                for (String junk : JUNK_TOKENS) {
                    expectStatus(op, "junk token " + junk, send(op, RestAssured.given().header("Authorization", "Bearer " + junk),
                            samples(op), null, null), 401);
                }
            }
            for (String param : op.pathParams()) {
                Map<String, String> values = samples(op);
                values.put(param, "a" + NUL + "b");
                expectFieldError(op, "NUL in path parameter " + param, send(op, authorised(), values, null, null), param);
            }
            for (String param : op.queryParams()) {
                expectFieldError(op, "NUL in query parameter " + param,
                        send(op, authorised(), samples(op), param + "=a" + NUL + "b", null), param);
            }
            for (String field : op.textFields()) {
                String body = "{\"" + field + "\":\"a\\u0000b\"}";
                expectFieldError(op, "NUL in body field " + field, send(op, authorised(), samples(op), null, body), field);
            }
            for (String param : op.uuidPathParams()) {
                Map<String, String> unknown = samples(op);
                unknown.put(param, UUID.randomUUID().toString());
                Response asUnknown = send(op, outsiders(), unknown, null, null);
                namesOnlyGivenIds(op, asUnknown, unknown);
                for (UUID id : knownIds) {
                    Map<String, String> values = samples(op);
                    values.put(param, id.toString());
                    Response r = send(op, outsiders(), values, null, null);
                    // the right kind may answer 403 (outside the caller's scope); any other kind as an unknown id
                    assertTrue(r.statusCode() == asUnknown.statusCode() || r.statusCode() == 403,
                            () -> op + " with " + param + "=" + id + " answered " + r.statusCode() + " where an unknown id answers "
                                    + asUnknown.statusCode() + ": " + r.asString());
                    namesOnlyGivenIds(op, r, values);
                }
            }
        } finally {
            root.removeHandler(handler);
        }
        assertTrue(errors.isEmpty(), () -> op + " logged ERROR: " + errors.stream().map(LogRecord::getMessage).toList());
    }

    private RequestSpecification authorised() {
        return RestAssured.given().header("Authorization", "Bearer " + Tokens.of(caller));
    }

    private RequestSpecification outsiders() {
        return RestAssured.given().header("Authorization", "Bearer " + Tokens.of(outsider));
    }

    private Map<String, String> samples(Operation op) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String param : op.pathParams()) {
            values.put(param, samples.getOrDefault(param, UUID.randomUUID().toString()));
        }
        return values;
    }

    /** Sends the request with the path's parameters put in as given (already encoded: a NUL goes as %00). */
    private static Response send(Operation op, RequestSpecification request, Map<String, String> pathValues, String query,
                                 String jsonBody) {
        String path = op.path();
        for (var value : pathValues.entrySet()) {
            path = path.replace("{" + value.getKey() + "}", value.getValue());
        }
        if (query != null) {
            path = path + "?" + query;
        }
        // what a client of the operation accepts: JSON, or the live stream's events (which negotiate before sign-in)
        RequestSpecification spec = request.urlEncodingEnabled(false)
                .header("Accept", "application/json, application/problem+json, text/event-stream;q=0.1");
        if (jsonBody != null) {
            spec = spec.contentType("application/json").body(jsonBody.getBytes(StandardCharsets.UTF_8));
        } else if (op.bodyType() != null && !op.bodyType().equals("application/json")) {
            spec = spec.contentType(op.bodyType()).body("");
        } else if (!op.method().equals("get") && !op.method().equals("delete")) {
            spec = spec.contentType("application/json").body("{}");
        }
        return spec.request(op.method(), path);
    }

    private static void expectStatus(Operation op, String what, Response r, int status) {
        assertEquals(status, r.statusCode(), () -> op + " with " + what + ": " + r.asString());
    }

    private static void expectFieldError(Operation op, String what, Response r, String field) {
        expectStatus(op, what, r, 400);
        List<String> fields = r.jsonPath().getList("errors.field");
        assertTrue(fields != null && fields.contains(field), () -> op + " with " + what + " did not name " + field + ": " + r.asString());
        assertTrue(!r.asString().contains("\\u0000") && !r.asString().contains("\u0000"),
                () -> op + " with " + what + " echoed the NUL: " + r.asString());
    }

    /** Item 6 of the security review: a problem's detail names no object the request did not name itself. */
    private static void namesOnlyGivenIds(Operation op, Response r, Map<String, String> given) {
        if (r.statusCode() < 400) {
            return;
        }
        Matcher m = UUID_TEXT.matcher(r.asString());
        while (m.find()) {
            String id = m.group();
            assertTrue(given.containsValue(id) || isReference(r, id),
                    () -> op + " answered a detail naming " + id + ", which the request did not carry: " + r.asString());
        }
    }

    /** A 500's log reference is an id the service made up, not an object. */
    private static boolean isReference(Response r, String id) {
        return r.asString().contains("reference " + id);
    }

    private static Handler errorCollector(List<LogRecord> errors) {
        return new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static String jwt(String header, String signature) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String claims = "{\"sub\":\"intruder\",\"preferred_username\":\"county-admin\",\"realm_access\":{\"roles\":[\"county-admin\"]},"
                + "\"grid_scope\":\"141081000000\",\"exp\":4102444800}";
        return b64.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "." + b64.encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + signature;
    }

    /** The document's operations under /api (the streams' SSE and the UI pages are probed elsewhere). */
    static List<Operation> operations(Path document) {
        JsonNode doc;
        try {
            doc = YAML.readTree(document.toFile());
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + document, e);
        }
        List<Operation> result = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!List.of("get", "post", "put", "patch", "delete").contains(op.getKey())) {
                    continue;
                }
                JsonNode operation = op.getValue();
                List<String> pathParams = new ArrayList<>();
                List<String> uuidParams = new ArrayList<>();
                List<String> queryParams = new ArrayList<>();
                List<JsonNode> parameters = new ArrayList<>();
                path.getValue().path("parameters").forEach(parameters::add);
                operation.path("parameters").forEach(parameters::add);
                for (JsonNode parameter : parameters) {
                    String name = parameter.path("name").asText();
                    switch (parameter.path("in").asText()) {
                        case "path" -> {
                            pathParams.add(name);
                            if (resolve(doc, parameter.path("schema")).path("format").asText().equals("uuid")
                                    || parameter.path("schema").path("$ref").asText().endsWith("/UUID")) {
                                uuidParams.add(name);
                            }
                        }
                        case "query" -> queryParams.add(name);
                        default -> { }
                    }
                }
                boolean sse = operation.path("responses").toString().contains("text/event-stream");
                if (sse) {
                    queryParams.clear(); // a stream that opens waits for events: its parameters are probed in its own tests
                }
                List<String> textFields = new ArrayList<>();
                JsonNode body = operation.path("requestBody").path("content").path("application/json").path("schema");
                resolve(doc, body).path("properties").fields().forEachRemaining(p -> {
                    if (resolve(doc, p.getValue()).path("type").asText().equals("string")) {
                        textFields.add(p.getKey());
                    }
                });
                boolean secured = operation.has("security") && !operation.path("security").isEmpty();
                // the body as the operation takes it (JSON, or e.g. the registry's CSV), so that a request reaches the
                // sign-in check rather than stopping at content negotiation
                var contentTypes = operation.path("requestBody").path("content").fieldNames();
                String bodyType = contentTypes.hasNext() ? contentTypes.next() : null;
                result.add(new Operation(op.getKey(), path.getKey(), secured, pathParams, uuidParams, queryParams, textFields,
                        bodyType));
            }
        }
        return result;
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        JsonNode s = schema;
        for (int depth = 0; depth < 5 && s.has("$ref") && !s.has("type"); depth++) {
            String ref = s.path("$ref").asText();
            s = doc.at(ref.substring(1));
        }
        return s;
    }
}
