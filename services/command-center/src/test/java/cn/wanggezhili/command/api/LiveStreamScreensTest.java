package cn.wanggezhili.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static cn.wanggezhili.command.api.SuiteFeed.COUNTY;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Many screens on the live stream at once, through HTTP: each with its own subtree and event types, some from the
 * start and some resuming from an event long past, while the registry announces and renames units. Every screen gets
 * exactly the journal's events of its filter, in commit order, once (the streams share one tail reader).
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "command_center_test"))
class LiveStreamScreensTest {

    /** A street of its own (路东街道), which no other test touches. */
    static final String LUDONG = "141081002000";
    static final List<String> VILLAGES = List.of("141081002001", "141081002002", "141081002003");
    static final List<String> TYPES = List.of("", "grid-registry.GridUnitCreated.v1", "grid-registry.GridUnitRenamed.v1");

    @TestHTTPResource("/api/v1/events")
    URL events;

    @Inject
    DataSource dataSource;

    @Test
    void twelve_screens_each_get_exactly_their_events_in_commit_order_while_units_are_announced() throws Exception {
        ExecutorService readers = Executors.newCachedThreadPool();
        List<Screen> screens = new ArrayList<>();
        try (SuiteFeed feed = new SuiteFeed()) {
            List<String> unders = new ArrayList<>(VILLAGES);
            unders.add(0, LUDONG);
            for (String under : unders) {
                for (String types : TYPES.subList(0, 2)) {
                    screens.add(new Screen(under, types, null).open(readers));
                }
            }
            feed.unit(LUDONG, COUNTY, 2, "路东街道");
            for (String village : VILLAGES) {
                feed.unit(village, LUDONG, 3, "村" + village.substring(9));
                for (int g = 1; g <= 5; g++) {
                    feed.unit(village + "%03d".formatted(g), village, 4, "第" + g + "网格");
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> feed.allIn(dataSource));

            String longAgo = journal(LUDONG, "", null).get(2);
            for (String under : unders) { // resuming, behind the shared tail
                screens.add(new Screen(under, under.equals(LUDONG) || under.equals(VILLAGES.get(0)) ? "" : TYPES.get(2), longAgo)
                        .open(readers));
            }
            for (String village : VILLAGES) {
                for (int g = 6; g <= 10; g++) {
                    feed.unit(village + "%03d".formatted(g), village, 4, "第" + g + "网格");
                }
                feed.renamed(village + "001", "第1网格", "第一网格");
                feed.renamed(village + "002", "第2网格", "第二网格");
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> feed.allIn(dataSource));

            for (Screen screen : screens) {
                List<String> want = journal(screen.under, screen.types, screen.lastEventId);
                assertThat(want).as("something to see").isNotEmpty();
                await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(screen.ids).hasSameSizeAs(want));
                assertThat(screen.ids).as("screen under %s, types %s, after %s", screen.under, screen.types, screen.lastEventId)
                        .containsExactlyElementsOf(want);
            }
        } finally {
            screens.forEach(Screen::close);
            readers.shutdownNow();
        }
    }

    /** The ids the journal holds under {@code under} (of {@code types} when not empty, after an id), in commit order. */
    private List<String> journal(String under, String types, String after) throws SQLException {
        String[] cursor = (after == null ? "0-0" : after).split("-");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                select transaction_id::text || '-' || position from events
                 where grid_code like ? and (? = '' or event_type = any(string_to_array(?, ',')))
                   and (transaction_id, position) > (?::text::xid8, ?)
                 order by transaction_id, position
                """)) {
            ps.setString(1, under.replaceAll("(000)+$", "") + "%");
            ps.setString(2, types);
            ps.setString(3, types);
            ps.setString(4, cursor[0]);
            ps.setLong(5, Long.parseLong(cursor[1]));
            List<String> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
            return ids;
        }
    }

    /** One dashboard's connection: collects the ids of the events it is sent until closed. */
    final class Screen implements AutoCloseable {

        final String under;
        final String types;
        final String lastEventId;
        final List<String> ids = Collections.synchronizedList(new ArrayList<>());
        private volatile Stream<String> lines;

        Screen(String under, String types, String lastEventId) {
            this.under = under;
            this.types = types;
            this.lastEventId = lastEventId;
        }

        Screen open(ExecutorService readers) throws IOException, InterruptedException {
            String url = events + "?under=" + under + (types.isEmpty() ? "" : "&types=" + URLEncoder.encode(types, StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Authorization", "Bearer " + Tokens.of("county-admin")).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<Stream<String>> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).isEqualTo(200);
            lines = response.body();
            readers.submit(() -> lines.forEach(line -> {
                if (line.startsWith("id:")) {
                    ids.add(line.substring(3).trim());
                }
            }));
            return this;
        }

        @Override
        public void close() {
            if (lines != null) {
                lines.close();
            }
        }
    }
}
