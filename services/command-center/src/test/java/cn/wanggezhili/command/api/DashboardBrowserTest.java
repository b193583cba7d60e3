package cn.wanggezhili.command.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import cn.wanggezhili.testing.SuiteServersResource;
import org.junit.jupiter.api.Test;

/**
 * The dashboard in a real browser (Debian's chromium, driven by Playwright): a county administrator signs in through
 * Keycloak, opens 新田镇, sees its figures, and sees them change when a grid worker reports a new incident there.
 * Leaves target/dashboard.png behind.
 */
@QuarkusTest
@QuarkusTestResource(value = SuiteServersResource.class, initArgs = @ResourceArg(name = "database", value = "command_center_test"))
class DashboardBrowserTest {

    static final String XINTIAN = "141081102000";
    static final String ZHANGCUN = "141081102001";
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    @TestHTTPResource("/dashboard/")
    URL dashboard;

    @Inject
    DataSource dataSource;

    @Test
    void a_county_administrator_signs_in_and_watches_a_figure_change_when_an_incident_is_reported() throws Exception {
        assertThat(CHROMIUM).as("the browser test needs Debian's chromium (apt-get install chromium), or CHROMIUM=<path>")
                .isExecutable();
        try (SuiteFeed feed = new SuiteFeed()) {
            feed.unit(XINTIAN, "141081000000", 2, "新田镇");
            feed.unit(ZHANGCUN, XINTIAN, 3, "张村");
            Instant now = Instant.now();
            feed.task(ZHANGCUN, "incident", "村道路灯损坏", now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.DAYS));
            await().atMost(Duration.ofSeconds(60)).until(() -> feed.allIn(dataSource));

            Map<String, String> env = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
            try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(env));
                 Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                         .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-dev-shm-usage")))) {
                Page page = browser.newPage(new Browser.NewPageOptions().setLocale("zh-CN").setViewportSize(1600, 1000));
                page.navigate(dashboard + "?unit=" + XINTIAN);

                // Keycloak's sign-in page, then back to the dashboard with a session
                page.locator("#username").fill("county-admin");
                page.locator("#password").fill("county-admin-pw");
                page.locator("#kc-login").click();
                page.waitForURL(url -> url.contains("/dashboard/"), new Page.WaitForURLOptions().setTimeout(60_000));

                Locator created = page.locator("[data-figure='tasks.created']");
                PlaywrightAssertions.assertThat(page.locator("h1")).hasText("网格化治理指挥中心");
                PlaywrightAssertions.assertThat(page.locator("#trail")).containsText("新田镇");
                PlaywrightAssertions.assertThat(created).hasText("1", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
                PlaywrightAssertions.assertThat(page.locator("#live")).hasText("实时", new LocatorAssertions.HasTextOptions().setTimeout(30_000));

                feed.task(ZHANGCUN, "incident", "井盖缺失", Instant.now(), Instant.now().plus(1, ChronoUnit.DAYS));
                PlaywrightAssertions.assertThat(created).hasText("2", new LocatorAssertions.HasTextOptions().setTimeout(30_000));
                PlaywrightAssertions.assertThat(page.locator("#feed")).containsText("井盖缺失");
                PlaywrightAssertions.assertThat(page.locator("#children")).containsText("张村");
                // the levels as the (here seven-level) county names them, in the tree and on the unit tile
                PlaywrightAssertions.assertThat(page.locator("#children")).containsText("村(社区)·一级网格");
                PlaywrightAssertions.assertThat(page.locator("#unit-level")).containsText("乡镇(街道)");
                PlaywrightAssertions.assertThat(page.locator("#unit-name")).hasText("新田镇");

                Path shot = Path.of("target", "dashboard.png");
                page.screenshot(new Page.ScreenshotOptions().setPath(shot).setFullPage(true));
                assertThat(Files.size(shot)).isPositive();
            }
        }
    }
}
