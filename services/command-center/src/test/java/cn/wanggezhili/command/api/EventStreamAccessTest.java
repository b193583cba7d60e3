package cn.wanggezhili.command.api;

import static cn.wanggezhili.command.api.SuiteFeed.CHIEF;
import static cn.wanggezhili.command.api.SuiteFeed.DONGCUN_MICRO;
import static cn.wanggezhili.command.api.SuiteFeed.LUXI;
import static cn.wanggezhili.command.api.SuiteFeed.QINCUN;
import static cn.wanggezhili.command.api.SuiteFeed.QINCUN_GRID;
import static cn.wanggezhili.command.api.SuiteFeed.QINCUN_MICRO;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import cn.wanggezhili.gridcode.GridCode;
import cn.wanggezhili.readpolicy.suite.MediationReadPolicy;
import cn.wanggezhili.readpolicy.suite.PointsReadPolicy;
import cn.wanggezhili.readpolicy.suite.RegistryReadPolicy;
import cn.wanggezhili.testing.EventStreamReader;
import cn.wanggezhili.testing.EventStreamReader.SseEvent;
import cn.wanggezhili.testing.SuiteServersResource;
import cn.wanggezhili.testing.Tokens;
import cn.wanggezhili.testing.TopicFeed.Sent;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * The suite's live stream as every user of the realm meets it: a watcher reads on GET /api/v1/events exactly the
 * events each owning service's declaration lets their role read on a unit of their scope (platform read-policy,
 * {@code suite}), with names masked as the owner masks them; a user the figures refuse (a resident) cannot open the
 * stream at all. Who reads what is taken from the declarations' reader lists and the caller as this service sees them
 * (GET /api/v1/me), never from a second list of roles here.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "command_center_test"))
class EventStreamAccessTest {

    /** Every user of the test realm (deploy/keycloak/grid-realm.json): each role, and two scopes of another township. */
    static final List<String> USERS = List.of("county-admin", "township-admin", "other-township-admin", "grid-chief",
            "grid-worker", "other-grid-worker", "scorer", "reviewer", "mediator", "store-clerk", "resident", "integrator");

    /** 凤城镇's 东村, its first grid (other-grid-worker's). */
    static final String DONGCUN_GRID = "141081100201001";

    /** The household whose account opens: staff with a duty towards households read its name, integrators 王***. */
    static final String HOUSEHOLD_NAME = "王建国户";
    static final String HOUSEHOLD_NAME_MASKED = "王***";

    /**
     * When the things below happened: last year, so that the open tasks, cases and staff of this month's figures
     * (SuiteFiguresTest, on the same journal) stay as they are.
     */
    static final Instant AT = Instant.parse("2025-06-16T02:00:00Z");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(30);

    @TestHTTPResource("/api/v1/events")
    URL events;

    @Inject
    DataSource dataSource;

