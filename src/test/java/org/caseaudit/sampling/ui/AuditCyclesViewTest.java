package org.caseaudit.sampling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.caseaudit.IntegrationTest;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.SampleItemInfo;
import org.caseaudit.sampling.SamplingMethod;
import org.caseaudit.sampling.TestFrameSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@Import(TestFrameSource.class)
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class AuditCyclesViewTest extends SpringBrowserlessTest {

    @BeforeEach
    void open() {
        navigate(AuditCyclesView.class);
    }

    /**
     * Opens a new cycle and sets what these tests rely on: the dialog comes filled in from the latest cycle in the
     * database (which other tests wrote), so frame filters and design are reset to this test's own.
     */
    @SuppressWarnings("unchecked")
    private void openNewCycle() {
        test($(Button.class).id("new-cycle")).click();
        $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("frame-teams").clear();
        $(com.vaadin.flow.component.combobox.MultiSelectComboBox.class).id("frame-outcomes").clear();
        test($(IntegerField.class).id("frame-exclude-months")).setValue(0);
        test($(TextArea.class).id("frame-exclusions")).setValue("");
        ((Select<Object>) $(Select.class).id("frame-date-field")).setValue(
                org.caseaudit.sampling.FrameDefinition.DateField.S47_START);
        ((Select<Object>) $(Select.class).id("design-method")).setValue(SamplingMethod.STRATIFIED);
        ((Select<Object>) $(Select.class).id("design-size-type")).setValue("Percentage");
        $(com.vaadin.flow.component.textfield.BigDecimalField.class).id("design-percent").setValue(
                java.math.BigDecimal.TEN);
        test($(IntegerField.class).id("design-at-least")).setValue(10);
        $(IntegerField.class).id("design-at-most").clear();
        test($(IntegerField.class).id("design-reserves")).setValue(5);
        ((Select<Object>) $(Select.class).id("design-allocation")).setValue(
                org.caseaudit.sampling.Allocation.PROPORTIONAL);
        $(com.vaadin.flow.component.checkbox.Checkbox.class).id("design-at-least-one").setValue(true);
        test($(IntegerField.class).id("moderation-percent")).setValue(20);
    }

    private void createCycle(String name) {
        openNewCycle();
        test($(TextField.class).id("cycle-name")).setValue(name);
        test($(DatePicker.class).id("period-from")).setValue(LocalDate.of(2026, 3, 1));
        test($(DatePicker.class).id("period-to")).setValue(LocalDate.of(2026, 3, 31));
        test($(DatePicker.class).id("due-date")).setValue(LocalDate.of(2026, 5, 29));
        test($(TextArea.class).id("frame-exclusions")).setValue("CR-160, sibling already audited");
        test($(Button.class).id("preview-frame")).click();
        assertThat($(Div.class).id("frame-size").getText()).startsWith("The frame holds 59 cases")
                .contains("Excluded by reference: CR-160.");
        test($(Button.class).id("advise-size")).click();
        assertThat($(Div.class).id("size-advice").getText())
                .isEqualTo(
                "At 95% confidence, expecting 1% deviations and tolerating 10%: 46 cases (1 deviation expected); "
                        + "26 for a population of 59. In plain words: audit 26 cases; if no more than 1 of them falls"
                        + " short of a standard, you can be 95% sure that fewer than 10% of all the cases in the frame"
                        + " fall short of it.");
        test($(Button.class).id("save-cycle")).click();
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_lead_creates_draws_verifies_excludes_and_assigns() {
        createCycle("View test cycle");
        Grid<CycleSummary> cycles = $(Grid.class).id("cycles-grid");
        assertThat(cycles.getThemeNames()).as("long cycle names wrap, never cut off").contains("wrap-cell-content");
        int row = rowOf(cycles, "View test cycle");
        test(cycles).select(row);

        test($(TextField.class).id("draw-seed")).setValue("12345");
        test($(Button.class).id("draw-sample")).click();
        Grid<SampleItemInfo> items = $(Grid.class).id("items-grid");
        assertThat(test(items).size()).isEqualTo(15); // 10% of 59 rounded up = 6, at least 10; + 5 reserves
        assertThat($(Div.class).id("sample-record").getText()).contains("seed 12345 (entered)").contains(
        "Population 59 cases");
        assertThat(test((Grid<?>) $(Grid.class).id("allocation-grid")).size()).isEqualTo(4);

        assertThat($(Button.class).id("draw-sample").isEnabled()).as("a draw is final").isFalse();
        assertThat($(Div.class).id("cycle-next-step").getText()).contains("then assign auditors and moderators");
        test($(Button.class).id("redraw-sample")).click();
        test($(Button.class).id("confirm-redraw")).click(); // no reason: refused in the dialog
        assertThat($(TextArea.class).id("redraw-reason").isInvalid()).isTrue();
        test($(TextArea.class).id("redraw-reason")).setValue("The period was a month out");
        test($(TextField.class).id("redraw-seed")).setValue("54321");
        test($(Button.class).id("confirm-redraw")).click();
        assertThat($(Div.class).id("sample-record").getText()).contains("seed 54321 (entered)")
                .contains("Earlier draw 1: Drawn 10 + 5 reserves from 59 cases with seed 12345 (entered) by lead")
                .contains(": The period was a month out.");
        items = $(Grid.class).id("items-grid");

        test($(Button.class).id("verify-sample")).click();
        assertThat($(Div.class).id("verify-result").getText()).startsWith("Confirmed. ");

        test(items).select(0);
        String excluded = test(items).getRow(0).caseReference();
        test($(Button.class).id("exclude-item")).click();
        test($(TextArea.class).id("exclude-reason")).setValue("Case closed before the enquiry began");
        test($(Button.class).id("confirm-exclude")).click();
        items = $(Grid.class).id("items-grid");
        assertThat(test(items).getRow(0).status()).isEqualTo(SampleItemInfo.Status.EXCLUDED);
        assertThat(rows(items).stream().filter(i -> excluded.equals(i.replacesReference()))).hasSize(1);

        test($(Button.class).id("assign-sample")).click();
        items = $(Grid.class).id("items-grid");
        assertThat(rows(items).stream().filter(SampleItemInfo::active)).as($(Div.class).id("verify-result").getText())
                .hasSize(10).allMatch(i -> i.auditor() != null);
        cycles = $(Grid.class).id("cycles-grid");
        assertThat(test(cycles).getRow(rowOf(cycles, "View test cycle")).locked()).isTrue();
        assertThat($(Button.class).id("draw-sample").isEnabled()).isFalse();
        assertThat($(Button.class).id("redraw-sample").isEnabled()).isFalse();
        assertThat($(Div.class).id("cycle-next-step").getElement().getTextRecursively()).contains("Audit results");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_simple_random_sample_is_listed_from_the_register_and_a_case_excluded_by_its_place_in_the_draw() {
        openNewCycle();
        test($(TextField.class).id("cycle-name")).setValue("View test simple random");
        test($(DatePicker.class).id("period-from")).setValue(LocalDate.of(2026, 3, 1));
        test($(DatePicker.class).id("period-to")).setValue(LocalDate.of(2026, 3, 31));
        test((Select<SamplingMethod>) $(Select.class).id("design-method")).selectItem(
                SamplingMethod.SIMPLE_RANDOM.label());
        test($(Button.class).id("save-cycle")).click();
        Grid<CycleSummary> cycles = $(Grid.class).id("cycles-grid");
        test(cycles).select(rowOf(cycles, "View test simple random"));

        test($(TextField.class).id("draw-seed")).setValue("2468");
        test($(Button.class).id("draw-sample")).click();
        Grid<SampleItemInfo> items = $(Grid.class).id("items-grid");
        java.util.List<SampleItemInfo> drawn = rows(items);
        assertThat(drawn).isNotEmpty().allSatisfy(i -> {
            assertThat(i.caseReference()).isEqualTo("CR-" + i.caseId()); // the register's reference, not the id
            assertThat(i.team()).isIn(TestFrameSource.TEAMS);
        });
        assertThat($(Grid.class).withId("allocation-grid").exists()).as("no allocation table without strata").isFalse();

        test(items).select(1);
        String excluded = drawn.get(1).caseReference();
        test($(Button.class).id("exclude-item")).click();
        test($(TextArea.class).id("exclude-reason")).setValue("Wrong child on the record");
        test($(Button.class).id("confirm-exclude")).click();
        items = $(Grid.class).id("items-grid");
        assertThat(test(items).getRow(1).caseReference()).isEqualTo(excluded);
        assertThat(test(items).getRow(1).status()).isEqualTo(SampleItemInfo.Status.EXCLUDED);
        assertThat(rows(items).stream().filter(i -> excluded.equals(i.replacesReference()))).hasSize(1);
        test($(Button.class).id("verify-sample")).click();
        assertThat($(Div.class).id("verify-result").getText()).startsWith("Confirmed. ");
    }

    @Test
    void a_cycle_without_a_name_is_refused_on_the_name_field() {
        createCycle("");
        assertThat($(TextField.class).id("cycle-name").isInvalid()).isTrue();
        assertThat($(TextField.class).id("cycle-name").getErrorMessage()).isEqualTo("Enter a name for the cycle");
    }

    @Test
    void the_editor_shows_what_the_form_alone_can_tell_on_each_field_and_saves_nothing() {
        openNewCycle();
        test($(TextField.class).id("cycle-name")).setValue("View test form checks");
        test($(DatePicker.class).id("period-from")).setValue(LocalDate.of(2026, 3, 31));
        test($(DatePicker.class).id("period-to")).setValue(LocalDate.of(2026, 3, 1));
        test($(IntegerField.class).id("moderation-percent")).setValue(150);
        test($(IntegerField.class).id("design-reserves")).setValue(-1);
        test($(Button.class).id("save-cycle")).click();

        assertThat($(DatePicker.class).id("period-to").getErrorMessage()).isEqualTo("The period ends before it starts");
        assertThat($(IntegerField.class).id("moderation-percent").getErrorMessage())
                .isEqualTo("The moderation share is 0 to 100%");
        assertThat($(IntegerField.class).id("design-reserves").getErrorMessage()).isEqualTo("Give 0 or more reserves");
        assertThat($(IntegerField.class).id("moderation-percent").isInvalid()).isTrue();
        assertThat($(com.vaadin.flow.component.dialog.Dialog.class).id("cycle-editor").isOpened()).isTrue();
        Grid<CycleSummary> cycles = $(Grid.class).id("cycles-grid");
        assertThat(java.util.stream.IntStream.range(0, test(cycles).size()).mapToObj(i -> test(cycles)
                .getRow(i).name()))
                .doesNotContain("View test form checks");
    }

    private int rowOf(Grid<CycleSummary> grid, String name) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in the grid");
    }

    private java.util.List<SampleItemInfo> rows(Grid<SampleItemInfo> grid) {
        java.util.List<SampleItemInfo> rows = new java.util.ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }
}
