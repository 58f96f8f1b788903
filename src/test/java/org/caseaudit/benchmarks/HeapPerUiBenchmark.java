package org.caseaudit.benchmarks;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.caseaudit.Application;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Heap per open UI (issue 11, target at most 0.5 MB). The application runs in a JVM of its own (the browser driver's
 * client objects would otherwise sit in the measured heap), on the database in TEST_DB_URL (dropped and recreated,
 * demo data loaded). This program opens N sessions in headless Chromium; each signs in as the demo auditor and opens
 * their audit in progress in the workspace, the heaviest everyday view, and shows each of its sections once, then
 * the first again. The heap after a full garbage collection is
 * read from the application JVM with {@code jcmd GC.class_histogram} (live objects only) with the N sessions open,
 * minus the same with none open (after one warm-up session, closed again), divided by N.
 *
 * <p>The application runs in development mode from the class path but without the development-mode component
 * tracker, which keeps a stack trace of where each component was created and attached (for the dev tools; about
 * 1.4 MB per open workspace). A production build has no tracker, so this measures what a deployed application holds.
 *
 * <p>Arguments: N (default 20). {@code -Dheap.histogram=true} prints the classes whose instances grew most.
 */
public final class HeapPerUiBenchmark {

    private static final boolean HISTOGRAM = Boolean.getBoolean("heap.histogram");
    private static final String APP_FLAG = "--heap-benchmark-application";