    @Test
    void every_user_reads_on_the_suite_stream_what_the_owning_service_lets_their_role_read_in_their_scope() throws Exception {
        try (SuiteFeed feed = new SuiteFeed()) {
            String start = streamPosition(feed);
            List<Fed> fed = new ArrayList<>();

            // task dispatch: a blocked fire escape reported, worked through and closed in 1号楼; straw burning in 东村
            UUID escape = feed.task(QINCUN_MICRO, "incident", "1号楼消防通道堆放杂物", AT, AT.plus(1, ChronoUnit.DAYS));
            feed.workedThroughAndClosed(escape, QINCUN_MICRO, AT.plus(2, ChronoUnit.HOURS));
            fed.addAll(Fed.each("1号楼的消防通道任务", streamOf(feed, escape), Readers.ANYONE));
            UUID straw = feed.task(DONGCUN_MICRO, "incident", "秸秆焚烧", AT, AT.plus(1, ChronoUnit.DAYS));
            feed.workedThroughAndClosed(straw, DONGCUN_MICRO, AT.plus(2, ChronoUnit.HOURS));
            fed.addAll(Fed.each("东村的秸秆焚烧任务", streamOf(feed, straw), Readers.ANYONE));

            // the registry: a household and its head, personal data masked as the registry publishes it
            Readers householdReaders = Readers.roles(RegistryReadPolicy.HOUSEHOLD_READERS);
            fed.addAll(household(feed, QINCUN_MICRO, "3-201", "王**", "1410**********1230", "138****5678",
                    "1号楼3-201户", householdReaders));
            fed.addAll(household(feed, DONGCUN_MICRO, "东12", "李**", "1410**********2348", "139****4321",
                    "东村东12户", householdReaders));

            // mediation: a neighbours' dispute in the grid with a party joining, one escalated to the township
            // (the command centre does not know cases' origins: from there on, only those covering 路西街道), one in 东村
            Readers caseReaders = Readers.roles(MediationReadPolicy.CASE_READERS);
            UUID leak = UUID.randomUUID();
            fed.add(new Fed("第一网格的漏水纠纷登记", caseRegistered(feed, leak, QINCUN_GRID), caseReaders));
            fed.add(new Fed("第一网格的漏水纠纷加入当事人", feed.event("mediation", "MediationCase", leak, "PartyAdded", QINCUN_GRID, """
                    {"caseId":"%s","code":"%s","party":{"partyId":"%s","kind":"RESIDENT","maskedName":"欧阳**",
                     "maskedIdNumber":"1410**********7777","maskedPhone":"137****9876","householdId":null},"by":%s,"at":"%s"}
                    """.formatted(leak, QINCUN_GRID, UUID.randomUUID(), CHIEF, AT)), caseReaders));
            UUID boundary = UUID.randomUUID();
            fed.add(new Fed("第一网格的宅基地纠纷登记", caseRegistered(feed, boundary, QINCUN_GRID), caseReaders));
            fed.add(new Fed("宅基地纠纷升级到街道", feed.event("mediation", "MediationCase", boundary, "CaseEscalated", LUXI, """
                    {"caseId":"%s","code":"%s","fromCode":"%s","fromLevel":"GRID","toLevel":"TOWNSHIP",
                     "reason":"涉及多户，需街道协调","by":%s,"at":"%s"}
                    """.formatted(boundary, LUXI, QINCUN_GRID, CHIEF, AT)), caseReaders));
            fed.add(new Fed("东村的邻里纠纷登记", caseRegistered(feed, UUID.randomUUID(), DONGCUN_GRID), caseReaders));

            // scoring, public on purpose: a household's entry, and the community's notice read by the grids below it
            fed.add(new Fed("1号楼农户的升旗积分", scoreEntry(feed, QINCUN_MICRO, "1号楼3-201户"), Readers.ANYONE));
            fed.add(new Fed("东村农户的升旗积分", scoreEntry(feed, DONGCUN_MICRO, "东村东12户"), Readers.ANYONE));
            UUID notice = UUID.randomUUID();
            fed.add(new Fed("秦村北社区五月公示", feed.event("scoring", "Notice", notice, "NoticePublished", QINCUN, """
                    {"noticeId":"%s","code":"%s","period":"2025-05","closesAt":"%s",
                     "publishedBy":{"username":"township-admin","name":"赵志强"},"subjects":12,"totalPoints":86,"at":"%s"}
                    """.formatted(notice, QINCUN, AT.plus(3, ChronoUnit.DAYS), AT)), Readers.ANYONE.alsoBelow()));

            // the points store: accounts (the subject's name as the store shows it), a credit, the village store's
            // catalogue (read by the grids below it) and a redemption there (its holders are not known here)
            Readers accountReaders = Readers.roles(PointsReadPolicy.ACCOUNT_READERS);
            UUID account = UUID.randomUUID();
            Sent opened = accountOpened(feed, account, QINCUN_MICRO, HOUSEHOLD_NAME);
            fed.add(new Fed("王建国户的积分账户", opened, accountReaders));
            fed.add(new Fed("王建国户入账", feed.event("points-store", "Account", account, "PointsCredited", QINCUN_MICRO, """
                    {"accountId":"%s","code":"%s","settlementId":"%s","quarter":"2025-Q1","points":12,"expiresAt":"%s",
                     "balance":12,"at":"%s"}
                    """.formatted(account, QINCUN_MICRO, UUID.randomUUID(), AT.plus(730, ChronoUnit.DAYS), AT)), accountReaders));
            Sent dongcunAccount = accountOpened(feed, UUID.randomUUID(), DONGCUN_MICRO, "李秀英户");
            fed.add(new Fed("李秀英户的积分账户", dongcunAccount, accountReaders));
            UUID soap = UUID.randomUUID();
            fed.add(new Fed("爱心超市上架洗衣液", feed.event("points-store", "CatalogueItem", soap, "CatalogueItemListed", QINCUN, """
                    {"itemId":"%s","code":"%s","kind":"GOODS","nameZh":"洗衣液 2kg","description":"","pointsPrice":35,
                     "stock":20,"maxTier":null,"tierDiscounts":{},"by":"store-clerk","at":"%s"}
                    """.formatted(soap, QINCUN, AT)), Readers.ANYONE.alsoBelow()));
            UUID redemption = UUID.randomUUID();
            fed.add(new Fed("王建国户兑换洗衣液", feed.event("points-store", "Redemption", redemption, "RedemptionReserved", QINCUN, """
                    {"redemptionId":"%s","accountId":"%s","code":"%s","accountCode":"%s","itemId":"%s","itemNameZh":"洗衣液 2kg",
                     "items":1,"points":35,"tier":null,"mode":"ANYTIME","by":"store-clerk","expiresAt":"%s","at":"%s"}
                    """.formatted(redemption, account, QINCUN, QINCUN_MICRO, soap, AT.plus(7, ChronoUnit.DAYS), AT)), accountReaders));

            await().atMost(Duration.ofSeconds(60)).until(() -> feed.allIn(dataSource));
            // last, once everything above is in the journal, an entry in each township: each user reads up to theirs
            List<Sent> closing = List.of(scoreEntry(feed, QINCUN_MICRO, "1号楼3-202户"), scoreEntry(feed, DONGCUN_MICRO, "东村东13户"));
            await().atMost(Duration.ofSeconds(60)).until(() -> feed.allIn(dataSource));

            SoftAssertions soft = new SoftAssertions();
            everyUserReadsWhatTheOwnersAllow(soft, start, closing, fed, opened);
            soft.assertAll();
        }
    }

