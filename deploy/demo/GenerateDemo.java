import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the demo county (侯马市 141081) as an onboarding CSV for the grid registry:
 *
 * <pre>
 *   java deploy/demo/GenerateDemo.java > deploy/demo/houma-demo.csv
 * </pre>
 *
 * JDK 17, no dependencies. The output is deterministic (fixed-seed {@link Random}, ordered collections only).
 * The program checks its own output before printing it; stdout carries nothing but the CSV (UTF-8, LF line ends),
 * the summary of what was checked goes to stderr. If a check fails nothing is printed and the exit status is 1.
 * {@code --check FILE} runs the same checks on an existing file.
 * <p>
 * Scheme: 7 levels: county → township/street → community/village (一级网格) → 二级网格 → 三级网格 → 四级网格 →
 * 五级网格 (micro-grid). Level numbers below follow the registry (county 1 ... micro-grid 7). The county row
 * 141081000000 is not in the file; it is created separately.
 * <p>
 * Figures (see README.md): 路西街道 divides its 7 communities into 1,025 micro-grids; 秦村北社区 has
 * 1 一级, 7 二级, 8 三级, 72 四级 and 82 五级网格.
 */
public class GenerateDemo {

    static final long SEED = 141081L;
    static final String HEADER = "type,code,parent_code,name,role,username,household_number";
    static final String COUNTY = "141081000000";
    static final String LUXI = "141081001000";
    static final String QINCUN_NORTH = "141081001001";
    static final String QINCUN_GRID_1 = "141081001001001";
    static final String FENGCHENG = "141081100000";
    static final String DONGCUN = "141081100201";
    static final int TOWNSHIP = 2, VILLAGE = 3, GRID2 = 4, GRID3 = 5, GRID4 = 6, MICRO = 7;
    static final int LUXI_MICRO_GRIDS = 1025;
    static final int[] QINCUN_NORTH_LEVELS = {1, 7, 8, 72, 82}; // levels 3..7
    static final List<String> ROLES = List.of("GRID_CHIEF", "GRID_WORKER", "INFORMATION_OFFICER",
            "GRID_POLICE_OFFICER", "COMPOUND_HEAD", "BUILDING_HEAD", "UNIT_HEAD");

