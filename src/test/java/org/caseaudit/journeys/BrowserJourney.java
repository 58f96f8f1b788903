package org.caseaudit.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven by Playwright, with no browser download. Skips (with the reason) where Chromium is
 * not installed.
 */
public final class BrowserJourney implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private final Playwright playwright;
    private final Browser browser;
    private final String baseUrl;

    private BrowserJourney(Playwright playwright, Browser browser, String baseUrl) {
        this.playwright = playwright;
        this.browser = browser;
        this.baseUrl = baseUrl;
    }

    static BrowserJourney start(int port) throws Exception {
        Path chromium = chromiumPath();
        Assumptions.assumeTrue(Files.isExecutable(chromium), "Browser journeys skipped: no Chromium at " + chromium
                + " (install it with: apt-get install -y chromium chromium-driver)");
        Files.createDirectories(SCREENSHOTS);
        // A server round trip can take seconds on a busy build machine; assertions wait as long as actions do.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        return new BrowserJourney(playwright, launch(playwright), "http://localhost:" + port);
    }

    private static Path chromiumPath() {
        return Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium"));
    }

    /**
     * Debian's headless Chromium (or {@code -Dchromium.path}), never a downloaded one, with what a build machine
     * needs: no sandbox, GPU or background traffic. Also used by the heap-per-UI benchmark.
     */
    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromiumPath())
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    Page newPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 800).setLocale("en-GB").setTimezoneId("Europe/London"));
        context.setDefaultTimeout(30_000);
        return context.newPage();
    }

    String url(String path) {
        return baseUrl + "/" + path;
    }

    void signIn(Page page, String username, String password) {
        page.navigate(url("login"));
        page.locator("input[name='username']").fill(username);
        page.locator("input[name='password']").fill(password);
        page.locator("vaadin-button[slot='submit']").click();
        // attached, not visible: on a phone the drawer that shows the user is closed
        page.waitForSelector("#signed-in-user", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
    }

    void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Vaadin has rendered the view: the page is loaded and no server round trip is pending. */
    static void settle(Page page) {
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForFunction("""
                () => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients
                      && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())""");
    }

    /**
     * Screenshot {@code name}, then axe-core on the page as it is: no WCAG 2.2 A/AA violation except those justified
     * for {@code view} in src/test/resources/accessibility-exceptions.csv.
     */
    void screenshotAndCheck(Page page, String name, String view) {
        settle(page);
        screenshot(page, name);
        List<Axe.Exception> exceptions = Axe.exceptions();
        List<Axe.Violation> unexcused = Axe.violations(page).stream()
                .filter(v -> exceptions.stream().noneMatch(e -> e.covers(view, v)))
                .toList();
        if (!unexcused.isEmpty()) {
            throw new AssertionError("axe-core WCAG 2.0/2.1/2.2 A and AA violations on " + view + " (screenshot "
                    + name + "; fix them, or justify each in src/test/resources/accessibility-exceptions.csv):\n  "
                    + unexcused.stream().map(Axe.Violation::toString).collect(Collectors.joining("\n  ")));
        }
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