    /**
     * Reads every user's stream from {@code start} up to the first of the {@code closing} entries in their scope, and
     * checks it against what the owners let them read of each thing {@code fed}; the account {@code opened} shows its
     * subject as the points store shows it. A user the figures refuse must be refused the stream.
     */
    private void everyUserReadsWhatTheOwnersAllow(SoftAssertions soft, String start, List<Sent> closing, List<Fed> fed,
                                                  Sent opened) throws Exception {
        List<String> refusedTheStream = new ArrayList<>();
        List<Boolean> accountShown = new ArrayList<>(); // per user who read the opened account: in full or not
        for (String user : USERS) {
            int figures = as(user).get("/api/v1/figures").statusCode();
            if (figures == 403) {
                refusedTheStream.add(user);
                soft.assertThat(EventStreamReader.openingStatus(events.toString(), user))
                        .as("%s: GET /api/v1/figures answers 403, so opening the stream must too", user).isEqualTo(403);
                continue;
            }
            Me me = me(user);
            Optional<Sent> marker = closing.stream().filter(c -> Readers.ANYONE.let(me, c.gridCode())).findFirst();
            if (marker.isEmpty()) {
                soft.fail("%s: none of the closing entries %s is in the scope %s; the test needs one", user, closing, me.scope());
                continue;
            }
            List<SseEvent> seen;
            try {
                seen = EventStreamReader.readUntil(events.toString(), user, start, e -> is(e, marker.get()), READ_TIMEOUT);
            } catch (AssertionError e) {
                soft.fail("%s: the closing entry on %s is in their scope, but reading the stream up to it failed: %s", user,
                        marker.get().gridCode(), e.getMessage());
                continue;
            }
            for (Fed f : fed) {
                f.check(soft, me, seen);
            }
            namesShowAsTheStoreShowsThem(soft, me, seen, opened).ifPresent(accountShown::add);
            for (SseEvent e : seen) {
                String code = envelope(e).path("gridcode").asText();
                soft.assertThat(me.scope().stream().map(GridCode::new).anyMatch(s -> s.contains(new GridCode(code))
                                || new GridCode(code).contains(s)))
                        .as("%s (scope %s) was sent event %s (%s) on %s, neither in nor above their scope", user, me.scope(),
                                e.id(), e.type(), code).isTrue();
            }
        }
        soft.assertThat(refusedTheStream).as("users the figures refuse: the stream's gate is tried").isNotEmpty();
        soft.assertThat(accountShown).as("the account opened for %s, shown in full to some users and masked to others",
                HOUSEHOLD_NAME).contains(true, false);
        for (Fed f : fed) {
            f.checkDiscriminates(soft);
        }
    }

