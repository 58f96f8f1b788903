package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.microsoft.playwright.Page;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.caseaudit.reminders.MailMode;
import org.caseaudit.reminders.MailOutbox;
import org.caseaudit.reminders.ReminderService;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 23's journey in a real headless Chromium: the audit lead runs a month from the home page alone (start a new
 * cycle, which comes filled in from the last one, draw, assign), following only the home page's next-step buttons;
 * an auditor given work receives the assignment email (GreenMail, the application's own SMTP sender), which holds a
 * link and counts only, follows its link, signs in and lands on the list holding the new cycle's audits.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MonthlyCycleJourneyIT extends JourneyTestBase {

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern LINK = Pattern.compile("https?://\\S+");
    private static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        if (!SMTP.isRunning()) {
            SMTP.start();
        }
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReminderService reminders;
    @Autowired
    MailOutbox outbox;

    long cycleId;
    String cycleName;

    @AfterAll
    void stopMail() {
        SMTP.stop();
    }

    @Test
    @Order(1)
    void the_lead_goes_from_a_new_cycle_to_created_audits_by_the_home_pages_next_steps() {
        // the demo auditors asked for immediate messages (the journey of choosing that is the reminders view's)
        for (String auditor : List.of("auditor", "auditor2", "auditor3", "moderator")) {
            RunAs.run(auditor, () -> reminders.setMyMode(MailMode.IMMEDIATE), Roles.AUDITOR);
        }
        Page page = browser.newPage();
        browser.signIn(page, "lead", PASSWORD);
        page.navigate(browser.url(""));
        // the lead's home offers to start a cycle when none is being prepared
        assertThat(page.locator("#home-go-new-cycle")).isVisible();
        browser.screenshotAndCheck(page, "monthly-01-lead-home", "home");

        page.locator("#home-go-new-cycle").click();
        assertThat(page.locator("#cycle-name input")).isVisible(); // the new-cycle dialog is open
        // filled in from the latest cycle (the month before the clock's): the clock's month, same checklist
        YearMonth next = YearMonth.now(clock);
        assertThat(page.locator("#period-from input")).hasValue(next.atDay(1).format(UK_DATE));
        assertThat(page.locator("#period-to input")).hasValue(next.atEndOfMonth().format(UK_DATE));
        assertThat(page.locator("#cycle-template input")).hasValue(Pattern.compile("s47-enquiry v\\d+"));
        assertThat(page.locator("#cycle-name input")).hasValue(Pattern.compile(".*" + next.format(
                DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.UK))));
        cycleName = "Monthly journey " + next.format(DateTimeFormatter.ofPattern("MM/yyyy"));
        page.locator("#cycle-name input").fill(cycleName);
        browser.screenshotAndCheck(page, "monthly-02-new-cycle-filled-in", "audit-cycles#cycle-editor");
        page.locator("#save-cycle").click();
        assertThat(page.locator("#cycle-editor")).hasCount(0);
        cycleId = jdbc.queryForObject("SELECT id FROM audit_cycle WHERE name = ?", Long.class, cycleName);

        // back home: the new cycle's one next step is the draw
        page.navigate(browser.url(""));
        assertThat(page.locator("#home-item-cycle-" + cycleId)).containsText("the sample is not drawn yet");
        page.locator("#home-go-cycle-" + cycleId).click();
        assertThat(page.locator("#draw-sample")).isEnabled();
        page.locator("#draw-sample").click();
        assertThat(page.locator("#sample-record")).containsText(Pattern.compile("Drawn \\d+ \\+ \\d+ reserves"));
        assertThat(page.locator("#draw-sample")).isDisabled(); // a draw is final

        page.navigate(browser.url(""));
        assertThat(page.locator("#home-item-cycle-" + cycleId)).containsText("assign auditors and moderators");
        page.locator("#home-go-cycle-" + cycleId).click();
        page.locator("#assign-sample").click();
        assertThat(page.locator("vaadin-notification-card").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(Pattern.compile("\\d+ audits? and \\d+ moderations?")))).isVisible();

        page.navigate(browser.url(""));
        Integer audits = jdbc.queryForObject("SELECT COUNT(*) FROM case_audit WHERE cycle_id = ? AND kind = 'AUDIT'",
                Integer.class, cycleId);
        assertThat(audits).as("assigning created the audits").isPositive();
        assertThat(page.locator("#home-item-cycle-" + cycleId))
                .containsText(audits + " of " + audits + " audits still open: " + audits + " not started");
        browser.screenshotAndCheck(page, "monthly-03-lead-home-chasing", "home");
        page.context().close();
    }

    @Test
    @Order(2)
    void an_auditor_follows_the_assignment_email_to_their_new_audits() throws Exception {
        String auditor = jdbc.queryForObject("""
                SELECT auditor FROM case_audit WHERE cycle_id = ? AND kind = 'AUDIT'
                  AND auditor IN ('auditor', 'auditor2', 'auditor3', 'moderator') ORDER BY auditor LIMIT 1""",
                String.class, cycleId);
        int assigned = jdbc.queryForObject("SELECT COUNT(*) FROM case_audit WHERE cycle_id = ? AND auditor = ? "
                + "AND kind = 'AUDIT'", Integer.class, cycleId, auditor);
        outbox.dispatchScheduled(); // what the scheduler does every minute

        MimeMessage mail = Arrays.stream(SMTP.getReceivedMessages())
                .filter(m -> recipient(m).equals(auditor + "@example.org")).findFirst()
                .orElseThrow(() -> new AssertionError("no assignment email to " + auditor + "; received: "
                        + Arrays.stream(SMTP.getReceivedMessages()).map(MonthlyCycleJourneyIT::recipient).toList()));
        String body = GreenMailUtil.getBody(mail).replace("\r", "").replace("=\n", "");
        assertThat(mail.getSubject()).isEqualTo("Case audit: new work assigned to you");
        assertThat(body).as("no case details in an email: no cycle name, no case reference")
                .doesNotContain(cycleName).doesNotContainPattern("[A-Z]{2,}\\d{3,}");
        Matcher link = LINK.matcher(body);
        assertThat(link.find()).as("a link in: %s", body).isTrue();
        String path = link.group().replaceFirst("^https?://[^/]+/?", "");
        assertThat(path).isEqualTo("my-audits");

        // the link's page on this server (the configured base URL names the production host)
        Page page = browser.newPage();
        page.navigate(browser.url(path));
        page.locator("input[name='username']").fill(auditor);
        page.locator("input[name='password']").fill(PASSWORD);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForSelector("#signed-in-user", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        browser.screenshot(page, "monthly-04-after-sign-in");
        assertThat(page.url()).as("signing in from the email's link lands on its page").contains("/my-audits");
        assertThat(page.locator("#my-audits-grid")).isVisible();
        assertThat(body).contains(assigned + (assigned == 1 ? " audit" : " audits"));
        assertThat(page.locator("#my-audits-grid")).containsText(cycleName);
        browser.screenshotAndCheck(page, "monthly-04-auditor-from-email", "my-audits");
        page.context().close();
    }

    private static String recipient(MimeMessage m) {
        try {
            return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).map(Object::toString).findFirst().orElse("");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
