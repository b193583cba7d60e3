package cn.wanggezhili.demo;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A quarter of scoring in the demo county through the scoring service's public API: the county publishes its point
 * schemes (grid workers 22/67, party organisations 7/20, party members 4/11, ten-star households, village cadres),
 * 路西街道 registers its party branch, members and cadres, scorers record 2026-Q3 for 秦村北社区's grid workers and
 * households (two households earn all ten stars), the reviewer approves all but one, the quarter goes on public notice
 * for two minutes, a grid chief objects to one entry and the township amends it, the quarter is settled into
 * PointsCredited events and the year's tiers are assigned; this month's entries stay pending on an open notice.
 * Every command carries a fixed Idempotency-Key, so running it again changes nothing.
 * Usage: {@code ScoringDemo <scoring base URL>} from the repository root, with OIDC_AUTH_SERVER_URL set.
 */
public final class ScoringDemo {

    private static final String STREET = "141081001000";
    private static final String COMMUNITY = "141081001001";
    private static final String QUARTER = "2026-Q3";
    private static final List<String> MONTHS = List.of("2026-07", "2026-08", "2026-09");
    private static final List<String> STARS = List.of("patriotism", "policy", "public-good", "mutual-aid", "enterprise",
            "integrity", "ecology", "health", "filial", "culture");
    private static final List<String> WORK = List.of("patrol-done", "visit-done", "policy-done", "info-done", "survey-done",
            "dispute-reported", "safety-done", "civility-done");

