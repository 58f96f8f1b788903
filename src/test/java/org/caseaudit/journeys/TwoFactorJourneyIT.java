package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.EnumSet;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.security.TotpCodes;
import org.caseaudit.security.UserDetailsForm;
import org.caseaudit.security.UserService;
import org.caseaudit.security.UserSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19, point 11 in a real headless Chromium: a user sets up two-factor sign-in under My account (QR code, code,
 * recovery codes), then signs in with the password and a code; after an administrator's reset, the next sign-in
 * chooses a new password before anything else. Codes are computed at the application's (fixed) clock.
 */
class TwoFactorJourneyIT extends JourneyTestBase {

    private static final String FIRST = "Tuesday kettle 42 lamp";

    @Autowired
    UserService users;

    private UserSummary newUser(String username) {
        UserDetailsForm form = new UserDetailsForm();
        form.setUsername(username);
        form.setFullName("Journey " + username);
        form.setRoles(EnumSet.of(Role.AUDITOR));
        return RunAs.as("admin", () -> users.create(form, FIRST), Roles.ADMIN);
    }

    private String code(String secret, int stepsAhead) {
        return new TotpCodes().code(secret, clock.instant().plusSeconds(30L * stepsAhead));
    }

    @Test
    void a_user_turns_on_two_factor_and_then_signs_in_with_a_code() {
        newUser("journey.twofactor");
        Page page = browser.newPage();
        browser.signIn(page, "journey.twofactor", FIRST);
        page.locator("#main-menu").getByText("My account").click();
        page.locator("#two-factor-start").click();
        assertThat(page.locator("#totp-qr")).isVisible();
        String secret = page.locator("#totp-secret").innerText().replace(" ", "");
        browser.screenshotAndCheck(page, "two-factor-01-set-up", "account");
        page.locator("#two-factor-code input").fill(code(secret, 0));
        page.locator("#two-factor-confirm").click();
        assertThat(page.locator("#recovery-codes li")).hasCount(10);
        assertThat(page.locator("#two-factor-status")).containsText("Recovery codes left: 10");
        browser.screenshotAndCheck(page, "two-factor-02-on", "account");
        page.setViewportSize(390, 844);
        browser.screenshot(page, "two-factor-02-on-390");
        page.setViewportSize(1280, 800);
        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("/login"));

        page.locator("input[name='username']").fill("journey.twofactor");
        page.locator("input[name='password']").fill(FIRST);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> url.endsWith("/sign-in"));
        assertThat(page.locator("#sign-in-code")).isVisible();
        browser.screenshotAndCheck(page, "two-factor-03-code", "sign-in");
        page.setViewportSize(390, 844);
        browser.screenshot(page, "two-factor-03-code-390");
        page.setViewportSize(1280, 800);
        page.locator("#sign-in-code input").fill("000000");
        page.locator("#sign-in-code-submit").click();
        assertThat(page.locator("#sign-in-code")).containsText("That code is not right");
        page.locator("#sign-in-code input").fill(code(secret, 1));
        page.locator("#sign-in-code-submit").click();
        page.waitForSelector("#signed-in-user");
        assertThat(page.locator("#signed-in-user")).containsText("Journey journey.twofactor");
        browser.screenshot(page, "two-factor-04-signed-in");
    }

    @Test
    void after_a_reset_the_next_sign_in_chooses_a_new_password_first() {
        UserSummary user = newUser("journey.reset");
        String temporary = RunAs.as("admin", () -> users.resetPassword(user.id(), user.version()), Roles.ADMIN);
        Page page = browser.newPage();
        page.navigate(browser.url("login"));
        page.locator("input[name='username']").fill("journey.reset");
        page.locator("input[name='password']").fill(temporary);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> url.endsWith("/sign-in"));
        browser.screenshotAndCheck(page, "password-01-choose", "sign-in");
        page.locator("#new-password-1 input").fill("qwertyuiopas");
        page.locator("#new-password-2 input").fill("qwertyuiopas");
        page.locator("#new-password-submit").click();
        assertThat(page.locator("#new-password-1")).containsText("run of keys");
        page.locator("#new-password-1 input").fill("Wednesday teapot 17 stool");
        page.locator("#new-password-2 input").fill("Wednesday teapot 17 stool");
        page.locator("#new-password-submit").click();
        page.waitForSelector("#signed-in-user");
        browser.screenshot(page, "password-02-signed-in");

        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("/login"));
        browser.signIn(page, "journey.reset", "Wednesday teapot 17 stool");
        assertThat(page.locator("#signed-in-user")).isVisible();
    }
}
