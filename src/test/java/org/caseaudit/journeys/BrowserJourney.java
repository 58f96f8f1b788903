package org.caseaudit.journeys;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's headless Chromium driven by Playwright, with no browser download. Skips (with the reason) where Chromium is
 * not installed. One Playwright driver and one Chromium serve every journey of the JVM (started by the first journey,
 * closed when the JVM ends: a launch costs a Node driver process and a browser start per class); each journey gets
 * browser contexts of its own (no cookies or storage shared between journeys or pages), which {@link #close} closes.
 */
public final class BrowserJourney implements AutoCloseable {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** {@link #settle}: this many polls in a row without a pending server round trip, this far apart. */
    private static final int IDLE_POLLS = 3;
    private static final int POLL_MS = 50;
    private static Playwright sharedPlaywright;
    private static Browser sharedBrowser;
    private final Browser browser;
    private final String baseUrl;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Map<String, BrowserContext> signedIn = new HashMap<>();

    private BrowserJourney(Browser browser, String baseUrl) {
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
        return new BrowserJourney(sharedBrowser(), "http://localhost:" + port);
    }

    /** The JVM's one Chromium, launched on first use (again if it has gone), closed at the JVM's end. */
    private static synchronized Browser sharedBrowser() {
        if (sharedBrowser == null || !sharedBrowser.isConnected()) {
            if (sharedPlaywright == null) {
                sharedPlaywright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Runtime.getRuntime().addShutdownHook(new Thread(BrowserJourney::closeShared, "chromium-close"));
            }
            sharedBrowser = launch(sharedPlaywright);
        }
        return sharedBrowser;
    }

    private static synchronized void closeShared() {
        try {
            if (sharedBrowser != null) {
                sharedBrowser.close();
            }
            if (sharedPlaywright != null) {
                sharedPlaywright.close();
            }
        } catch (RuntimeException e) {
            // the JVM is ending: the driver process goes with it
        }
    }

    /** Debian's headless shell where installed (decision 0041), else its full Chromium. */
    private static final List<Path> CHROMIUMS = List.of(Paths.get("/usr/lib/chromium/chromium-headless-shell"),
            Paths.get("/usr/bin/chromium"));

    /**
     * {@code -Dchromium.path} when given, else the first of {@link #CHROMIUMS} installed: Chromium's headless shell
     * (Debian's {@code chromium-headless-shell}, the browser Playwright itself runs headless tests in) took a fifth
     * less CPU than the full browser for the same journeys, which are bound by Chromium's CPU.
     */
    private static Path chromiumPath() {
        String chosen = System.getProperty("chromium.path", "");
        if (!chosen.isBlank()) {
            return Paths.get(chosen);
        }
        return CHROMIUMS.stream().filter(Files::isExecutable).findFirst().orElse(CHROMIUMS.getLast());
    }

    /**
     * Debian's headless Chromium ({@link #chromiumPath}), never a downloaded one, with what a build machine
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
        contexts.add(context);
        return context.newPage();
    }

    /**
     * A page already signed in as {@code username}: the first call signs in through the form ({@link #signIn}) in a
     * new browser context, later calls of this journey open another tab in that context (the same session, and the
     * browser's cache of the application's scripts), which saves the sign-in's two page loads and a context where a
     * journey opens many pages as one user. Close the tab when done with it. Not for journeys about signing in.
     */
    Page signedInPage(String username, String password) {
        BrowserContext context = signedIn.get(username);
        if (context == null) {
            Page page = newPage();
            signIn(page, username, password);
            signedIn.put(username, page.context());
            return page;
        }
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

    /**
     * Vaadin has rendered the view: the page and its fonts have loaded and no server round trip has been pending for
     * {@value #IDLE_POLLS} polls in a row, {@value #POLL_MS} ms apart, so a request the client sends just after a
     * render (a grid asking for its rows) is waited for too. It watches the application's own client rather than the
     * network falling quiet for 500 ms (Playwright's {@code networkidle}), which every check paid in full.
     */
    static void settle(Page page) {
        page.evaluate("() => { window.__journeyIdlePolls = 0; }");
        page.waitForFunction("""
                (polls) => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  const idle = document.readyState === 'complete' && document.fonts.status === 'loaded'
                      && !!clients && Object.keys(clients).length > 0
                      && Object.values(clients).every(c => !c.isActive || !c.isActive());
                  window.__journeyIdlePolls = idle ? (window.__journeyIdlePolls || 0) + 1 : 0;
                  return window.__journeyIdlePolls >= polls;
                }""", IDLE_POLLS, new Page.WaitForFunctionOptions().setPollingInterval(POLL_MS));
    }

    /**
     * Opens {@code path} in the page's running application the way a click on a link does (Vaadin's router, one server
     * round trip, no page load: the browser keeps the application's scripts, styles and axe-core, the server its UI),
     * else, where that cannot be shown to have worked, as a full page load; then {@link #settle}s. Returns whether it
     * was opened in-app. Proof of an in-app opening: the address is {@code path} and exactly one view element (the
     * content of the app layout, or a view without the layout) was not on the page before the click, and both still
     * hold once the page has settled, so the view checked is the one the route names, rendered afresh, not the
     * previous view kept (Vaadin reuses a view instance navigating to its own class). A redirect, a forward, a
     * navigation a view refuses, or an open dialog or notification (a page load would not show it) means a full load.
     */
    boolean open(Page page, String path) {
        String refused;
        try {
            refused = (String) page.evaluate(IN_APP_NAVIGATION, Map.of("want", "/" + path, "timeoutMs", 15_000));
            if (refused == null) {
                settle(page);
                if (!Boolean.TRUE.equals(page.evaluate(STILL_THE_NEW_VIEW, "/" + path))) {
                    refused = "the new view did not stay";
                }
            }
        } catch (com.microsoft.playwright.PlaywrightException e) {
            refused = e.getMessage().lines().findFirst().orElse("failed"); // a page load in between, for one
        }
        if (refused == null) {
            return true;
        }
        System.out.println("BrowserJourney: /" + path + " opened with a page load, not in-app: " + refused);
        page.navigate(url(path));
        settle(page);
        return false;
    }

    /**
     * {@link #open}'s in-app half, in the page: null once the address is {@code want} and one new view element is
     * there with the client idle after Vaadin's {@code vaadin-navigated}, else why not. The new view element is kept
     * in {@code window.__journeyView} for {@link #STILL_THE_NEW_VIEW}.
     */
    private static final String IN_APP_NAVIGATION = """
            async ({ want, timeoutMs }) => {
              const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
              if (!clients || Object.keys(clients).length === 0) return 'no Vaadin application on the page';
              const overlay = /dialog|notification|overlay|popover|tooltip|menu/;
              // the route's element: the app layout's content, or a child of Flow's container (which Flow keeps in
              // document.body.$ by application id) where a view has no layout
              const views = () => Object.values(document.body.$ || {})
                  .filter(container => container instanceof Element && container.isConnected)
                  .flatMap(container => [...container.children])
                  .flatMap(child => child.localName === 'vaadin-app-layout'
                      ? [...child.children].filter(c => !c.hasAttribute('slot'))
                      : overlay.test(child.localName) ? [] : [child]);
              if (document.querySelector('vaadin-notification-card, [opened]:is(vaadin-dialog, vaadin-confirm-dialog, '
                  + 'vaadin-popover, vaadin-dialog-overlay, vaadin-confirm-dialog-overlay)')) {
                return 'a dialog or notification is open';
              }
              window.__journeyViews = views;
              const old = new WeakSet(views());
              const idle = () => Object.values(clients).every(c => !c.isActive || !c.isActive());
              let navigated = false;
              const onNavigated = () => { navigated = true; };
              window.addEventListener('vaadin-navigated', onNavigated);
              try {
                const link = document.createElement('a');
                link.href = want;
                document.body.appendChild(link);
                link.click();
                link.remove();
                const deadline = performance.now() + timeoutMs;
                let idlePolls = 0;
                while (performance.now() < deadline) {
                  await new Promise(resolve => setTimeout(resolve, 50));
                  idlePolls = idle() ? idlePolls + 1 : 0;
                  if (navigated && idlePolls >= 2) {
                    const here = location.pathname + location.search;
                    const now = views();
                    const fresh = now.filter(v => !old.has(v));
                    if (here === want && fresh.length === 1 && now.length === 1) {
                      window.__journeyView = fresh[0];
                      return null;
                    }
                    return 'reached ' + here + ' with ' + fresh.length + ' new of ' + now.length + ' view element(s)';
                  }
                }
                return 'no navigation within ' + timeoutMs + ' ms';
              } finally {
                window.removeEventListener('vaadin-navigated', onNavigated);
              }
            }""";

    /** After {@link #settle}: still at the address, with the new view element the only one on the page. */
    private static final String STILL_THE_NEW_VIEW = """
            (want) => {
              const views = window.__journeyViews();
              return location.pathname + location.search === want && views.length === 1
                  && views[0] === window.__journeyView;
            }""";

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

    /** Closes this journey's browser contexts (the shared browser stays for the next journey). */
    @Override
    public void close() {
        for (BrowserContext context : contexts) {
            try {
                context.close(); // a no-op for the contexts a journey closed itself
            } catch (RuntimeException e) {
                // gone with a crashed browser: the next journey launches a new one
            }
        }
        contexts.clear();
        signedIn.clear();
    }
}