    private static final String COUNTY_ADMIN = "county-admin";
    private static final String TOWNSHIP_ADMIN = "township-admin";
    private static final String SCORER = "scorer";
    private static final String REVIEWER = "reviewer";
    private static final String CHIEF = "grid-chief";
    private static final Pattern OBJECTION_ID = Pattern.compile("\"objections\"\\s*:\\s*\\[\\s*\\{\\s*\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final String scoring;
    /** The demo outlives an access token: each user's is fetched again after a minute. */
    private final DemoApi.Tokens tokens;

    private ScoringDemo(String scoring, String realm) {
        this.scoring = scoring;
        this.tokens = new DemoApi.Tokens(realm, Duration.ofMinutes(1));
    }

    public static void main(String[] args) throws Exception {
        new ScoringDemo(args[0], DemoApi.realm()).run();
    }

    private void run() throws Exception {
        for (String scheme : List.of("grid-worker", "party-organisation", "party-member", "ten-star-household", "village-cadre")) {
            String body = Files.readString(Path.of("services/scoring/src/main/resources/demo-schemes/" + scheme + ".json"));
            post("/api/v1/schemes", COUNTY_ADMIN, body, "scoring-demo-scheme-" + scheme);
        }
        List<String> workers = awaitSubjects("GRID_WORKER", 6);
        List<String> households = awaitSubjects("HOUSEHOLD", 12);
        String branch = register("PARTY_ORGANISATION", "秦村北社区党支部");
        List<String> members = List.of(register("PARTY_MEMBER", "张建国"), register("PARTY_MEMBER", "王秀英"), register("PARTY_MEMBER", "李卫东"));
        List<String> cadres = List.of(register("VILLAGE_CADRE", "赵德明"), register("VILLAGE_CADRE", "孙丽华"));

        List<String> entries = gridWorkerEntries(workers);
        String praised = entry("grid-worker", "patrol-praised", workers.get(0), "2026-09", "通报表扬（路西街道〔2026〕12号）");
        entries.add(praised);
        entries.addAll(householdEntries(households));
        entries.addAll(partyAndCadreEntries(branch, members, cadres));
        review(entries);
        String settlement = publicNotice(praised);
        post("/api/v1/tier-assignments", TOWNSHIP_ADMIN, "{\"unitCode\":\"%s\",\"year\":2026,\"subjectType\":\"GRID_WORKER\"}".formatted(STREET),
                "scoring-demo-tiers-2026");
        String thisMonth = thisMonthPending(workers);
        System.out.println("scoring demo loaded: 5 schemes, " + workers.size() + " grid workers, " + households.size()
                + " households (2 with ten stars), " + entries.size() + " entries of " + QUARTER + " (1 rejected), a notice with an "
                + "amended objection, settlement " + settlement + ", tiers for 2026; " + workers.size() + " entries of " + thisMonth
                + " pending on an open notice");
    }

    /** Each grid worker's month has one to four of the routine work items. */
    private List<String> gridWorkerEntries(List<String> workers) throws Exception {
        List<String> entries = new ArrayList<>();
        for (int w = 0; w < workers.size(); w++) {
            for (int m = 0; m < MONTHS.size(); m++) {
                for (int i = 0; i <= (w + m) % 4; i++) {
                    entries.add(entry("grid-worker", WORK.get((w + i) % WORK.size()), workers.get(w), MONTHS.get(m), null));
                }
            }
        }
        return entries;
    }

    /** The first two households earn all ten stars, the others up to six; each star takes one item a month. */
    private List<String> householdEntries(List<String> households) throws Exception {
        List<String> entries = new ArrayList<>();
        for (int h = 0; h < households.size(); h++) {
            int stars = h < 2 ? STARS.size() : h % 7;
            for (int s = 0; s < stars; s++) {
                for (int item = 1; item <= 3; item++) {
                    entries.add(entry("ten-star-household", STARS.get(s) + "-" + item, households.get(h), MONTHS.get(item - 1), null));
                }
            }
        }
        return entries;
    }

    private List<String> partyAndCadreEntries(String branch, List<String> members, List<String> cadres) throws Exception {
        List<String> entries = new ArrayList<>();
        for (String member : members) {
            entries.add(entry("party-member", "volunteer-1", member, "2026-08", null));
            entries.add(entry("party-member", "study-1", member, "2026-09", null));
        }
        entries.add(entry("party-organisation", "organisation-2", branch, "2026-07", null));
        entries.add(entry("party-organisation", "service-1", branch, "2026-09", null));
        for (String cadre : cadres) {
            entries.add(entry("village-cadre", "duty-1", cadre, "2026-08", null));
        }
        return entries;
    }

    /** The reviewer rejects one entry, so the demo shows a rejection, and approves the rest. */
    private void review(List<String> entries) throws Exception {
        String rejected = entries.get(1);
        post("/api/v1/score-entries/" + rejected + "/rejections", REVIEWER, "{\"reason\":\"巡查记录与轨迹不符\"}", "scoring-demo-reject-" + rejected);
        for (String e : entries) {
            if (!e.equals(rejected)) {
                post("/api/v1/score-entries/" + e + "/approvals", REVIEWER, "{}", "scoring-demo-approve-" + e);
            }
        }
    }

    /** The quarter on notice, the praised entry objected to and amended, then settled; returns the settlement id. */
    private String publicNotice(String praised) throws Exception {
        String notice = DemoApi.id(post("/api/v1/notices", TOWNSHIP_ADMIN, """
                {"unitCode":"%s","period":"%s","objectionWindow":"PT2M"}""".formatted(STREET, QUARTER), "scoring-demo-notice-q3"));
        String objection = objection(notice, praised);
        post("/api/v1/notices/" + notice + "/objections/" + objection + "/resolutions", TOWNSHIP_ADMIN,
                "{\"outcome\":\"AMENDED\",\"points\":3,\"note\":\"经核实为口头表扬，按3分计\"}", "scoring-demo-resolve-" + objection);
        return settle();
    }

    /** This month's entries, pending on a notice open for three days; returns the month. */
    private String thisMonthPending(List<String> workers) throws Exception {
        String thisMonth = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        for (int w = 0; w < workers.size(); w++) {
            entry("grid-worker", WORK.get(w % WORK.size()), workers.get(w), thisMonth, null);
        }
        post("/api/v1/notices", TOWNSHIP_ADMIN, """
                {"unitCode":"%s","period":"%s","objectionWindow":"P3D"}""".formatted(COMMUNITY, thisMonth), "scoring-demo-notice-" + thisMonth);
        return thisMonth;
    }

    private String register(String type, String name) throws Exception {
        return DemoApi.id(post("/api/v1/subjects", TOWNSHIP_ADMIN, """
                {"subjectType":"%s","name":"%s","unitCode":"%s"}""".formatted(type, name, COMMUNITY),
                "scoring-demo-subject-" + UUID.nameUUIDFromBytes((type + name).getBytes(StandardCharsets.UTF_8))));
    }

    private String entry(String scheme, String indicator, String subject, String month, String evidence) throws Exception {
        String body = """
                {"schemeCode":"%s","indicatorCode":"%s","subjectId":"%s","month":"%s","evidence":[%s]}""".formatted(scheme, indicator,
                subject, month, evidence == null ? "" : "\"" + evidence + "\"");
        return DemoApi.id(post("/api/v1/score-entries", SCORER, body, "scoring-demo-entry-" + subject + "-" + indicator + "-" + month));
    }

    private String objection(String notice, String entry) throws Exception {
        String answer = post("/api/v1/notices/" + notice + "/objections", CHIEF,
                "{\"entryId\":\"%s\",\"reason\":\"表扬通报未在公示栏张贴，请核实\"}".formatted(entry), "scoring-demo-objection");
        return DemoApi.first(OBJECTION_ID, answer, "objection");
    }

    /** The quarter settles once its two-minute objection window has closed. */
    private String settle() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        String body = "{\"unitCode\":\"%s\",\"quarter\":\"%s\"}".formatted(STREET, QUARTER);
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> response = DemoApi.post(scoring + "/api/v1/settlements", tokens.of(TOWNSHIP_ADMIN), body).send();
            if (response.statusCode() == 200 || response.statusCode() == 201) {
                return DemoApi.id(response.body());
            }
            if (!response.body().contains("objection-window-open")) {
                throw new DemoFailed("settlement answered " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(5000); // the public notice's objection window, not a test
        }
        throw new DemoFailed("the notice's objection window did not close in 4 minutes");
    }

    /** Grid workers and households come from the registry's events: wait until scoring knows enough of them. */
    private List<String> awaitSubjects(String type, int wanted) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            String path = "/api/v1/subjects?under=" + COMMUNITY + "&subjectType=" + type + "&limit=" + wanted;
            List<String> ids = DemoApi.all(DemoApi.ID, DemoApi.get(scoring + path, tokens.of(TOWNSHIP_ADMIN)).send().body());
            if (ids.size() >= wanted) {
                return ids;
            }
            Thread.sleep(2000); // waiting on another process's consumer, not a test
        }
        throw new DemoFailed("scoring did not learn " + wanted + " " + type + " subjects of 秦村北社区 in 5 minutes");
    }

    private String post(String path, String user, String body, String key) throws Exception {
        return DemoApi.post(scoring + path, tokens.of(user), body).key(key).ok();
    }
}
