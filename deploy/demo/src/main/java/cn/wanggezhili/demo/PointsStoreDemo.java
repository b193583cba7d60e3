package cn.wanggezhili.demo;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quarter of exchanges at 秦村北社区's 积分超市 through the points store's public API: the catalogue (goods,
 * discounts, services, some kept for the best tiers), then collective exchange days and anytime exchanges against the
 * accounts scoring's settlements opened, fulfilled at the counter, in the article's proportions (about 12.8 points an
 * item: 23,000 points for 1,800 items in one village, here a tenth of that). Accounts that hold too little are topped
 * up by the township with a stated reason; when scoring has credited nobody within the wait, only the catalogue loads.
 * Usage: {@code PointsStoreDemo <points store base URL> [target points, default 2300]}, OIDC_AUTH_SERVER_URL set.
 */
public final class PointsStoreDemo {

    private static final String VILLAGE = "141081001001";
    private static final Pattern ACCOUNT = Pattern.compile(
            "\\{\"id\":\"([0-9a-f-]{36})\",\"unitCode\":\"([0-9]+)\".*?\"balance\":(-?[0-9]+)");
    private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SPENT = Pattern.compile("\"points\"\\s*:\\s*([0-9]+)");

    /** name, kind, points price, stock, best tier allowed (0: all), tier-1 discount percent. */
    private record Entry(String name, String kind, int price, int stock, int maxTier, int bestTierDiscount) {
    }

    private static final List<Entry> CATALOGUE = List.of(
            new Entry("香皂", "GOODS", 5, 400, 0, 0),
            new Entry("牙膏", "GOODS", 6, 300, 0, 0),
            new Entry("醋 500ml", "GOODS", 6, 200, 0, 0),
            new Entry("毛巾", "GOODS", 8, 300, 0, 0),
            new Entry("酱油 500ml", "GOODS", 8, 200, 0, 0),
            new Entry("抽纸（6包）", "GOODS", 10, 300, 0, 10),
            new Entry("洗衣液 2kg", "GOODS", 15, 200, 0, 10),
            new Entry("大米 5kg", "GOODS", 25, 120, 0, 10),
            new Entry("食用油 5L", "GOODS", 30, 100, 0, 20),
            new Entry("村卫生室体检九折券", "DISCOUNT", 12, 100, 0, 0),
            new Entry("农资店化肥九五折券", "DISCOUNT", 20, 80, 2, 0),
            new Entry("理发", "SERVICE", 10, 150, 0, 0),
            new Entry("家电维修（上门）", "SERVICE", 40, 30, 2, 25),
            new Entry("家政保洁（2小时）", "SERVICE", 50, 20, 1, 20));

    private PointsStoreDemo() {
    }

    public static void main(String[] args) throws Exception {
        String store = args[0];
        int target = args.length > 1 ? Integer.parseInt(args[1]) : 2300;
        String realm = DemoApi.realm();
        String clerk = DemoApi.token(realm, "store-clerk");

        List<String[]> items = catalogue(store, clerk);
        List<String[]> accounts = awaitAccounts(store, clerk);
        clerk = DemoApi.token(realm, "store-clerk"); // fresh after the wait
        String township = DemoApi.token(realm, "township-admin");
        if (accounts.isEmpty()) {
            System.out.println("points store demo: catalogue of " + items.size()
                    + " items loaded; no account was credited by scoring yet, so no exchanges");
            return;
        }
        topUp(store, township, accounts, target);
        linkResident(store, clerk, accounts);
        int[] totals = exchanges(store, clerk, accounts, items, target);
        System.out.println("points store demo: " + items.size() + " catalogue items, " + accounts.size() + " accounts, "
                + totals[0] + " exchanges of " + totals[1] + " items for " + totals[2] + " points at " + VILLAGE + "'s 积分超市");
    }

    /** Lists the catalogue; returns each item's id, name and price. */
    private static List<String[]> catalogue(String store, String clerk) throws Exception {
        List<String[]> items = new ArrayList<>();
        for (int i = 0; i < CATALOGUE.size(); i++) {
            Entry e = CATALOGUE.get(i);
            String tiers = e.maxTier() == 0 ? "" : ",\"maxTier\":" + e.maxTier();
            String discount = e.bestTierDiscount() == 0 ? "" : ",\"tierDiscounts\":{\"1\":" + e.bestTierDiscount() + "}";
            String body = """
                    {"storeCode":"%s","kind":"%s","nameZh":"%s","pointsPrice":%d,"stock":%d%s%s}"""
                    .formatted(VILLAGE, e.kind(), e.name(), e.price(), e.stock(), tiers, discount);
            String json = post(store + "/api/v1/catalogue-items", clerk, "demo-catalogue-" + i, body);
            items.add(new String[] {DemoApi.id(json), e.name(), Integer.toString(e.price())});
        }
        return items;
    }

