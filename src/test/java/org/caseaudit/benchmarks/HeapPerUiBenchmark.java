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
        // command-line arguments, not default properties: application.properties would override those (port 8080).
        // The development-mode component tracker keeps a stack trace of where each component was created and
        // attached (for the dev tools; about 1.4 MB per open workspace); production mode has no tracker, so it is
        // switched off here to measure what a deployed application holds per UI.
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--server.port=0", "--caseaudit.demo-data=true", "--logging.level.root=warn",
                        "--vaadin.devmode.devTools.enabled=false", "--vaadin.devmode.componentTracker.enabled=false");
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
            Map<String, long[]> before = HISTOGRAM ? histogram() : Map.of();
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
                open(c.newPage(), base);
                open.add(c);
            }
            long loaded = heapAfterGc();
            if (HISTOGRAM) {
                printGrowth(before, histogram(), sessions);
            }
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

    /** -Dheap.histogram=true prints the classes whose instances grew most with the sessions open (diagnosis). */
    private static final boolean HISTOGRAM = Boolean.getBoolean("heap.histogram");

    /** Class name to {instances, bytes} of live objects (the GC.class_histogram diagnostic command, a full GC first). */
    private static Map<String, long[]> histogram() throws javax.management.JMException {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> byClass = new java.util.HashMap<>();
        for (String line : text.split("\\R")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 4 && f[0].endsWith(":")) {
                byClass.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
            }
        }
        return byClass;
    }

    private static void printGrowth(Map<String, long[]> before, Map<String, long[]> after, int sessions) {
        record Growth(String name, long instances, long bytes) {
        }
        List<Growth> growth = new ArrayList<>();
        after.forEach((name, a) -> {
            long[] b = before.getOrDefault(name, new long[2]);
            growth.add(new Growth(name, a[0] - b[0], a[1] - b[1]));
        });
        growth.sort((x, y) -> Long.compare(y.bytes(), x.bytes()));
        long total = growth.stream().mapToLong(Growth::bytes).sum();
        System.out.printf("heap growth by class, per session (total %.0f KB per session):%n", total / 1024.0 / sessions);
        growth.stream().limit(40).forEach(g -> System.out.printf("heap  %8.1f KB  %7.1f instances  %s%n",
                g.bytes() / 1024.0 / sessions, g.instances() / (double) sessions, g.name()));
        for (String watched : List.of("com.vaadin.flow.component.UI", "com.vaadin.flow.server.VaadinSession",
                "com.vaadin.flow.internal.StateNode")) {
            long[] a = after.getOrDefault(watched, new long[2]);
            System.out.printf("heap  %s: %d live with %d sessions open%n", watched, a[0], sessions);
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