    /**
     * The account's subject in full to the store's name readers, masked to everyone else, and never in clear to them.
     * Whether the user read the account {@code opened} in full, or empty where they did not read it.
     */
    private static Optional<Boolean> namesShowAsTheStoreShowsThem(SoftAssertions soft, Me me, List<SseEvent> seen, Sent opened) {
        boolean readsNames = me.roles().stream().anyMatch(PointsReadPolicy.NAME_READERS::contains);
        Optional<Boolean> shown = Optional.empty();
        for (SseEvent e : seen) {
            if (is(e, opened)) {
                soft.assertThat(envelope(e).path("data").path("subjectName").asText())
                        .as("%s (roles %s): the subject of the account opened for %s", me.username(), me.roles(), HOUSEHOLD_NAME)
                        .isEqualTo(readsNames ? HOUSEHOLD_NAME : HOUSEHOLD_NAME_MASKED);
                shown = Optional.of(readsNames);
            }
            if (!readsNames) {
                soft.assertThat(e.data()).as("%s: stream event %s (%s) names the household in clear", me.username(), e.id(), e.type())
                        .doesNotContain(HOUSEHOLD_NAME);
            }
        }
        return shown;
    }

    /** The caller as this service sees them: roles and grid scope. */
    record Me(String username, List<String> roles, List<String> scope) {
    }

    private static Me me(String user) {
        return as(user).get("/api/v1/me").then().statusCode(200).extract().as(Me.class);
    }

    /**
     * Who an owning service's declaration lets read an event: callers with one of {@code roles} (null: any role) whose
     * scope covers the event's unit, and, {@code below}, also those whose scope lies under it.
     */
    record Readers(List<String> roles, boolean below) {

        static final Readers ANYONE = new Readers(null, false);

        static Readers roles(List<String> roles) {
            return new Readers(List.copyOf(roles), false);
        }

        Readers alsoBelow() {
            return new Readers(roles, true);
        }

        boolean let(Me me, String code) {
            GridCode unit = new GridCode(code);
            boolean inScope = me.scope().stream().map(GridCode::new).anyMatch(s -> s.contains(unit) || below && unit.contains(s));
            return inScope && (roles == null || me.roles().stream().anyMatch(roles::contains));
        }
    }

    /**
     * One event fed to the journal and who may read it: those the owner lets read it must find it on their stream
     * (once), everyone else must not.
     */
    static final class Fed {

        private final String name;
        private final Sent sent;
        private final Readers readers;
        private int shown;
        private int refused;

        Fed(String name, Sent sent, Readers readers) {
            this.name = name + " (" + sent.eventType() + " " + sent.streamId() + " v" + sent.version() + " on " + sent.gridCode() + ")";
            this.sent = sent;
            this.readers = readers;
        }

        static List<Fed> each(String name, List<Sent> sent, Readers readers) {
            return sent.stream().map(s -> new Fed(name, s, readers)).toList();
        }

        void check(SoftAssertions soft, Me me, List<SseEvent> seen) {
            long streamed = seen.stream().filter(e -> is(e, sent)).count();
            if (readers.let(me, sent.gridCode())) {
                shown++;
                soft.assertThat(streamed).as("%s (roles %s, scope %s) may read %s, but the stream delivered it %d times",
                        me.username(), me.roles(), me.scope(), name, streamed).isEqualTo(1);
            } else {
                refused++;
                soft.assertThat(streamed).as("%s (roles %s, scope %s) may not read %s, yet the stream delivered it",
                        me.username(), me.roles(), me.scope(), name).isZero();
            }
        }

        /** The test proves something only where some users may read the event and others may not. */
        void checkDiscriminates(SoftAssertions soft) {
            soft.assertThat(shown).as("users who may read %s", name).isPositive();
            soft.assertThat(refused).as("users who may not read %s", name).isPositive();
        }
    }

