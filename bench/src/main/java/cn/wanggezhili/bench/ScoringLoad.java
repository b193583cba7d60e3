package cn.wanggezhili.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What ScoringBench sends: other services' events on their real topics (CloudEvents binary headers, as the platform's
 * relay writes them) and scoring API calls from a few client threads.
 */
final class ScoringLoad implements AutoCloseable {

    static final String TOWNSHIP = "141081001000";
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final KafkaProducer<String, byte[]> producer;
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;

    ScoringLoad(String bootstrap, URI base) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer());
        this.base = base;
    }

    /** The i-th grid worker's staff id and grid: a township of 12 villages, 249 grids, 324 workers (docs/domain.md). */
    static UUID worker(int i) {
        return UUID.nameUUIDFromBytes(("bench-worker-" + i).getBytes(StandardCharsets.UTF_8));
    }

    static String grid(int i) {
        int g = i % 249;
        return "141081001%03d%03d".formatted(g % 12 + 1, g / 12 + 1);
    }

    void assignWorkers(int workers) throws Exception {
        List<Future<?>> acks = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            UUID unit = UUID.nameUUIDFromBytes(grid(i).getBytes(StandardCharsets.UTF_8));
            String payload = """
                    {"unitId":"%s","code":"%s","assignmentId":"%s","staffId":"%s","staffName":"网格员%03d","username":null,"role":"GRID_WORKER","since":"2026-01-01T00:00:00Z"}
                    """.formatted(unit, grid(i), UUID.randomUUID(), worker(i), i);
            acks.add(send("grid-registry", "StaffAssigned", "GridUnit", UUID.randomUUID(), i + 1, UUID.randomUUID(), grid(i), payload));
        }
        for (Future<?> ack : acks) {
            ack.get();
        }
    }

    /** The i-th task of the stream: closed on time by worker {@code i % workers}. */
    static String taskClosed(UUID task, int worker) {
        return """
                {"taskId":"%s","code":"%s","typeCode":"patrol","completedBy":{"staffId":"%s","username":null,"name":"网格员%03d"},"completedOnTime":true,"verifiedBy":null,"closedAtLevelCode":"%s","closedAtOrigin":true,"at":"%s"}
                """.formatted(task, grid(worker), worker(worker), worker, grid(worker), Instant.now());
    }

    Future<?> send(String service, String type, String streamType, UUID stream, int version, UUID eventId, String code, String payload) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(service + ".events", stream.toString(),
                payload.strip().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_specversion", b("1.0")).add("ce_id", b(eventId.toString()))
                .add("ce_type", b(service + "." + type + ".v1")).add("ce_source", b("/" + service))
                .add("ce_subject", b(stream.toString())).add("ce_time", b(Instant.now().toString()))
                .add("ce_sequence", b(Integer.toString(version))).add("ce_streamtype", b(streamType)).add("ce_gridcode", b(code));
        return producer.send(record);
    }

    void flush() {
        producer.flush();
    }

    HttpResponse<String> post(String path, String token, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    String postOk(String path, String token, String body) throws Exception {
        HttpResponse<String> response = post(path, token, body);
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    /** Runs {@code count} calls on {@code clients} threads; the i-th call's answer goes to {@code answers[i]}. */
    static double parallel(int clients, int count, IntFunction<String> call, String[] answers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Future<?>> runs = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            runs.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    String answer = call.apply(i);
                    if (answers != null) {
                        answers[i] = answer;
                    }
                }
                return null;
            }));
        }
        for (Future<?> run : runs) {
            run.get();
        }
        pool.shutdown();
        return count / ((System.nanoTime() - start) / 1e9);
    }

    static String id(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private static byte[] b(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
