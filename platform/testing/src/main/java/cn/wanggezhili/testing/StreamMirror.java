package cn.wanggezhili.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.RestAssured;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import cn.wanggezhili.devstack.Devstack;
import cn.wanggezhili.testing.EventStreamReader.SseEvent;
import org.assertj.core.api.SoftAssertions;

/**
 * A service's live stream read as every user of the test realm, against what its REST shows them: where REST shows a
 * thing the test made, the stream delivered its events; where REST does not, none of them; and a user REST refuses
 * every read of the service is refused the stream too. ADR 0009's one read policy, checked from the outside.
 */
public final class StreamMirror {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    private StreamMirror() {
    }

    /** Every user of the test realm (deploy/keycloak/grid-realm.json): each role, and scopes of another township. */
    public static List<String> realmUsers() {
        try {
            List<String> users = new ArrayList<>();
            JSON.readTree(Devstack.realmFile().toFile()).path("users").forEach(u -> users.add(u.path("username").asText()));
            return users;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the realm file", e);
        }
    }

    /**
     * Reads every realm user's stream at {@code events} from {@code start} up to the first of {@code markers} that
     * {@code GET markerPath} shows them, and checks it against REST for each thing {@code made}; a user that
     * {@code GET listing} answers 403 must get 403 opening the stream. Returns every event any user read.
     */
    public static List<SseEvent> everyUserReadsWhatRestShows(SoftAssertions soft, String events, String start, String listing,
                                                             String markerPath, List<String> markers, List<Made> made) throws Exception {
        List<SseEvent> everything = new ArrayList<>();
        for (String user : realmUsers()) {
            if (as(user).get(listing).statusCode() == 403) {
                soft.assertThat(EventStreamReader.openingStatus(events, user))
                        .as("%s: GET %s answers 403, so opening the stream must too", user, listing).isEqualTo(403);
                continue;
            }
            Optional<String> marker = markers.stream().filter(m -> as(user).get(markerPath, m).statusCode() == 200).findFirst();
            if (marker.isEmpty()) {
                soft.fail("%s: REST shows none of the closing objects %s; the test needs one in the user's scope", user, markers);
                continue;
            }
            List<SseEvent> seen;
            try {
                seen = EventStreamReader.readUntil(events, user, start, e -> marker.get().equals(subject(e)), READ_TIMEOUT);
            } catch (AssertionError e) {
                soft.fail("%s: REST shows the closing object %s, but reading the stream up to it failed: %s", user, marker.get(),
                        e.getMessage());
                continue;
            }
            everything.addAll(seen);
            for (Made m : made) {
                m.check(soft, user, seen);
            }
        }
        for (Made m : made) {
            m.checkDiscriminates(soft);
        }
        return everything;
    }

    /**
     * Where the stream is now: the event of {@code opening} (made just before) as the county's dashboard reads it, events
     * of {@code type} only, a short read from the start of the table. Every user's stream is read from after it.
     */
    public static String position(String events, String type, String opening) throws Exception {
        List<SseEvent> seen = EventStreamReader.readUntil(events + "?types=" + type, "county-admin", null,
                e -> opening.equals(subject(e)), READ_TIMEOUT);
        return seen.get(seen.size() - 1).id();
    }

    /** The stream's envelope: the aggregate (subject), its version (sequence) and type around the payload (data). */
    public static JsonNode envelope(SseEvent e) {
        try {
            return JSON.readTree(e.data());
        } catch (IOException ex) {
            throw new AssertionError("stream event " + e.id() + " is not JSON: " + e.data(), ex);
        }
    }

    public static String subject(SseEvent e) {
        return envelope(e).path("subject").asText();
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return RestAssured.given().auth().oauth2(Tokens.of(user)).accept("application/json");
    }

    /**
     * A thing the test made, and how REST answers a user about it: shown or not. Where REST shows it, the stream must
     * have delivered its events, exactly those of its REST history where it has one; where REST does not, none of them.
     */
    public static final class Made {

        private final String name;
        private final String id;
        /** Why REST does not show it to a user ("answers 403 to …"), or null where it does. */
        private final Function<String, String> refusal;
        /** Its events as REST lists them to a user ("version type"), or null where REST has no history. */
        private final Function<String, List<String>> restHistory;
        private int shown;
        private int refused;

        public Made(String name, String id, Function<String, String> refusal, Function<String, List<String>> restHistory) {
            this.name = name + " " + id;
            this.id = id;
            this.refusal = refusal;
            this.restHistory = restHistory;
        }

        /** Shown to the users {@code GET path} (with the id) answers 200. */
        public static Made byId(String name, String path, String id) {
            return new Made(name, id, user -> {
                int status = as(user).get(path, id).statusCode();
                return status == 200 ? null : "answers " + status + " to GET " + path + " for";
            }, null);
        }

        void check(SoftAssertions soft, String user, List<SseEvent> seen) {
            List<String> streamed = seen.stream().filter(e -> id.equals(subject(e)))
                    .map(e -> envelope(e).path("sequence").asInt() + " " + envelope(e).path("type").asText()).toList();
            String refusedBecause = refusal.apply(user);
            if (refusedBecause != null) {
                refused++;
                soft.assertThat(streamed).as("%s: REST %s %s, yet the stream delivered its events", user, refusedBecause, name)
                        .isEmpty();
            } else if (restHistory == null) {
                shown++;
                soft.assertThat(streamed).as("%s: REST shows %s, but the stream delivered none of its events", user, name).isNotEmpty();
            } else {
                shown++;
                soft.assertThat(streamed).as("%s: REST shows %s with this history, the stream must deliver exactly it", user, name)
                        .containsExactlyElementsOf(restHistory.apply(user));
            }
        }

        /** The test proves something only where REST shows the thing to some users and not to others. */
        void checkDiscriminates(SoftAssertions soft) {
            soft.assertThat(shown).as("users REST shows %s", name).isPositive();
            soft.assertThat(refused).as("users REST does not show %s", name).isPositive();
        }
    }
}
