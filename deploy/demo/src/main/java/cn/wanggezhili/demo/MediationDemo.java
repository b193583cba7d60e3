package cn.wanggezhili.demo;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A year of dispute mediation in 秦村北社区 through the mediation service's public API, as the community's
 * 爱家调解工作室 (retired judge, police officer, prosecutor and justice official, docs/domain.md part 4) would enter its
 * ledger: 84 cases over the last twelve months on the community's seven grids, most settled on the grid (80%+
 * success among concluded cases), some escalated to the street office or referred to the court's mediation
 * centre, a few declined or withdrawn, the latest still open. Steps carry the dates they happened on.
 * Runs once: if the community already has cases, it only prints the figures.
 * Usage: {@code MediationDemo <mediation base URL>}, with OIDC_AUTH_SERVER_URL set.
 */
public final class MediationDemo {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final String COMMUNITY = "141081001001";
    private static final int CASES = 84;
    private static final String[] STUDIO = {"王建国:退休法官:mediator", "李卫东:退休民警:", "赵淑芬:退休检察官:", "孙志强:退休司法所干部:"};
    private static final String[] TYPES = {"NEIGHBOUR", "NEIGHBOUR", "FAMILY", "NEIGHBOUR", "PROPERTY_MANAGEMENT", "LAND_DEMOLITION",
        "FAMILY", "LABOUR", "NEIGHBOUR", "OTHER"};
    private static final Map<String, String[]> STORIES = Map.of(
            "NEIGHBOUR", new String[] {"楼上漏水致楼下墙面受损:卫生间防水层老化，楼下住户天花板发霉，双方多次争吵",
                "宅基地边界争议:两户翻修院墙时对边界位置各执一词，施工被迫停止",
                "楼道堆放杂物引发矛盾:一户长期在楼道堆放杂物，邻居认为存在消防隐患，双方发生口角",
                "装修噪音扰民:住户午休时间装修，楼下老人身体不适，协商未果"},
            "FAMILY", new String[] {"赡养老人费用分担纠纷:三名子女对父亲医疗费、生活费分担意见不一",
                "婚姻家庭矛盾:夫妻因家庭开支长期争吵，女方提出离婚，双方父母介入",
                "继承房屋纠纷:父母去世后兄妹对老宅归属产生分歧"},
            "PROPERTY_MANAGEMENT", new String[] {"物业费收缴纠纷:部分业主以电梯经常故障为由拒交物业费",
                "停车位占用纠纷:小区业主车位被长期占用，物业处置不力"},
            "LAND_DEMOLITION", new String[] {"征地补偿款分配纠纷:村民小组内对土地补偿款分配方案有异议",
                "拆迁安置面积争议:被拆迁户对安置房面积认定不服"},
            "LABOUR", new String[] {"拖欠务工人员工资:装修队拖欠六名工人工资共计三万余元",
                "工伤赔偿争议:工人在施工中受伤，与包工头就赔偿金额协商不成"},
            "OTHER", new String[] {"借款纠纷:亲戚之间两万元借款到期未还，双方关系紧张",
                "宠物伤人纠纷:邻居家犬只咬伤儿童，就医疗费赔偿发生争执"});
    private static final String[] SURNAMES = {"张", "王", "李", "赵", "刘", "陈", "杨", "郭", "孙", "吕", "田", "卫"};
    private static final String[] GIVEN = {"建华", "秀英", "国强", "桂兰", "志刚", "丽娟", "卫东", "海燕", "春生", "玉梅", "宏伟", "小军"};
    /** Mediators answer with a staffId, cases with an id. */
    private static final Pattern ID = Pattern.compile("\"(?:id|staffId)\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern PARTY_ID = Pattern.compile("\"partyId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern CHIEF_STAFF_ID =
            Pattern.compile("\"staffId\"\\s*:\\s*\"([0-9a-f-]{36})\"\\s*,\\s*\"username\"\\s*:\\s*\"grid-chief\"");

    private final String base;
    private final String chief;
    private final String mediator;
    private final String township;
    private final Random random = new Random(2019);
    private final List<String> studio = new ArrayList<>();
    private String chiefStaffId;
    /** The current case: its sessions so far, and who works it (the street office once it is escalated there). */
    private int sessions;
    private String hand;
    private String boss;

    private MediationDemo(String base, String chief, String mediator, String township) {
        this.base = base;
        this.chief = chief;
        this.mediator = mediator;
        this.township = township;
    }

    public static void main(String[] args) throws Exception {
        String realm = DemoApi.realm();
        MediationDemo demo = new MediationDemo(args[0], DemoApi.token(realm, "grid-chief"), DemoApi.token(realm, "mediator"),
                DemoApi.token(realm, "township-admin"));
        demo.awaitGrid();
        if (demo.alreadyLoaded()) {
            System.out.println("mediation demo already loaded: " + demo.figures());
            return;
        }
        demo.enrolStudio();
        LocalDate today = LocalDate.now(BEIJING);
        for (int i = 0; i < CASES; i++) {
            demo.loadCase(i, today.minusDays(360 - i * 4L).atTime(9 + i % 7, 30).atZone(BEIJING).toInstant());
        }
        System.out.println("mediation demo loaded: 爱家调解工作室, " + CASES + " cases in 秦村北社区 over the last twelve months: " + demo.figures());
    }

    /** Mediation learns the grid from the registry's events: wait until it knows the community and its chief. */
    private void awaitGrid() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            HttpResponse<String> staff = get("/api/v1/mediators?under=" + COMMUNITY + "&limit=1000", chief);
            List<String> found = DemoApi.all(CHIEF_STAFF_ID, staff.body());
            if (staff.statusCode() == 200 && !found.isEmpty()) {
                chiefStaffId = found.get(0);
                return;
            }
            Thread.sleep(2000); // waiting on another process's consumer
        }
        throw new DemoFailed("mediation did not learn the demo grid from the registry's events in 5 minutes");
    }

    private boolean alreadyLoaded() throws Exception {
        return !get("/api/v1/cases?under=" + COMMUNITY + "&limit=1", chief).body().contains("\"items\":[]");
    }

    private String figures() throws Exception {
        return get("/api/v1/case-figures?under=" + COMMUNITY, chief).body();
    }

    private void enrolStudio() throws Exception {
        for (int i = 0; i < STUDIO.length; i++) {
            String[] f = STUDIO[i].split(":", -1);
            String username = f[2].isEmpty() ? "null" : q(f[2]);
            studio.add(DemoApi.first(ID, post("/api/v1/mediators", chief, "{\"unitCode\":" + q(COMMUNITY) + ",\"name\":" + q(f[0])
                    + ",\"username\":" + username + ",\"background\":" + q(f[1]) + ",\"studio\":\"爱家调解工作室\"}",
                    "mediation-demo-studio-" + i), "staffId"));
        }
    }

    /** One case's life; {@code i} decides its kind, grid, parties and how it ends. */
    private void loadCase(int i, Instant t0) throws Exception {
        String c = "/api/v1/cases/" + open(i, t0) + "/";
        sessions = 0;
        hand = mediator;
        boss = chief;
        if (i % 20 == 7) {
            post(c + "declines", chief, at(t0, 20, "\"reason\":\"双方已诉至法院，不予受理\""), null);
            return;
        }
        post(c + "acceptances", chief, at(t0, 2, ""), null);
        post(c + "mediators", chief, at(t0, 3, "\"staffId\":" + q(studio.get(i % studio.size()))), null);
        if (i % 4 == 0) {
            post(c + "mediators", chief, at(t0, 3, "\"staffId\":" + q(chiefStaffId)), null);
        }
        if (i % 20 == 13) {
            post(c + "withdrawals", mediator, at(t0, 30, "\"reason\":\"双方经亲友劝说自行和解，申请撤回\""), null);
            return;
        }
        if (i == CASES - 1) {
            return; // accepted yesterday-ish: nothing more yet
        }
        post(c + "investigations", mediator, at(t0, 24, "\"notes\":\"走访双方及周边群众，调取物业记录\""), null);
        if (i == CASES - 2) {
            return;
        }
        mediate(c, t0, i);
    }

    /** The case as the grid chief enters it: kind, story, grid and two parties; returns its id. */
    private String open(int i, Instant t0) throws Exception {
        String type = TYPES[i % TYPES.length];
        String[] story = STORIES.get(type)[i % STORIES.get(type).length].split(":");
        String grid = COMMUNITY + "%03d".formatted(1 + i % 7);
        String source = i % 6 == 5 ? ",\"source\":\"REFERRAL\",\"referringBody\":\"路西街道派出所\"" : "";
        return DemoApi.first(ID, post("/api/v1/cases", chief, "{\"unitCode\":" + q(grid) + ",\"disputeType\":" + q(type) + ",\"title\":"
                + q(story[0]) + ",\"description\":" + q(story[1]) + source + ",\"parties\":[" + party() + "," + party()
                + "],\"occurredAt\":" + q(t0) + "}", null), "id");
    }

    /** Sessions, then an agreement that is performed and visited, or a failure (some go on to the next channel). */
    private void mediate(String c, Instant t0, int i) throws Exception {
        int hours = session(c, t0, 26, 72);
        if (i % 3 == 0) {
            hours = session(c, t0, hours + 2, hours + 96);
        }
        boolean fails = i % 10 == 9 || i % 20 == 16 || i % 20 == 3;
        if (fails) {
            post(c + "failures", mediator, at(t0, hours + 2, "\"reason\":\"双方对赔偿数额分歧较大，经多次调解未能达成一致\""), null);
            if (i % 20 != 3) {
                post(c + "closures", chief, at(t0, hours + 48, ""), null);
                return;
            }
            hours = linkage(c, t0, i, hours + 4);
        }
        if (i == CASES - 4) {
            return; // in mediation, no agreement yet
        }
        agree(c, t0, hours + 3, i % 40 == 23);
        post(c + "performance-checks", hand, at(t0, hours + 24 * 15, "\"performed\":true,\"notes\":\"协议已按期履行\""), null);
        if (i == CASES - 3) {
            return; // follow-up visit still due
        }
        post(c + "follow-up-visits", hand, at(t0, hours + 24 * 30, "\"satisfied\":true,\"notes\":\"回访双方，关系和睦，未再发生矛盾\""), null);
        post(c + "closures", boss, at(t0, hours + 24 * 30 + 1, ""), null);
    }

    /** Up to the street office, or across to the court's mediation centre; then a session there. */
    private int linkage(String c, Instant t0, int i, int hours) throws Exception {
        if (i % 40 == 3) {
            post(c + "escalations", chief, at(t0, hours, "\"toLevel\":\"TOWNSHIP\",\"reason\":\"涉及多户利益，需街道综治中心协调\""), null);
            hand = township;
            boss = township;
        } else {
            post(c + "referrals", chief, at(t0, hours, "\"toLevel\":\"JUDICIAL\",\"receivingBody\":\"侯马市人民法院诉调对接中心\",\"reason\":\"申请司法调解并司法确认\""), null);
        }
        return session(c, t0, hours + 2, hours + 120);
    }

    private int session(String c, Instant t0, int scheduledAt, int heldAt) throws Exception {
        int no = ++sessions;
        post(c + "sessions", hand, at(t0, scheduledAt, "\"scheduledFor\":" + q(t0.plusSeconds(3600L * heldAt)) + ",\"place\":\"爱家调解工作室\""), null);
        post(c + "sessions/" + no + "/minutes", hand, at(t0, heldAt, "\"minutes\":\"听取双方陈述，释法析理，引导双方互谅互让\""), null);
        return heldAt;
    }

    private void agree(String c, Instant t0, int hours, boolean courtConfirmation) throws Exception {
        List<String> parties = new ArrayList<>();
        for (String party : DemoApi.all(PARTY_ID, get(c.substring(0, c.length() - 1), mediator).body())) {
            parties.add(q(party));
        }
        post(c + "agreements", hand, at(t0, hours, "\"terms\":\"双方自愿达成调解协议，责任方承担维修及赔偿费用，于十五日内履行完毕\",\"signedBy\":["
                + String.join(",", parties) + "],\"courtConfirmation\":" + courtConfirmation), null);
    }

    /**
     * The GB 11643 check character the service verifies (as kernel IdNumber computes it; the stories run on the JDK
     * alone, without the platform on their class path).
     */
    private static String withCheckCharacter(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A resident with a made-up ID number and phone (demo data only). */
    private String party() {
        String name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
        String idNumber = withCheckCharacter("141081%04d%02d%02d%03d".formatted(
                1950 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28), random.nextInt(1_000)));
        String phone = "13%09d".formatted(random.nextInt(1_000_000_000));
        return "{\"kind\":\"RESIDENT\",\"name\":" + q(name) + ",\"idNumber\":" + q(idNumber) + ",\"phone\":" + q(phone) + "}";
    }

    private static String at(Instant t0, int hours, String fields) {
        return "{" + fields + (fields.isEmpty() ? "" : ",") + "\"occurredAt\":" + q(t0.plusSeconds(3600L * hours)) + "}";
    }

    private static String q(Object value) {
        return "\"" + String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Every request has 30 seconds: a service that hangs fails the story instead of stalling run.sh. */
    private String post(String path, String token, String body, String idempotencyKey) throws Exception {
        return DemoApi.post(base + path, token, body).key(idempotencyKey).acceptJson().timeout(Duration.ofSeconds(30)).ok();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return DemoApi.get(base + path, token).acceptJson().timeout(Duration.ofSeconds(30)).send();
    }
}