    static final Random RND = new Random(SEED);
    static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);

    // ------------------------------------------------------------------ model

    static final class Unit {
        final String code;
        final String parentCode;
        final String name;
        final int level;
        /** How households are numbered on a micro-grid: building number and unit, or lane name. */
        String building;
        int unitNo;
        String lane;
        int laneFrom, laneTo;
        final List<Unit> children = new ArrayList<>();
        final List<String[]> staff = new ArrayList<>(); // name, role, username ("" for none)
        final List<String> households = new ArrayList<>();

        Unit(String code, String parentCode, String name, int level) {
            this.code = code;
            this.parentCode = parentCode;
            this.name = name;
            this.level = level;
        }

        /** A child below the village level, numbered 001, 002, ... in creation order. */
        Unit child(String childName) {
            if (level < VILLAGE || level >= MICRO) {
                throw new IllegalStateException("no numbered children below " + code);
            }
            Unit c = new Unit(code + "%03d".formatted(children.size() + 1), code, childName, level + 1);
            children.add(c);
            return c;
        }

        /** A village or community by its 3-digit segment under this township. */
        Unit village(int segment, String childName) {
            Unit c = new Unit(code.substring(0, 9) + "%03d".formatted(segment), code, childName, VILLAGE);
            children.add(c);
            return c;
        }

        void post(String person, String role) {
            post(person, role, "");
        }

        void post(String person, String role, String username) {
            staff.add(new String[] {person, role, username});
        }

        List<Unit> descendants(int atLevel) {
            List<Unit> out = new ArrayList<>();
            collect(this, atLevel, out);
            return out;
        }

        private static void collect(Unit u, int atLevel, List<Unit> out) {
            if (u.level == atLevel) {
                out.add(u);
                return;
            }
            for (Unit c : u.children) {
                collect(c, atLevel, out);
            }
        }
    }

    static Unit township(String code, String name) {
        return new Unit(code, COUNTY, name, TOWNSHIP);
    }

    // ------------------------------------------------------------------ names

    /** Weighted by repetition: the common surnames of southern Shanxi come up more often. */
    static final String[] SURNAMES = ("王王王王李李李李张张张刘刘刘陈陈杨杨赵赵郭郭郭贾贾范任段卫畅梁吕高马孙胡朱何田史薛"
            + "董韩冯武苏程乔常闫柴裴秦曹侯宋崔靳翟原席申吉解").split("");
    static final String[] GIVEN = ("建平 建军 建华 国强 国平 国栋 志刚 志华 志勇 立新 卫东 卫国 红霞 红英 丽华 丽萍 丽芳 秀兰 "
            + "秀珍 秀梅 桂英 桂芳 玉梅 玉兰 玉珍 淑珍 淑华 海军 海涛 海龙 晓燕 晓峰 晓明 晓丽 文斌 文静 文华 永刚 永胜 永平 "
            + "春梅 春生 金花 金龙 宏伟 宏亮 俊峰 俊杰 瑞芳 瑞华 雪梅 雪莲 新民 新华 晋生 晋平 晋红 小红 小平 小燕 亚男 亚琴 "
            + "爱国 爱萍 爱华 凤英 凤兰 美玲 美华 振华 振国 学军 学文 云霞 云峰 彩霞 彩云 保平 保国 鹏飞 鹏程 宇航 子涵 梓轩 "
            + "欣怡 雨萱 浩然 佳怡 思远 一鸣 慧敏 慧芳 月娥 润生 润莲 双喜 满仓 有福 来顺 巧云 翠萍 翠英 素琴 素梅 艳红 艳芳 "
            + "燕妮 明亮 明辉 德胜 德福 长青 长林 磊 伟 强 军 勇 杰 涛 斌 静 敏 娜 丽 芳 燕 霞 娟 婷 洁 刚 峰 鑫 宁 璐 莉 萍 "
            + "颖 超 亮 辉 波").split(" ");
    /** The identity provider's demo users (deploy/keycloak/grid-realm.json): never handed out at random. */
    static final Set<String> REALM_USERS = Set.of("王建国", "李秀英", "张志强", "刘红梅", "陈小军", "杨丽娟", "赵明",
            "黄海燕", "周德山", "吴桂兰", "郭大爷", "孙接口");
    static final String GRID_CHIEF_USER_NAME = "刘红梅"; // username grid-chief, scope 141081001001
    static final String GRID_WORKER_USER_NAME = "陈小军"; // username grid-worker, scope 141081001001001

    /** Person names, unique across the whole file (so also within every community). */
    static final Set<String> USED_NAMES = new LinkedHashSet<>();

    static String person() {
        while (true) {
            String n = pick(SURNAMES) + pick(GIVEN);
            if (!REALM_USERS.contains(n) && USED_NAMES.add(n)) {
                return n;
            }
        }
    }

    static String claim(String realmName) {
        if (!USED_NAMES.add(realmName)) {
            throw new IllegalStateException(realmName + " used twice");
        }
        return realmName;
    }

    static final List<String> COMPOUNDS = new ArrayList<>(List.of(
            "锦绣家园", "金地花园", "新华苑", "翠苑小区", "紫金花园", "平阳小区", "晋都花园", "汾河湾小区", "滨河小区",
            "建设小区", "文化苑", "康乐小区", "幸福家园", "春晖小区", "福苑小区", "御景园", "丽都花园", "新田小区",
            "浍河苑", "牡丹苑", "玉兰苑", "景和园", "晋韵小区", "书香苑", "物资局家属院", "粮食局家属院", "一中家属院",
            "棉织厂家属院", "化肥厂家属院", "明珠小区", "怡景花园", "安居小区", "锦华园", "嘉禾小区", "泰和园", "华府小区",
            "金城小区", "和谐家园", "东方小区", "晨光小区", "永安小区", "鑫源小区", "兴业小区", "同心苑", "彭真小区",
            "新城花园", "秀水苑", "宏达小区", "建材厂家属院", "电机厂家属院", "运输公司家属院", "税务局家属院", "园丁小区",
            "天马小区", "凤凰城", "盛世华庭", "香樟苑", "枫林苑", "银杏苑", "青年公寓"));
    /** Lane areas (街巷片区) and how their lanes are called: 东关片区 has 东关一巷, 东关二巷, ... */
    static final String[] LANE_AREAS = {"老街", "东关", "西关", "南关", "北关", "前街", "后街"};

    static String compound() {
        return COMPOUNDS.remove(RND.nextInt(COMPOUNDS.size()));
    }

    static String cn(int n) { // 1..99 as 一 ... 九十九
        String[] d = "零一二三四五六七八九".split("");
        if (n < 10) {
            return d[n];
        }
        return (n / 10 == 1 ? "" : d[n / 10]) + "十" + (n % 10 == 0 ? "" : d[n % 10]);
    }

    static <T> T pick(T[] items) {
        return items[RND.nextInt(items.length)];
    }

    static int between(int lo, int hi) {
        return lo + RND.nextInt(hi - lo + 1);
    }

    // ------------------------------------------------------------------ building blocks

    /** A 四级网格 building with {@code units} 五级网格 units (单元). */
    static void building(Unit compound, int number, int units) {
        String b = number + "号楼";
        Unit building = compound.child(b);
        for (int u = 1; u <= units; u++) {
            Unit micro = building.child(b + u + "单元");
            micro.building = b;
            micro.unitNo = u;
        }
    }

    /** A 四级网格 lane with {@code parts} 五级网格 stretches (段). */
    static void lane(Unit area, String laneName, int parts) {
        Unit lane = area.child(laneName);
        String[] names = switch (parts) {
            case 1 -> new String[] {"全段"};
            case 2 -> new String[] {"南段", "北段"};
            default -> new String[] {"南段", "中段", "北段"};
        };
        int houses = 30 * parts;
        for (int i = 0; i < parts; i++) {
            Unit micro = lane.child(laneName + names[i]);
            micro.lane = laneName;
            micro.laneFrom = i * houses / parts + 1;
            micro.laneTo = (i + 1) * houses / parts;
        }
    }

    /** {@code count} distinct household numbers on a micro-grid, in a stable order. */
    static void households(Unit micro, int count) {
        List<String> candidates = new ArrayList<>();
        if (micro.lane != null) {
            for (int h = micro.laneFrom; h <= micro.laneTo; h++) {
                candidates.add(micro.lane + h + "号");
            }
        } else {
            int floors = between(5, 7);
            for (int f = 1; f <= floors; f++) {
                for (int door = 1; door <= 2; door++) {
                    candidates.add(micro.building + micro.unitNo + "单元" + f + "0" + door);
                }
            }
        }
        Collections.shuffle(candidates, RND);
        List<String> chosen = new ArrayList<>(candidates.subList(0, count));
        chosen.sort((a, b) -> {
            int na = digitsValue(a), nb = digitsValue(b);
            return na != nb ? Integer.compare(na, nb) : a.compareTo(b);
        });
        micro.households.addAll(chosen);
    }

    /** Sort key: the trailing number of a household number (301, 12). */
    static int digitsValue(String s) {
        int end = s.length();
        while (end > 0 && !Character.isDigit(s.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isDigit(s.charAt(start - 1))) {
            start--;
        }
        return start == end ? 0 : Integer.parseInt(s.substring(start, end));
    }

    // ------------------------------------------------------------------ the county

    static Unit qincunNorth(Unit luxi) {
        Unit c = luxi.village(1, "秦村北社区");
        // 7 二级网格 (one per grid party branch); 第一网格 holds two 三级网格, the others one: 8 三级网格.
        // 三级: 6 compounds (楼栋 → 单元) and 2 lane areas (街巷 → 段); 四级 per 三级 sum to 72.
        Object[][] plan = {
            {1, "阳光小区", 10}, {1, "和平小区", 6}, {2, "锦绣家园", 12}, {3, "金地花园", 9},
            {4, "秦北老街片区", 8}, {5, "电力小区", 9}, {6, "铁路家属院", 10}, {7, "西街片区", 8},
        };
        for (String n : new String[] {"阳光小区", "和平小区", "锦绣家园", "金地花园", "电力小区", "铁路家属院"}) {
            COMPOUNDS.remove(n);
        }
        // 82 五级 on 72 四级: 10 of the 四级 are split in two, the others have one 五级.
        int fourth = 0;
        for (Object[] p : plan) {
            fourth += (Integer) p[2];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < fourth; i++) {
            order.add(i);
        }
        Collections.shuffle(order, RND);
        Set<Integer> split = new LinkedHashSet<>(order.subList(0, QINCUN_NORTH_LEVELS[4] - QINCUN_NORTH_LEVELS[3]));

        List<Unit> grids = new ArrayList<>();
        for (int g = 1; g <= 7; g++) {
            grids.add(c.child("第" + cn(g) + "网格"));
        }
        int index = 0;
        for (Object[] p : plan) {
            Unit area = grids.get((Integer) p[0] - 1).child((String) p[1]);
            boolean lanes = ((String) p[1]).endsWith("片区");
            String side = ((String) p[1]).startsWith("西") ? "西" : "东";
            for (int k = 1; k <= (Integer) p[2]; k++, index++) {
                int parts = split.contains(index) ? 2 : 1;
                if (lanes) {
                    lane(area, side + cn(k) + "巷", parts);
                } else {
                    building(area, k, parts);
                }
            }
        }

        // Staff as in the article: community party secretary and the grid party branch secretaries are grid chiefs,
        // other cadres grid workers, residents' group leaders information officers, the community police officer
        // the grid police officer; compound, building and unit heads (小区长、楼长、单元长, "三长").
        c.post(claim(GRID_CHIEF_USER_NAME), "GRID_CHIEF", "grid-chief");
        c.post(person(), "GRID_POLICE_OFFICER");
        for (Unit g : c.children) {
            g.post(person(), "GRID_CHIEF");
            if (g.code.equals(QINCUN_GRID_1)) {
                g.post(claim(GRID_WORKER_USER_NAME), "GRID_WORKER", "grid-worker");
            } else {
                g.post(person(), "GRID_WORKER");
            }
        }
        for (Unit area : c.descendants(GRID3)) {
            area.post(person(), "INFORMATION_OFFICER");
            if (!area.name.endsWith("片区")) {
                area.post(person(), "COMPOUND_HEAD");
            }
        }
        for (Unit b : c.descendants(GRID4)) {
            if (b.name.endsWith("号楼") && RND.nextInt(10) < 6) {
                b.post(person(), "BUILDING_HEAD");
            }
        }
        for (Unit m : c.descendants(MICRO)) {
            if (m.building != null && RND.nextInt(10) < 5) {
                m.post(person(), "UNIT_HEAD");
            }
            households(m, between(2, 8));
        }
        return c;
    }

    /** Another community of 路西街道 with exactly {@code microGrids} 五级网格. */
    static Unit community(Unit luxi, int segment, String name, int microGrids) {
        Unit c = luxi.village(segment, name);
        int grids2 = between(4, 6);
        List<Unit> areas = new ArrayList<>();
        List<String> laneAreas = new ArrayList<>(Arrays.asList(LANE_AREAS));
        for (int g = 1; g <= grids2; g++) {
            Unit grid = c.child("第" + cn(g) + "网格");
            int n3 = RND.nextInt(10) < 3 ? 2 : 1;
            for (int k = 0; k < n3; k++) {
                String areaName = RND.nextInt(10) < 2 ? laneAreas.remove(RND.nextInt(laneAreas.size())) + "片区" : compound();
                areas.add(grid.child(areaName));
            }
        }
        // share the micro-grids out over the 三级网格: evenly, then shuffled a little
        int[] quota = new int[areas.size()];
        for (int i = 0; i < quota.length; i++) {
            quota[i] = microGrids / quota.length + (i < microGrids % quota.length ? 1 : 0);
        }
        for (int i = 0; i < quota.length * 3; i++) {
            int from = RND.nextInt(quota.length), to = RND.nextInt(quota.length), amount = between(1, 4);
            if (quota[from] - amount >= 8) {
                quota[from] -= amount;
                quota[to] += amount;
            }
        }
        for (int i = 0; i < areas.size(); i++) {
            Unit area = areas.get(i);
            boolean lanes = area.name.endsWith("片区");
            String lanePrefix = area.name.substring(0, area.name.length() - 2);
            int left = quota[i];
            for (int k = 1; left > 0; k++) {
                int parts = Math.min(left, lanes ? between(1, 3) : between(1, 4));
                if (lanes) {
                    lane(area, lanePrefix + cn(k) + "巷", parts);
                } else {
                    building(area, k, parts);
                }
                left -= parts;
            }
        }
        c.post(person(), "GRID_CHIEF");
        for (Unit g : c.children) {
            g.post(person(), "GRID_WORKER");
        }
        List<Unit> micros = c.descendants(MICRO);
        List<Unit> sample = new ArrayList<>(micros);
        Collections.shuffle(sample, RND);
        Set<Unit> withHouseholds = new LinkedHashSet<>(sample.subList(0, 3));
        for (Unit m : micros) { // in tree order, so the rows come out in code order
            if (withHouseholds.contains(m)) {
                households(m, between(1, 3));
            }
        }
        return c;
    }

    static Unit fengcheng() {
        Unit town = township(FENGCHENG, "凤城镇");
        Unit village = town.village(201, "东村");
        String[][] chain = {{"东村第一网格", "第一村民小组", "东一巷"}, {"东村第二网格", "第二村民小组", "西一巷"}};
        for (String[] names : chain) {
            Unit area = village.child(names[0]).child(names[1]);
            lane(area, names[2], 1);
        }
        village.post(person(), "GRID_CHIEF");
        // the realm's other-grid-worker (scope 141081100201001) holds the post on 东村第一网格
        village.children.get(0).post(claim("杨丽娟"), "GRID_WORKER", "other-grid-worker");
        for (Unit m : village.descendants(MICRO)) {
            households(m, 3);
        }
        return town;
    }

    // ------------------------------------------------------------------ output

    static void unitRows(Unit u, StringBuilder out) {
        row(out, "unit", u.code, u.parentCode, u.name, "", "", "");
        for (Unit c : u.children) {
            unitRows(c, out);
        }
    }

    static void staffRows(Unit u, StringBuilder out) {
        for (String[] s : u.staff) {
            row(out, "staff", u.code, "", s[0], s[1], s[2], "");
        }
        for (Unit c : u.children) {
            staffRows(c, out);
        }
    }

    static void householdRows(Unit u, StringBuilder out) {
        for (String h : u.households) {
            row(out, "household", u.code, "", "", "", "", h);
        }
        for (Unit c : u.children) {
            householdRows(c, out);
        }
    }

    static void row(StringBuilder out, String... fields) {
        for (String f : fields) {
            if (f.contains(",") || f.contains("\"") || f.contains("\n") || f.contains("\r") || !f.equals(f.strip())) {
                throw new IllegalStateException("field needs quoting: " + f);
            }
        }
        out.append(String.join(",", fields)).append('\n');
    }

    /** Townships first, then each village or community as a block: its units (parent first), posts, households. */
    static String csv(List<Unit> townships) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (Unit t : townships) {
            if (!t.staff.isEmpty() || !t.households.isEmpty()) {
                throw new IllegalStateException("posts on a township are not written");
            }
            row(out, "unit", t.code, t.parentCode, t.name, "", "", "");
            for (Unit v : t.children) {
                unitRows(v, out);
                staffRows(v, out);
                householdRows(v, out);
            }
        }
        return out.toString();
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 2 && args[0].equals("--check")) { // check a file written earlier (or edited by hand)
            String existing = java.nio.file.Files.readString(java.nio.file.Path.of(args[1]), StandardCharsets.UTF_8);
            List<String> problems = Check.run(existing, ERR);
            problems.forEach(p -> ERR.println("FAILED: " + p));
            System.exit(problems.isEmpty() ? 0 : 1);
        }
        if (args.length != 0) {
            ERR.println("usage: java deploy/demo/GenerateDemo.java > deploy/demo/houma-demo.csv");
            ERR.println("       java deploy/demo/GenerateDemo.java --check deploy/demo/houma-demo.csv");
            System.exit(2);
        }
        Unit luxi = township(LUXI, "路西街道");
        Unit qn = qincunNorth(luxi);
        String[] others = {"秦村南社区", "路西社区", "新华社区", "铁路社区", "平阳社区", "紫金社区"};
        int remaining = LUXI_MICRO_GRIDS - QINCUN_NORTH_LEVELS[4];
        // the six communities differ in size; the shares add up to 1025 - 82 = 943
        int[] shares = {172, 158, 149, 163, 141, 160};
        if (Arrays.stream(shares).sum() != remaining) {
            throw new IllegalStateException("shares do not add up to " + remaining);
        }
        for (int i = 0; i < others.length; i++) {
            community(luxi, i + 2, others[i], shares[i]);
        }
        Unit fc = fengcheng();
        String text = csv(List.of(luxi, fc));

        List<String> problems = Check.run(text, ERR);
        if (!problems.isEmpty()) {
            problems.forEach(p -> ERR.println("FAILED: " + p));
            System.exit(1);
        }
        System.out.write(text.getBytes(StandardCharsets.UTF_8));
        System.out.flush();
    }

    // ------------------------------------------------------------------ self-check of the written text

    /** Re-reads the CSV text on its own (it does not trust the tree above) and lists every rule it breaks. */
    static final class Check {

        static List<String> run(String text, PrintStream report) {
            List<String> problems = new ArrayList<>();
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (bytes.length >= 3 * 1024 * 1024) {
                problems.add("file is " + bytes.length + " bytes, not under 3 MB");
            }
            String[] lines = text.split("\n", -1);
            if (!lines[lines.length - 1].isEmpty()) {
                problems.add("file does not end with a newline");
            }
            if (!lines[0].equals(HEADER)) {
                problems.add("header is " + lines[0]);
            }
            Map<String, Integer> levelOf = new LinkedHashMap<>();
            Map<String, String> nameOf = new LinkedHashMap<>();
            Map<String, List<String>> childrenOf = new LinkedHashMap<>();
            Map<String, Set<String>> householdsOf = new LinkedHashMap<>();
            Map<String, List<String[]>> staffOf = new LinkedHashMap<>(); // code -> (name, role, username)
            Map<String, Set<String>> staffNamesPerVillage = new LinkedHashMap<>();
            Map<String, List<String>> usernames = new TreeMap<>();
            int units = 0, staff = 0, households = 0;
            for (int i = 1; i < lines.length - 1; i++) {
                int line = i + 1;
                String[] f = lines[i].split(",", -1);
                if (f.length != 7) {
                    problems.add("line " + line + ": " + f.length + " fields");
                    continue;
                }
                String type = f[0], code = f[1], parent = f[2], name = f[3], role = f[4], user = f[5], number = f[6];
                String shape = codeProblem(code);
                if (shape != null) {
                    problems.add("line " + line + ": code " + code + " " + shape);
                    continue;
                }
                switch (type) {
                    case "unit" -> {
                        units++;
                        if (!role.isEmpty() || !user.isEmpty() || !number.isEmpty() || name.isEmpty()) {
                            problems.add("line " + line + ": unit row needs a name and only code, parent_code, name");
                        }
                        if (levelOf.containsKey(code)) {
                            problems.add("line " + line + ": unit " + code + " twice");
                        }
                        String expected = parentOf(code);
                        if (!parent.equals(expected)) {
                            problems.add("line " + line + ": parent_code " + parent + ", expected " + expected);
                        }
                        if (!parent.equals(COUNTY) && !levelOf.containsKey(parent)) {
                            problems.add("line " + line + ": parent " + parent + " not on an earlier line");
                        }
                        int level = levelOf(code);
                        String kind = kindProblem(code, level, name);
                        if (kind != null) {
                            problems.add("line " + line + ": " + kind);
                        }
                        for (String sibling : childrenOf.getOrDefault(parent, List.of())) {
                            if (nameOf.get(sibling).equals(name)) {
                                problems.add("line " + line + ": sibling name " + name + " twice under " + parent);
                            }
                        }
                        levelOf.put(code, level);
                        nameOf.put(code, name);
                        childrenOf.computeIfAbsent(parent, k -> new ArrayList<>()).add(code);
                    }
                    case "staff" -> {
                        staff++;
                        if (!levelOf.containsKey(code)) {
                            problems.add("line " + line + ": staff on " + code + ", not on an earlier line");
                        }
                        if (name.isEmpty() || !parent.isEmpty() || !number.isEmpty() || !ROLES.contains(role)) {
                            problems.add("line " + line + ": staff row needs code, name and a known role");
                        }
                        if (!user.isEmpty()) {
                            usernames.computeIfAbsent(user, k -> new ArrayList<>()).add(code + " " + role + " " + name);
                        }
                        if (code.length() >= 12 && !code.startsWith("000", 9)) {
                            String village = code.substring(0, 12);
                            if (!staffNamesPerVillage.computeIfAbsent(village, k -> new LinkedHashSet<>()).add(name)) {
                                problems.add("line " + line + ": " + name + " twice in " + village);
                            }
                        }
                        staffOf.computeIfAbsent(code, k -> new ArrayList<>()).add(new String[] {name, role, user});
                    }
                    case "household" -> {
                        households++;
                        if (!levelOf.containsKey(code)) {
                            problems.add("line " + line + ": household on " + code + ", not on an earlier line");
                        } else if (levelOf.get(code) != MICRO) {
                            problems.add("line " + line + ": household on level " + levelOf.get(code) + " unit " + code);
                        }
                        if (number.isEmpty() || number.length() > 40 || !parent.isEmpty() || !name.isEmpty()
                                || !role.isEmpty() || !user.isEmpty()) {
                            problems.add("line " + line + ": household row needs code and a number of 1-40 characters only");
                        }
                        if (!householdsOf.computeIfAbsent(code, k -> new LinkedHashSet<>()).add(number)) {
                            problems.add("line " + line + ": household number " + number + " twice on " + code);
                        }
                    }
                    default -> problems.add("line " + line + ": type " + type);
                }
            }
            // every unit above the micro-grid level has children; micro-grids have none
            for (var e : levelOf.entrySet()) {
                boolean hasChildren = childrenOf.containsKey(e.getKey());
                if (e.getValue() < MICRO && !hasChildren) {
                    problems.add("unit " + e.getKey() + " on level " + e.getValue() + " has no children");
                }
                if (e.getValue() == MICRO && hasChildren) {
                    problems.add("micro-grid " + e.getKey() + " has children");
                }
            }
            // the article's figures
            int[] luxi = perLevel(levelOf, "141081001");
            int[] qn = perLevel(levelOf, QINCUN_NORTH);
            expect(problems, "路西街道 townships", luxi[TOWNSHIP], 1);
            expect(problems, "路西街道 communities", luxi[VILLAGE], 7);
            expect(problems, "路西街道 micro-grids (五级网格)", luxi[MICRO], LUXI_MICRO_GRIDS);
            for (int l = VILLAGE; l <= MICRO; l++) {
                expect(problems, "秦村北社区 level " + l + " units", qn[l], QINCUN_NORTH_LEVELS[l - VILLAGE]);
            }
            for (String micro : childrenOfLevel(levelOf, QINCUN_NORTH, MICRO)) {
                int n = householdsOf.getOrDefault(micro, Set.of()).size();
                if (n < 2 || n > 8) {
                    problems.add("秦村北社区 micro-grid " + micro + " has " + n + " households, not 2-8");
                }
            }
            // posts
            if (!usernames.equals(Map.of(
                    "grid-chief", List.of(QINCUN_NORTH + " GRID_CHIEF " + GRID_CHIEF_USER_NAME),
                    "grid-worker", List.of(QINCUN_GRID_1 + " GRID_WORKER " + GRID_WORKER_USER_NAME),
                    "other-grid-worker", List.of("141081100201001 GRID_WORKER 杨丽娟")))) {
                problems.add("usernames are " + usernames);
            }
            for (String village : childrenOfLevel(levelOf, "141081", VILLAGE)) {
                long chiefs = staffOf.getOrDefault(village, List.of()).stream().filter(s -> s[1].equals("GRID_CHIEF")).count();
                if (chiefs != 1) {
                    problems.add(village + " has " + chiefs + " grid chiefs");
                }
                if (village.startsWith("141081001")) {
                    for (String g2 : childrenOf.getOrDefault(village, List.of())) {
                        if (staffOf.getOrDefault(g2, List.of()).stream().noneMatch(s -> s[1].equals("GRID_WORKER"))) {
                            problems.add(g2 + " has no grid worker");
                        }
                    }
                }
            }
            if (staffOf.getOrDefault(QINCUN_NORTH, List.of()).stream().noneMatch(s -> s[1].equals("GRID_POLICE_OFFICER"))) {
                problems.add("秦村北社区 has no grid police officer");
            }
            for (String g3 : childrenOfLevel(levelOf, QINCUN_NORTH, GRID3)) {
                if (staffOf.getOrDefault(g3, List.of()).stream().noneMatch(s -> s[1].equals("INFORMATION_OFFICER"))) {
                    problems.add(g3 + " has no information officer");
                }
            }
            // the second township for scope demos
            int[] fc = perLevel(levelOf, "141081100");
            int[] fcExpected = {0, 0, 1, 1, 2, 2, 2, 2};
            for (int l = TOWNSHIP; l <= MICRO; l++) {
                expect(problems, "凤城镇 level " + l + " units", fc[l], fcExpected[l]);
            }
            if (!levelOf.containsKey(DONGCUN)) {
                problems.add("东村 " + DONGCUN + " missing");
            }

            // report
            report.println("checked " + (lines.length - 2) + " data rows, " + bytes.length + " bytes: "
                    + units + " unit, " + staff + " staff, " + households + " household rows");
            report.println("路西街道 141081001000 units per level 2..7: " + levels(luxi, TOWNSHIP));
            report.println("  秦村北社区 141081001001 units per level 3..7: " + levels(qn, VILLAGE)
                    + ", households " + count(householdsOf, QINCUN_NORTH) + ", posts " + posts(staffOf, QINCUN_NORTH));
            for (String village : childrenOfLevel(levelOf, "141081001", VILLAGE)) {
                if (!village.equals(QINCUN_NORTH)) {
                    report.println("  " + nameOf.get(village) + " " + village + " units per level 3..7: "
                            + levels(perLevel(levelOf, village), VILLAGE) + ", households " + count(householdsOf, village)
                            + ", posts " + posts(staffOf, village));
                }
            }
            report.println("凤城镇 141081100000 units per level 2..7: " + levels(fc, TOWNSHIP) + ", households "
                    + count(householdsOf, "141081100") + ", posts " + posts(staffOf, "141081100"));
            report.println("usernames: " + usernames);
            report.println(problems.isEmpty() ? "all checks passed" : problems.size() + " problems");
            return problems;
        }

        /** Null when the code is well formed for this county (GridCode rules plus the segment ranges). */
        static String codeProblem(String code) {
            if (!code.matches("[0-9]+") || code.length() < 12 || (code.length() - 12) % 3 != 0) {
                return "is not 12 digits plus 3 per grid level";
            }
            if (code.length() > 12 + 3 * (MICRO - VILLAGE)) {
                return "is below the lowest level";
            }
            if (!code.startsWith("141081")) {
                return "is not in 侯马市 141081";
            }
            if (code.startsWith("000", 6)) {
                return "has no township segment";
            }
            if (code.length() > 12 && code.startsWith("000", 9)) {
                return "has grid segments without a village";
            }
            for (int i = 12; i < code.length(); i += 3) {
                if (code.startsWith("000", i)) {
                    return "has segment 000 below the village";
                }
            }
            return null;
        }

        static int levelOf(String code) {
            if (code.length() == 12) {
                return code.startsWith("000", 9) ? TOWNSHIP : VILLAGE;
            }
            return VILLAGE + (code.length() - 12) / 3;
        }

        static String parentOf(String code) {
            if (code.length() > 12) {
                return code.substring(0, code.length() - 3);
            }
            return code.startsWith("000", 9) ? code.substring(0, 6) + "000000" : code.substring(0, 9) + "000";
        }

        /** GB/T 10114 and statistical division ranges, told by the name's suffix. */
        static String kindProblem(String code, int level, String name) {
            int township = Integer.parseInt(code.substring(6, 9));
            int village = Integer.parseInt(code.substring(9, 12));
            if (level == TOWNSHIP) {
                boolean ok = name.endsWith("街道") ? township <= 99 : name.endsWith("镇") ? township >= 100 && township <= 199
                        : name.endsWith("乡") && township >= 200 && township <= 399;
                return ok ? null : name + " " + code + ": township segment out of range for its kind";
            }
            if (level == VILLAGE) {
                boolean ok = name.endsWith("社区") ? village <= 199 : name.endsWith("村") && village >= 200 && village <= 399;
                return ok ? null : name + " " + code + ": village segment out of range for its kind";
            }
            return null;
        }

        static int[] perLevel(Map<String, Integer> levelOf, String prefix) {
            int[] n = new int[MICRO + 1];
            levelOf.forEach((code, level) -> {
                if (code.startsWith(prefix)) {
                    n[level]++;
                }
            });
            return n;
        }

        static List<String> childrenOfLevel(Map<String, Integer> levelOf, String prefix, int level) {
            return levelOf.entrySet().stream().filter(e -> e.getKey().startsWith(prefix) && e.getValue() == level)
                    .map(Map.Entry::getKey).toList();
        }

        static int count(Map<String, Set<String>> householdsOf, String prefix) {
            return householdsOf.entrySet().stream().filter(e -> e.getKey().startsWith(prefix)).mapToInt(e -> e.getValue().size()).sum();
        }

        static Map<String, Integer> posts(Map<String, List<String[]>> staffOf, String prefix) {
            Map<String, Integer> byRole = new LinkedHashMap<>();
            for (String role : ROLES) {
                int n = staffOf.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                        .mapToInt(e -> (int) e.getValue().stream().filter(s -> s[1].equals(role)).count()).sum();
                if (n > 0) {
                    byRole.put(role, n);
                }
            }
            return byRole;
        }

        static String levels(int[] n, int from) {
            StringBuilder s = new StringBuilder();
            for (int l = from; l <= MICRO; l++) {
                s.append(l == from ? "" : "/").append(n[l]);
            }
            return s.toString();
        }

        static void expect(List<String> problems, String what, int actual, int expected) {
            if (actual != expected) {
                problems.add(what + ": " + actual + ", expected " + expected);
            }
        }
    }
}