    private HeapPerUiBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && APP_FLAG.equals(args[0])) {
            String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
            new SpringApplicationBuilder(Application.class).profiles("test").run(rest);
            System.out.println("APPLICATION-READY");
            return;
        }
        int code = run(args);
        // Playwright and the application context leave non-daemon threads behind: end the program
        System.exit(code);
    }

    private static int run(String[] args) throws Exception {
        int sessions = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String dbUrl = System.getProperty("TEST_DB_URL", System.getenv().getOrDefault("TEST_DB_URL",
                "jdbc:mariadb://127.0.0.1:3306/caseaudit_ui_bench"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process app = startApplication(dbUrl, port);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            long auditId = demoAuditInProgress(dbUrl);
            String base = "http://localhost:" + port;
            Browser browser = org.caseaudit.journeys.BrowserJourney.launch(playwright);
            // one warm-up session, closed again, so that class loading and caches are not counted per UI
            BrowserContext warm = browser.newContext();
            open(warm.newPage(), base, auditId);
            warm.close();
            Histogram baseline = Histogram.of(app.pid());
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < sessions; i++) {
                BrowserContext c = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
                open(c.newPage(), base, auditId);
                open.add(c);
            }
            Histogram loaded = Histogram.of(app.pid());
            if (HISTOGRAM) {
                loaded.printGrowthOver(baseline, sessions);
            }
            double perUiMb = (loaded.total() - baseline.total()) / (double) sessions / (1024 * 1024);
            System.out.printf("heap after GC (application JVM): %.1f MB with no session open, %.1f MB with %d open;"
                    + " UIs alive: %d%n", baseline.total() / 1048576.0, loaded.total() / 1048576.0, sessions,
                    loaded.instances("com.vaadin.flow.component.UI"));
            new BenchmarkResult("heap per open UI (" + sessions + " sessions)",
                    String.format("%.2f MB per UI", perUiMb),
                    String.format("%.1f MB with none open", baseline.total() / 1048576.0), perUiMb, 0.5,
                    "ratio column = MB per UI; each session: auditor signed in, audit workspace open, every section"
                            + " shown once; application"
                            + " in its own JVM, heap of live objects read with jcmd").print();
            for (BrowserContext c : open) {
                c.close();
            }
            browser.close();
            return 0;
        } finally {
            app.destroy();
            if (!app.waitFor(30, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }

    private static Process startApplication(String dbUrl, int port) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-DTEST_DB_URL=" + dbUrl, "-cp", System.getProperty("java.class.path"),
                HeapPerUiBenchmark.class.getName(), APP_FLAG, "--server.port=" + port, "--caseaudit.demo-data=true",
                "--logging.level.root=warn", "--vaadin.devmode.devTools.enabled=false",
                "--vaadin.devmode.componentTracker.enabled=false"));
        Process app = new ProcessBuilder(command).redirectErrorStream(true).start();
        CountDownLatch ready = new CountDownLatch(1);
        Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.contains("APPLICATION-READY")) {
                        ready.countDown();
                    } else if (line.contains("ERROR") || line.contains("Exception")) {
                        System.out.println("application: " + line);
                    }
                }
            } catch (IOException ended) {
                // the application ended
            }
            ready.countDown();
        });
        if (!ready.await(10, TimeUnit.MINUTES) || !app.isAlive()) {
            throw new IllegalStateException("The application did not start (see its output above)");
        }
        return app;
    }

    /** The demo auditor's audit in progress (the demo year's walk-through state). */
    private static long demoAuditInProgress(String dbUrl) throws java.sql.SQLException {
        String user = System.getProperty("TEST_DB_USER", System.getenv().getOrDefault("TEST_DB_USER", "root"));
        String password = System.getProperty("TEST_DB_PASSWORD", System.getenv().getOrDefault("TEST_DB_PASSWORD", ""));
        try (Connection c = DriverManager.getConnection(dbUrl, user, password);
             ResultSet rs = c.createStatement().executeQuery("""
                     SELECT id FROM case_audit WHERE auditor = 'auditor' AND kind = 'AUDIT' AND status = 'IN_PROGRESS'
                     ORDER BY id DESC LIMIT 1""")) {
            if (!rs.next()) {
                throw new IllegalStateException("The demo auditor has no audit in progress");
            }
            return rs.getLong(1);
        }
    }

    private static void open(Page page, String base, long auditId) {
        page.setDefaultTimeout(60_000);
        page.navigate(base + "/login");
        page.locator("input[name='username']").fill("auditor");
        page.locator("input[name='password']").fill("audit-demo-2026");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForSelector("#signed-in-user");
        page.navigate(base + "/audit?id=" + auditId);
        page.waitForSelector("#checklist");
        // work through the audit as an auditor does: every section shown once, then back to the first
        int tabs = page.locator("#section-tabs vaadin-tab").count();
        for (int i = 1; i < tabs; i++) {
            page.locator("#section-next").click();
            page.waitForSelector("#section-tabs vaadin-tab:nth-child(" + (i + 1) + ")[selected]");
        }
        page.locator("#section-tabs vaadin-tab").first().click();
        page.waitForSelector("#section-tabs vaadin-tab:first-child[selected]");
    }

    /** Live objects of another JVM by class ({@code jcmd <pid> GC.class_histogram}, which runs a full GC first). */
    record Histogram(Map<String, long[]> byClass, long total) {

        /** The smallest of three readings (a late-finishing request can still hold garbage in the first). */
        static Histogram of(long pid) throws IOException, InterruptedException {
            Histogram best = null;
            for (int i = 0; i < 3; i++) {
                Thread.sleep(500);
                Histogram h = read(pid);
                if (best == null || h.total() < best.total()) {
                    best = h;
                }
            }
            return best;
        }

        private static Histogram read(long pid) throws IOException, InterruptedException {
            Process p = new ProcessBuilder(Paths.get(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
            Map<String, long[]> byClass = new HashMap<>();
            long total = -1;
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length >= 4 && f[0].endsWith(":")) {
                        byClass.put(f[3], new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])});
                    } else if (f.length == 3 && f[0].equals("Total")) {
                        total = Long.parseLong(f[2]);
                    }
                }
            }
            if (p.waitFor() != 0 || total < 0) {
                throw new IllegalStateException("jcmd " + pid + " GC.class_histogram gave no total");
            }
            return new Histogram(byClass, total);
        }

        long instances(String className) {
            return byClass.getOrDefault(className, new long[2])[0];
        }

        void printGrowthOver(Histogram before, int sessions) {
            record Growth(String name, long instances, long bytes) {
            }
            List<Growth> growth = new ArrayList<>();
            byClass.forEach((name, a) -> {
                long[] b = before.byClass().getOrDefault(name, new long[2]);
                growth.add(new Growth(name, a[0] - b[0], a[1] - b[1]));
            });
            growth.sort((x, y) -> Long.compare(y.bytes(), x.bytes()));
            System.out.printf("heap growth by class, per session (total %.0f KB per session):%n",
                    (total - before.total()) / 1024.0 / sessions);
            growth.stream().limit(40).forEach(g -> System.out.printf("heap  %8.1f KB  %7.1f instances  %s%n",
                    g.bytes() / 1024.0 / sessions, g.instances() / (double) sessions, g.name()));
        }
    }
}
