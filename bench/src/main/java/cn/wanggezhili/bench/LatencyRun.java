package cn.wanggezhili.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends one query's requests from a fixed number of clients, each sending its next request as soon as the last
 * answer is read (a closed loop). Requests are numbered across clients: the first {@code warmUp} are not measured,
 * the next {@code measured} are. Any answer but 200 stops the run: a fast error must not pass for a fast query.
 */
final class LatencyRun {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final CpuMeter cpuMeter;
    private final long seed;

    LatencyRun(URI base, CpuMeter cpuMeter, long seed) {
        // HTTP/1.1 keep-alive, one connection per client, as a browser or another service would use
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        this.base = base;
        this.cpuMeter = cpuMeter;
        this.seed = seed;
    }

    /** One GET, for checks before the runs; fails unless 200. */
    String get(String path, String token) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request(path, token), HttpResponse.BodyHandlers.ofByteArray());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " for " + path + ": " + body);
        }
        return body;
    }

    LatencyResult run(BenchQuery query, int clients, int warmUp, int measured) throws InterruptedException, SQLException {
        Tickets tickets = new Tickets(warmUp, measured);
        CpuMeter.Sample cpuStart = cpuMeter.sample();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            SplittableRandom random = new SplittableRandom(seed * 1_000_003 + query.name().hashCode() * 31L + i);
            Thread thread = new Thread(() -> loop(query, random, tickets), "client-" + i);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        long end = System.nanoTime();
        CpuMeter.Usage cpu = cpuMeter.since(cpuStart);
        if (tickets.failure.get() != null) {
            throw new IllegalStateException(query.name() + " failed", tickets.failure.get());
        }
        Arrays.sort(tickets.latencies);
        return new LatencyResult(query.name(), clients, tickets.latencies, (end - tickets.measuredStart.get()) / 1e9,
                tickets.bytes.sum(), warmUp + measured, cpu);
    }

    private void loop(BenchQuery query, SplittableRandom random, Tickets tickets) {
        int ticket;
        while (tickets.failure.get() == null && (ticket = tickets.next.getAndIncrement()) < tickets.total()) {
            HttpRequest request = request(query.path().apply(random), query.token());
            if (ticket == tickets.warmUp) {
                tickets.measuredStart.set(System.nanoTime());
            }
            try {
                long start = System.nanoTime();
                HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                long took = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + " for " + request.uri() + ": "
                            + new String(response.body(), StandardCharsets.UTF_8));
                }
                if (ticket >= tickets.warmUp) {
                    tickets.latencies[ticket - tickets.warmUp] = took;
                    tickets.bytes.add(response.body().length);
                }
            } catch (IOException | RuntimeException e) {
                tickets.failure.compareAndSet(null, e);
            } catch (InterruptedException e) {
                tickets.failure.compareAndSet(null, e);
                Thread.currentThread().interrupt();
            }
        }
    }

    private HttpRequest request(String path, String token) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
    }

    /** What the clients of one run share: the next request number, the measured latencies, the first failure. */
    private static final class Tickets {
        final int warmUp;
        final AtomicInteger next = new AtomicInteger();
        final long[] latencies;
        final AtomicLong measuredStart = new AtomicLong();
        final LongAdder bytes = new LongAdder();
        final AtomicReference<Throwable> failure = new AtomicReference<>();

        Tickets(int warmUp, int measured) {
            this.warmUp = warmUp;
            this.latencies = new long[measured];
        }

        int total() {
            return warmUp + latencies.length;
        }
    }
}
