package cn.wanggezhili.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/** Reads a service's Server-Sent Events as a dashboard does, until an awaited event arrives. */
public final class EventStreamReader {

    public record SseEvent(String id, String type, String data) {
    }

    private EventStreamReader() {
    }

    /**
     * Opens {@code url} as {@code user} (resuming after {@code lastEventId} when not null) and returns every event up to
     * and including the first that {@code last} matches; fails after {@code timeout}.
     */
    public static List<SseEvent> readUntil(String url, String user, String lastEventId, Predicate<SseEvent> last,
                                           Duration timeout) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Tokens.of(user)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new AssertionError("event stream answered " + response.statusCode());
        }
        List<SseEvent> seen = Collections.synchronizedList(new ArrayList<>());
        InputStream body = response.body();
        // a quiet stream blocks in readLine: read on another thread, and hang up at the deadline
        CompletableFuture<Boolean> found = CompletableFuture.supplyAsync(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                String id = null;
                String type = null;
                StringBuilder data = new StringBuilder();
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("id:")) {
                        id = line.substring(3).trim();
                    } else if (line.startsWith("event:")) {
                        type = line.substring(6).trim();
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).trim());
                    } else if (line.isEmpty() && id != null) {
                        SseEvent event = new SseEvent(id, type, data.toString());
                        seen.add(event);
                        if (last.test(event)) {
                            return true;
                        }
                        id = null;
                        type = null;
                        data.setLength(0);
                    }
                }
                return false;
            } catch (IOException e) {
                return false;
            }
        }, EventStreamReader::readerThread);
        try {
            if (found.get(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return List.copyOf(seen);
            }
        } catch (TimeoutException e) {
            body.close();
        }
        throw new AssertionError("the awaited event did not arrive; saw " + seen.size() + " events");
    }

    /** The status {@code user} gets when opening {@code url} (200 for a stream they may read; 403 where REST refuses them). */
    public static int openingStatus(String url, String user) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + Tokens.of(user)).header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        response.body().close();
        return response.statusCode();
    }

    /** A thread of its own per stream: the common pool may have a single thread, and a read blocks until hang-up. */
    private static void readerThread(Runnable read) {
        Thread thread = new Thread(read, "sse-reader");
        thread.setDaemon(true);
        thread.start();
    }
}
