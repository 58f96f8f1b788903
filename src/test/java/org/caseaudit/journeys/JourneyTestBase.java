package org.caseaudit.journeys;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every browser journey shares: the application on a random port with the test profile (demo data on the test
 * database), one headless Chromium per class, started before the first journey step and closed after the last.
 * A subclass's own {@code @BeforeAll} runs after this one, with the browser ready.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JourneyTestBase {

    /** The password of every demo user. */
    static final String PASSWORD = "audit-demo-2026";

    @LocalServerPort
    int port;
    BrowserJourney browser;

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
