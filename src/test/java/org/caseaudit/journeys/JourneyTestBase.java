package org.caseaudit.journeys;

import org.caseaudit.DemoDataTest;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser journey shares: the application on a random port with the test profile (demo data on the test
 * database), one headless Chromium per class, started before the first journey step and closed after the last.
 * A subclass's own {@code @BeforeAll} runs after this one, with the browser ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = DemoDataTest.DEMO_DATA)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JourneyTestBase {

    /** The password of every demo user. */
    static final String PASSWORD = "audit-demo-2026";

    @LocalServerPort
    int port;
    /** The application's clock (fixed by the test profile): every date a journey expects derives from it. */
    @Autowired
    Clock clock;
    BrowserJourney browser;

    /** The name the demo data gives the cycle of the month before the clock's month (the one in progress). */
    String latestDemoCycle() {
        return "S47 enquiries " + YearMonth.now(clock).minusMonths(1)
                .format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    }

    @BeforeAll
    void startBrowser() throws Exception {
        browser = BrowserJourney.start(port);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }
}
