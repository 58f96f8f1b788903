package org.caseaudit.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.ExportShape;
import org.caseaudit.cases.ImportProblem;
import org.caseaudit.cases.MappingProfile;
import org.caseaudit.cases.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class CaseImportViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    java.time.Clock clock;

    @TempDir
    Path dir;

    /**
     * Until the view has shown the import's end: the job's result, then the round trips that run the view's
     * {@code UI.access} (it hides the progress bar, shows the summary, enables the buttons). The wait ends on what the
     * page shows, not on {@code view.running()}: called on the view's Spring (CGLIB) proxy it still returned the
     * finished job after the page had shown the result, in one run for every import, so each waited the loop's full
     * 10 s (8 imports, 85 s of the class's time; issue 22). Up to a minute, ending as soon as the page shows the end.
     */
    private void awaitImport(CaseImportView view) throws Exception {
        if (view.running() != null) {
            view.running().result().get(60, TimeUnit.SECONDS);
        }
        roundTrip();
        for (int i = 0; i < 1200 && progressShown(); i++) {
            Thread.sleep(50);
            roundTrip();
        }
        assertThat(progressShown()).as("the view has shown the import's end").isFalse();
    }

    /** The import's progress bar is on the page (the query finds visible components only). */
    private boolean progressShown() {
        return !$(ProgressBar.class).withId("progress").all().isEmpty();
    }

    private void upload(Path file) throws Exception {
        test($(Upload.class).id("upload")).upload(file.getFileName().toString(),
                file.getFileName().toString().endsWith(".csv") ? "text/csv" : "application/octet-stream",
                Files.readAllBytes(file));
        roundTrip();
    }

    @SuppressWarnings("unchecked")
    private void chooseProfile(String name) {
        ComboBox<MappingProfile> profile = $(ComboBox.class).id("profile");
        profile.setValue(profile.getListDataView().getItems().filter(p -> p.name().equals(name)).findFirst().orElseThrow());
    }

    @Test
    void upload_preview_commit_and_reimport_show_the_right_counts() throws Exception {
        CaseImportView view = navigate(CaseImportView.class);
        Path file = TestFiles.export(dir, "lcs-export.xlsx", ExportShape.LIQUIDLOGIC_LIKE, TestFiles.cases(30, 31));
        upload(file);
        assertThat($(Span.class).id("file-name").getText()).isEqualTo("lcs-export.xlsx");
        chooseProfile("liquidlogic-like");
        $(TextField.class).id("source").setValue("view-test");

        Button commit = $(Button.class).id("commit");
        assertThat(commit.isEnabled()).as("commit only after a clean preview").isFalse();
        test($(Button.class).id("preview")).click();
        awaitImport(view);
        assertThat($(Span.class).id("result-summary").getText()).startsWith("Preview: ready to commit")
                .contains("30 / 0 / 0 / 0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE source = 'view-test'", Integer.class)).isZero();

        assertThat(commit.isEnabled()).isTrue();
        test(commit).click();
        awaitImport(view);
        assertThat($(Span.class).id("result-summary").getText()).startsWith("Committed").contains("30 / 0 / 0 / 0");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE source = 'view-test'", Integer.class))
                .isEqualTo(30);

        test($(Button.class).id("preview")).click();
        awaitImport(view);
        assertThat($(Span.class).id("result-summary").getText()).contains("0 / 0 / 30 / 0");
        assertThat(commit.isEnabled()).isTrue();
        test(commit).click();
        awaitImport(view);
        assertThat($(Span.class).id("result-summary").getText()).startsWith("Committed").contains("0 / 0 / 30 / 0");
    }

    @Test
    void preview_lists_every_problem_with_row_and_column_and_commit_stays_disabled() throws Exception {
        CaseImportView view = navigate(CaseImportView.class);
        String csv = TestFiles.standardHeader() + "\n"
                + TestFiles.standardRow(java.util.Map.of("case_reference", "P1", "child_reference", "C1", "team", "MASH",
                "referral_date", "2024-02-30")) + "\n"
                + TestFiles.standardRow(java.util.Map.of("case_reference", "P1", "child_reference", "C2", "team", "MASH"))
                + "\n";
        upload(TestFiles.text(dir, "problems.csv", csv));
        test($(Button.class).id("preview")).click();
        awaitImport(view);
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = $(Grid.class).id("problem-grid");
        assertThat(test(problems).size()).isEqualTo(2);
        assertThat(test(problems).getRow(0).row()).isEqualTo(2);
        assertThat(test(problems).getRow(0).column()).isEqualTo("referral_date");
        assertThat(test(problems).getRow(1).message()).contains("duplicate case reference");
        assertThat($(Button.class).id("commit").isEnabled()).isFalse();
    }

    @Test
    void the_problems_speak_plainly_naming_the_box_to_tick_and_dates_as_examples() throws Exception {
        CaseImportView view = navigate(CaseImportView.class);
        String csv = TestFiles.standardHeader() + "\n"
                + TestFiles.standardRow(java.util.Map.of("case_reference", "PW1", "child_reference", "C1",
                "team", "Team Nobody Knows")) + "\n"
                + TestFiles.standardRow(java.util.Map.of("case_reference", "PW2", "child_reference", "C2", "team", "MASH",
                "referral_date", "2024-02-30")) + "\n";
        upload(TestFiles.text(dir, "plain-words.csv", csv));
        test($(Button.class).id("preview")).click();
        awaitImport(view);
        @SuppressWarnings("unchecked")
        Grid<ImportProblem> problems = $(Grid.class).id("problem-grid");
        assertThat(problems.getThemeNames()).as("long messages wrap in their cells").contains("wrap-cell-content");
        String box = $(com.vaadin.flow.component.checkbox.Checkbox.class).id("accept-teams").getLabel();
        assertThat(box).isEqualTo("Add teams not yet known");
        java.util.List<ImportProblem> rows = problems.getGenericDataView().getItems().toList();
        assertThat(rows).filteredOn(p -> p.row() == 2).singleElement().extracting(ImportProblem::message)
                .asString().contains("tick '" + box + "'");
        assertThat(rows).filteredOn(p -> p.row() == 3).singleElement().extracting(ImportProblem::message)
                .isEqualTo("'2024-02-30' is not a date: write it like 31/03/2026 or 2026-03-31");
    }

    @Test
    @org.junit.jupiter.api.Tag("clock")
    void administrator_creates_and_revokes_an_integration_token_shown_once() {
        navigate(CaseImportView.class);
        $(TextField.class).id("integration-name").setValue("view-test-job");
        test($(Button.class).id("create-token")).click();
        String token = $(TextField.class).id("new-token").getValue();
        assertThat(token).startsWith("cat_").hasSizeGreaterThan(40);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_integration_token WHERE name = 'view-test-job'"
                + " AND token_hash <> ?", Integer.class, token)).isEqualTo(1);
        @SuppressWarnings("unchecked")
        Grid<org.caseaudit.cases.IntegrationAccount> accounts = $(Grid.class).id("integration-grid");
        int row = 0;
        while (!test(accounts).getRow(row).name().equals("view-test-job")) {
            row++;
        }
        // Scope, expiry (a year ahead on the application's clock) and status are listed (issue 19).
        assertThat(test(accounts).getCellText(row, 4)).isEqualTo("import, export");
        assertThat(test(accounts).getCellText(row, 5)).isEqualTo(org.caseaudit.shared.ui.Formats.date(
                java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC).plusDays(365)));
        assertThat(test(accounts).getCellText(row, 6)).isEqualTo("active");
        test((Button) test(accounts).getCellComponent(row, 7)).click();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_integration_token WHERE name = 'view-test-job'"
                + " AND revoked_at IS NOT NULL", Integer.class)).isEqualTo(1);
    }

    @Test
    void a_new_profile_is_filled_from_the_file_headings_saved_and_used() throws Exception {
        CaseImportView view = navigate(CaseImportView.class);
        String csv = "Case Reference;Child Reference;Team;Referral date;Child name\n"
                + "NP1;C1;MASH;2024-03-14;Someone\n";
        upload(TestFiles.text(dir, "council.csv", csv));
        test($(Button.class).id("preview")).click();
        awaitImport(view);
        assertThat($(Span.class).id("result-summary").getText()).startsWith("Preview: ready to commit");

        test($(Button.class).id("new-profile")).click();
        $(TextField.class).id("profile-name").setValue("council-view-test");
        $(TextField.class).id("profile-source").setValue("council");
        test($(Button.class).id("fill-from-file")).click();
        test($(Button.class).id("save-profile")).click();

        @SuppressWarnings("unchecked")
        ComboBox<MappingProfile> profile = $(ComboBox.class).id("profile");
        assertThat(profile.getValue().name()).isEqualTo("council-view-test");
        assertThat(profile.getValue().columns()).extracting(MappingProfile.ColumnMapping::sourceColumn)
                .containsExactly("Case Reference", "Child Reference", "Team", "Referral date");
        test($(Button.class).id("preview")).click();
        awaitImport(view);
        assertThat($(Span.class).id("result-summary").getText()).startsWith("Preview: ready to commit");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'MAPPING_PROFILE_CREATED'"
                + " AND detail = 'council-view-test'", Integer.class)).isEqualTo(1);
    }
}
