package org.caseaudit.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.caseaudit.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Heap per open UI (issue 11, target at most 0.5 MB): starts the application in this JVM on the database in
 * TEST_DB_URL (dropped and recreated, demo data loaded), opens N sessions in headless Chromium (each signs in as an
 * auditor and opens their first audit in the workspace, the heaviest everyday view), then measures the heap after
 * garbage collection with the N sessions open, minus the same measure with none open, divided by N.
 * Argument: N (default 20).
 */
public final class HeapPerUiBenchmark {

    private HeapPerUiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run(args);
        // the application context leaves a non-daemon thread behind (Vaadin's process executor): end the program
        System.exit(0);
    }

    private static void run(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        if (System.getProperty("TEST_DB_URL") == null && System.getenv("TEST_DB_URL") == null) {
            System.setProperty("TEST_DB_URL", "jdbc:mariadb://127.0.0.1:3306/caseaudit_ui_bench");
        }
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class).profiles("test")
                .properties("server.port=0", "caseaudit.demo-data=true", "logging.level.root=warn",
                        "vaadin.devmode.devTools.enabled=false")
                .run();
             Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                     .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            auditId = ctx.getBean(org.springframework.jdbc.core.JdbcTemplate.class).queryForObject("""
                    SELECT id FROM case_audit WHERE auditor = 'auditor' AND kind = 'AUDIT' AND status = 'IN_PROGRESS'
                    ORDER BY id DESC LIMIT 1""", Long.class);
            String base = "http://localhost:" + port;
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync")));
            // one warm-up session, closed again, so that class loading and caches are not counted per UI
            BrowserContext warm = browser.newContext();
            open(warm.newPage(), base);
            warm.close();
            long baseline = heapAfterGc();
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
                open(c.newPage(), base);
                open.add(c);
            }
            long loaded = heapAfterGc();
            double perUiMb = (loaded - baseline) / (double) sessions / (1024 * 1024);
            System.out.printf("heap after GC: %.1f MB with no session open, %.1f MB with %d open%n",
                    baseline / 1048576.0, loaded / 1048576.0, sessions);
            new BenchmarkResult("heap per open UI (" + sessions + " sessions)",
                    String.format("%.2f MB per UI", perUiMb),
                    String.format("%.1f MB with none open", baseline / 1048576.0), perUiMb, 0.5,
                    "ratio column = MB per UI; each session: auditor signed in, audit workspace open").print();
            for (BrowserContext c : open) {
                c.close();
            }
            browser.close();
        }
    }

    /** The demo auditor's audit in progress (the demo year's walk-through state). */
    private static long auditId;

    private static void open(Page page, String base) {
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill("auditor");
        page.locator("input[name='password']").fill("audit-demo-2026");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForSelector("#signed-in-user");
        page.navigate(base + "/audit?id=" + auditId);
        page.waitForSelector("#checklist");
    }

    private static long heapAfterGc() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            best = Math.min(best, memory.getHeapMemoryUsage().getUsed());
        }
        return best;
    }
}