    /** The village's accounts (id, unit, balance) once scoring's settlement has opened some, waiting up to 3 minutes. */
    private static List<String[]> awaitAccounts(String store, String clerk) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        List<String[]> accounts = accounts(store, clerk);
        while (accounts.isEmpty() && Instant.now().isBefore(deadline)) {
            Thread.sleep(3000); // waiting on scoring's settlement in another process, not a test
            accounts = accounts(store, clerk);
        }
        return accounts;
    }

    private static List<String[]> accounts(String store, String clerk) throws Exception {
        List<String[]> accounts = new ArrayList<>();
        String after = "";
        do {
            String json = get(store + "/api/v1/accounts?under=" + VILLAGE + "&limit=1000" + after, clerk);
            Matcher m = ACCOUNT.matcher(json);
            while (m.find()) {
                accounts.add(new String[] {m.group(1), m.group(2), m.group(3)});
            }
            Matcher next = NEXT.matcher(json);
            after = next.find() ? "&after=" + next.group(1) : null;
        } while (after != null);
        return accounts;
    }

    /** Enough points across the accounts for the quarter's exchanges: the township adds the shortfall, with its reason. */
    private static void topUp(String store, String township, List<String[]> accounts, int target) throws Exception {
        int share = target / accounts.size() + 40;
        for (String[] a : accounts) {
            int balance = Integer.parseInt(a[2]);
            if (balance < share) {
                post(store + "/api/v1/accounts/" + a[0] + "/adjustments", township, "demo-topup-" + a[0], """
                        {"points":%d,"reason":"演示数据：补足本季度兑换所需积分（结算积分不足）"}""".formatted(share - balance));
                a[2] = Integer.toString(share);
            }
        }
    }

    /** The demo resident holds the first household account of their micro-grid, so they can log in and see it. */
    private static void linkResident(String store, String clerk, List<String[]> accounts) throws Exception {
        for (String[] a : accounts) {
            if (a[1].equals("141081001001001001")) {
                post(store + "/api/v1/accounts/" + a[0] + "/holders", clerk, "demo-holder-" + a[0], "{\"username\":\"resident\"}");
                return;
            }
        }
    }

    /**
     * Two collective exchange days and anytime exchanges in between until the target points are spent; every
     * redemption is reserved, then fulfilled at the counter (a few cancelled). Returns exchanges, items, points.
     */
    private static int[] exchanges(String store, String clerk, List<String[]> accounts, List<String[]> items, int target)
            throws Exception {
        Random random = new Random(141081001001L);
        int exchanges = 0;
        int units = 0;
        int points = 0;
        for (int n = 0; points < target && n < target; n++) {
            String[] account = accounts.get(n % accounts.size());
            // cheap everyday goods most often: the proportions of the article (about 12.8 points an item)
            String[] item = items.get(Math.min(items.size() - 1, (int) Math.abs(random.nextGaussian() * 6)));
            int quantity = Integer.parseInt(item[2]) <= 6 && random.nextInt(4) == 0 ? 2 : 1;
            OptionalInt spent = exchange(store, clerk, account[0], item[0], quantity, n);
            if (spent.isPresent()) {
                points += spent.getAsInt();
                units += quantity;
                exchanges++;
            }
        }
        return new int[] {exchanges, units, points};
    }

    /** The {@code n}th redemption, reserved and then fulfilled or cancelled; the points it spent if it went through. */
    private static OptionalInt exchange(String store, String clerk, String account, String item, int quantity, int n) throws Exception {
        String mode = n % 3 == 0 ? "ANYTIME" : "EXCHANGE_DAY";
        HttpResponse<String> reserved = DemoApi.post(store + "/api/v1/redemptions", clerk, """
                {"accountId":"%s","itemId":"%s","quantity":%d,"mode":"%s"}""".formatted(account, item, quantity, mode))
                .key("demo-redeem-" + account + "-" + n).send();
        if (reserved.statusCode() != 201) {
            return OptionalInt.empty(); // too few points, stock or tier for this one: the resident picks something else
        }
        String redemption = DemoApi.id(reserved.body());
        if (n % 25 == 24) {
            post(store + "/api/v1/redemptions/" + redemption + "/cancellations", clerk, "demo-cancel-" + redemption,
                    "{\"reason\":\"居民改换其他商品\"}");
            return OptionalInt.empty();
        }
        post(store + "/api/v1/redemptions/" + redemption + "/fulfilments", clerk, "demo-fulfil-" + redemption, "{}");
        Matcher spent = SPENT.matcher(reserved.body());
        return OptionalInt.of(spent.find() ? Integer.parseInt(spent.group(1)) : 0);
    }

    private static String post(String url, String token, String key, String body) throws Exception {
        return DemoApi.post(url, token, body).key(key).ok();
    }

    private static String get(String url, String token) throws Exception {
        return DemoApi.get(url, token).acceptJson().expect(200);
    }
}
