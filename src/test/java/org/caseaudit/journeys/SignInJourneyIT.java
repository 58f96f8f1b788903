package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Sign in, see the home view and a menu fitting the role, sign out: in a real headless Chromium. */
class SignInJourneyIT extends JourneyTestBase {

    @Test
    void an_auditor_signs_in_sees_the_home_view_without_administration_and_signs_out() {
        Page page = browser.newPage();
        page.navigate(browser.url(""));
        assertThat(page).hasURL(browser.url("login"));
        browser.screenshot(page, "01-login");

        browser.signIn(page, "auditor", PASSWORD);
        assertThat(page.locator("#home-view")).isVisible();
        assertThat(page.locator("#signed-in-user")).containsText("Aisha Khan");
        assertThat(page.locator("#home-roles")).containsText("Auditor: work through your assigned case files");
        assertThat(page.locator("#main-menu")).containsText("Home");
        assertThat(page.locator("#main-menu")).not().containsText("Users");
        browser.screenshot(page, "02-auditor-home");

        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("/login"));
        assertThat(page.locator("input[name='username']")).isVisible();
    }

    @Test
    void an_administrator_opens_the_users_view_and_sees_every_demo_user() {
        Page page = browser.newPage();
        browser.signIn(page, "admin", PASSWORD);
        page.locator("#main-menu").getByText("Users").click();
        assertThat(page.locator("#users-grid")).containsText("moderator");
        assertThat(page.locator("#users-grid")).containsText("Scrutiny panel");
        browser.screenshot(page, "03-admin-users");
    }

    @Test
    void a_wrong_password_is_refused_with_a_message() {
        Page page = browser.newPage();
        page.navigate(browser.url("login"));
        page.locator("input[name='username']").fill("auditor");
        page.locator("input[name='password']").fill("not-the-password");
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> url.contains("error"));
        assertThat(page.locator("vaadin-login-form")).containsText("Sign-in failed");
        assertThat(page.url()).contains("/login");
        browser.screenshot(page, "04-login-failed");
    }

    @Test
    void an_auditor_asking_for_the_users_view_is_refused() {
        Page page = browser.newPage();
        browser.signIn(page, "auditor", PASSWORD);
        page.navigate(browser.url("admin/users"));
        assertThat(page.locator("#users-grid")).hasCount(0);
    }
}
