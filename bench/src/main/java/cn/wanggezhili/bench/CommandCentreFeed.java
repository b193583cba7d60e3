package cn.wanggezhili.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command centre's live stream as a dashboard reads it (one SSE connection, on its own thread), noting when
 * each event arrives by (stream id, event type): the arrival future may be asked for before or after the event comes.
 */
final class CommandCentreFeed implements AutoCloseable {

    private static final Pattern SUBJECT = Pattern.compile("\"subject\":\"([^\"]+)\"");

    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    private final Thread thread;
    private final InputStream body;
    private volatile long received;

    CommandCentreFeed(URI events, String token) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(events).header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("the command centre's stream answered " + response.statusCode());
        }
        this.body = response.body();
        this.thread = new Thread(this::read, "command-centre-feed");
        thread.setDaemon(true);
        thread.start();
    }

    /** When (System.nanoTime) the event of this type on this stream arrives or arrived. */
    CompletableFuture<Long> arrival(String streamId, String type) {
        return arrivals.computeIfAbsent(streamId + " " + type, k -> new CompletableFuture<>());
    }

    long received() {
        return received;
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String type = null;
            String data = null;
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("event:")) {
                    type = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data = line.substring(5).trim();
                } else if (line.isEmpty() && type != null && data != null) {
                    long now = System.nanoTime();
                    Matcher subject = SUBJECT.matcher(data);
                    if (subject.find()) {
                        arrival(subject.group(1), type).complete(now);
                    }
                    received++;
                    type = null;
                    data = null;
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }
}
