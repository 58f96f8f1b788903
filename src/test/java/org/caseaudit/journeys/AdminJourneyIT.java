package org.caseaudit.journeys;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Journey 1 in a real headless Chromium: the administrator creates an auditor (who then signs in with the initial
 * password), and loads a new version of a checklist template by uploading its YAML file, then compares it with the
 * previous version. Every view visited is checked with axe-core. (Sign-in and the users list alone are in
 * SignInJourneyIT.)
 */
class AdminJourneyIT extends JourneyTestBase {

    private static final String NEW_AUDITOR = "journey.auditor";
    private static final String NEW_PASSWORD = "long walk by the river 2026";

    Path templateFile;

    @BeforeAll
    void start() throws Exception {
        // Version 2 of a packaged template: the same file with a new version number and one question reworded.
        String v1 = Files.readString(Paths.get("audit-templates", "mash-information-sharing.yaml"), StandardCharsets.UTF_8);
        String v2 = v1.replaceFirst("(?m)^version: 1$", "version: 2")
                .replace("Was a decision on the referral made within 1 working day of its receipt?",
                        "Was the decision on the referral made and recorded within 1 working day of its receipt?");
        templateFile = Files.createTempDirectory("journey").resolve("mash-information-sharing-v2.yaml");
        Files.writeString(templateFile, v2, StandardCharsets.UTF_8);
    }

    @Test
    void administrator_creates_an_auditor_who_can_sign_in() {
        Page page = browser.newPage();
        browser.signIn(page, "admin", PASSWORD);
        page.locator("#main-menu").getByText("Users").click();
        assertThat(page.locator("#users-grid")).containsText("moderator");

        page.locator("#new-user").click();
        page.locator("#user-username input").fill(NEW_AUDITOR);
        page.locator("#user-full-name input").fill("Journey Auditor");
        page.locator("#user-email input").fill("journey.auditor@example.org");
        page.locator("#user-team input").fill("Assessment Team South");
        page.locator("#user-team input").press("Enter");
        // by keyboard: in the merged build a mouse click on the box was taken by the dialog (cause not found; the
        // screenshot shows the box in view); Space on the focused box is what a keyboard user does
        Locator auditorRole = page.locator("#user-roles vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText("Auditor"));
        auditorRole.locator("input").focus();
        page.keyboard().press("Space");
        assertThat(auditorRole).hasAttribute("checked", "");
        page.locator("#user-password input").fill(NEW_PASSWORD);
        browser.screenshotAndCheck(page, "admin-01-new-user", "admin/users#user-editor");

        page.locator("#save-user").click();
        assertThat(page.locator("#user-editor")).hasCount(0);
        assertThat(page.locator("#users-grid")).containsText(NEW_AUDITOR);
        assertThat(page.locator("#users-grid")).containsText("Journey Auditor");
        browser.screenshotAndCheck(page, "admin-02-user-created", "admin/users");

        page.locator("#sign-out").click();
        page.waitForURL(url -> url.contains("/login"));
        // the administrator chose the initial password: the new user replaces it at the first sign-in
        page.locator("input[name='username']").fill(NEW_AUDITOR);
        page.locator("input[name='password']").fill(NEW_PASSWORD);
        page.locator("vaadin-button[slot='submit']").click();
        page.waitForURL(url -> url.endsWith("/sign-in"));
        page.locator("#new-password-1 input").fill(NEW_PASSWORD + " of my own");
        page.locator("#new-password-2 input").fill(NEW_PASSWORD + " of my own");
        page.locator("#new-password-submit").click();
        page.waitForSelector("#signed-in-user", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        assertThat(page.locator("#signed-in-user")).containsText("Journey Auditor");
        assertThat(page.locator("#main-menu")).containsText("My audits");
        assertThat(page.locator("#main-menu")).not().containsText("Users");
        page.locator("#main-menu").getByText("My audits").click();
        assertThat(page.locator("#my-audits-empty")).isVisible();
        browser.screenshotAndCheck(page, "admin-03-new-auditor-signed-in", "my-audits");
    }

    @Test
    void administrator_uploads_a_new_template_version_and_compares_it_with_the_previous_one() {
        Page page = browser.newPage();
        browser.signIn(page, "admin", PASSWORD);
        page.locator("#main-menu").getByText("Templates").click();
        Locator versions = page.locator("#template-versions");
        assertThat(versions).containsText("mash-information-sharing");
        browser.screenshotAndCheck(page, "admin-04-templates", "templates");

        page.locator("#template-upload input[type='file']").setInputFiles(templateFile);
        assertThat(page.locator("vaadin-notification-card")
                .filter(new Locator.FilterOptions().setHasText("Stored version 2 of mash-information-sharing")))
                .isVisible();
        assertThat(page.locator("#upload-problems")).isEmpty();
        assertThat(versions).containsText("mash-information-sharing-v2.yaml");
        assertThat(page.locator("#compare-button")).isEnabled();
        assertThat(page.locator("#template-upload")).not().hasAttribute("max-files-reached", "");
        browser.screenshotAndCheck(page, "admin-05-template-uploaded", "templates");

        page.locator("#compare-button").click();
        assertThat(page).hasURL(java.util.regex.Pattern.compile("templates/compare"));
        assertThat(page.locator("#template-changes"))
                .containsText("Was the decision on the referral made and recorded within 1 working day");
        browser.screenshotAndCheck(page, "admin-06-template-compare", "templates/compare");
    }
}