    private static List<Fed> household(SuiteFeed feed, String code, String number, String name, String idNumber, String phone,
                                       String label, Readers readers) {
        UUID household = UUID.randomUUID();
        Sent registered = feed.event("grid-registry", "Household", household, "HouseholdRegistered", code, """
                {"householdId":"%s","code":"%s","unitId":"%s","number":"%s"}
                """.formatted(household, code, UUID.nameUUIDFromBytes(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)), number));
        Sent head = feed.event("grid-registry", "Household", household, "ResidentRegistered", code, """
                {"householdId":"%s","code":"%s","residentId":"%s","relation":"HEAD","maskedName":"%s","maskedIdNumber":"%s",
                 "maskedPhone":"%s"}
                """.formatted(household, code, UUID.randomUUID(), name, idNumber, phone));
        return List.of(new Fed(label + "登记", registered, readers), new Fed(label + "户主", head, readers));
    }

    private static Sent caseRegistered(SuiteFeed feed, UUID caseId, String code) {
        return feed.event("mediation", "MediationCase", caseId, "CaseRegistered", code, """
                {"caseId":"%s","code":"%s","disputeType":"NEIGHBOUR","source":"WALK_IN","sourceTaskId":null,"referringBody":null,
                 "title":"楼上漏水致楼下墙面受损","description":"张某家卫生间漏水，楼下赵某家天花板受损",
                 "parties":[{"partyId":"%s","kind":"RESIDENT","maskedName":"张**","maskedIdNumber":"1410**********1230",
                             "maskedPhone":"138****5678","householdId":null},
                            {"partyId":"%s","kind":"RESIDENT","maskedName":"赵**","maskedIdNumber":"1410**********4323",
                             "maskedPhone":"139****0000","householdId":null}],
                 "evidence":[],"level":"GRID","registeredBy":%s,"at":"%s"}
                """.formatted(caseId, code, UUID.randomUUID(), UUID.randomUUID(), CHIEF, AT));
    }

    private static Sent scoreEntry(SuiteFeed feed, String code, String subjectName) {
        UUID entry = UUID.randomUUID();
        return feed.event("scoring", "ScoreEntry", entry, "ScoreEntryRecorded", code, """
                {"entryId":"%s","code":"%s","schemeCode":"ten-star-household","schemeVersion":1,"categoryCode":"patriotism",
                 "indicatorCode":"patriotism-1","star":"patriotism","subjectType":"HOUSEHOLD","subjectId":"%s",
                 "subjectName":"%s","subjectUsername":null,"month":"2025-06","points":2,"source":{"kind":"PERSON"},
                 "evidence":[],"note":null,"recordedBy":{"username":"scorer","name":"孙评"},"at":"%s"}
                """.formatted(entry, code, UUID.randomUUID(), subjectName, AT));
    }

    private static Sent accountOpened(SuiteFeed feed, UUID account, String code, String subjectName) {
        return feed.event("points-store", "Account", account, "AccountOpened", code, """
                {"accountId":"%s","code":"%s","subjectType":"HOUSEHOLD","subjectId":"%s","subjectName":"%s","at":"%s"}
                """.formatted(account, code, UUID.randomUUID(), subjectName, AT));
    }

    private static List<Sent> streamOf(SuiteFeed feed, UUID stream) {
        return feed.sent.stream().filter(s -> s.streamId().equals(stream)).toList();
    }

    /**
     * Where the stream is now: an entry recorded at once, as the county's dashboard reads it (recorded entries only, a
     * short read from the start of the journal). Every user's stream is read from after it.
     */
    private String streamPosition(SuiteFeed feed) throws Exception {
        Sent opening = scoreEntry(feed, QINCUN_MICRO, "1号楼3-201户");
        List<SseEvent> seen = EventStreamReader.readUntil(events + "?types=scoring.ScoreEntryRecorded.v1", "county-admin", null,
                e -> is(e, opening), READ_TIMEOUT);
        return seen.get(seen.size() - 1).id();
    }

    /** Whether the stream event is {@code sent}: the same stream, at the same version. */
    private static boolean is(SseEvent e, Sent sent) {
        JsonNode envelope = envelope(e);
        return sent.streamId().toString().equals(envelope.path("subject").asText()) && envelope.path("sequence").asInt() == sent.version();
    }

    private static JsonNode envelope(SseEvent e) {
        try {
            return JSON.readTree(e.data());
        } catch (Exception ex) {
            throw new AssertionError("stream event " + e.id() + " is not JSON: " + e.data(), ex);
        }
    }

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).accept("application/json");
    }
}
