package org.caseaudit.findings.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.findings.ActionForm;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.findings.QuestionCompliance;
import org.caseaudit.findings.Theme;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@Tag("clock")
class FindingsViewsTest extends SpringBrowserlessTest {

    @Autowired AuditTestSupport support;
    @Autowired ActionPlanService plan;
    @Autowired org.caseaudit.findings.DeliveryGroupService groups;
    @Autowired Clock clock;

    private long cycleWithFindings() {
        long cycle = support.newCycle();
        for (String auditor : List.of("auditor", "auditor2")) {
            support.submitted(cycle, auditor, "No", "Good");
        }
        return cycle;
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> rows(Grid<T> grid) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    @SuppressWarnings("unchecked")
    void the_lead_sees_compliance_with_n_interval_and_small_sample_and_turns_a_theme_into_an_action() {
        long cycle = cycleWithFindings();
        navigate(FindingsView.class);
        $(Select.class).id("findings-cycle").setValue(cycle);

        assertThat($(Span.class).id("findings-progress").getText()).isEqualTo("Audits done: 2 of 2");
        Grid<QuestionCompliance> compliance = $(Grid.class).id("compliance-grid");
        List<QuestionCompliance> rows = rows(compliance);
        assertThat(rows).isNotEmpty().allSatisfy(r -> assertThat(r.smallSample()).isTrue());
        int audited = rows.indexOf(rows.stream().filter(r -> r.audited() == 2).findFirst().orElseThrow());
        assertThat(test(compliance).getCellText(audited, 4)).isEqualTo("2");
        assertThat(test(compliance).getCellText(audited, 6)).matches("\\d+%\u2013\\d+%");
        assertThat(test(compliance).getCellText(audited, 7)).isEqualTo("Small sample");

        assertThat(compliance.getThemeNames()).as("long questions and the Sample column wrap, never cut off")
                .contains("wrap-cell-content");
        Grid<Theme> themes = $(Grid.class).id("themes-grid");
        assertThat(themes.isAllRowsVisible()).isTrue();
        List<Theme> themeRows = rows(themes);
        assertThat(themeRows).isNotEmpty();
        assertThat(test(themes).getCellText(0, 2)).contains("of 2 files");
        assertThat(rows($(Grid.class).id("findings-grid"))).isNotEmpty();

        themes.select(themeRows.getFirst());
        test($(Button.class).id("create-actions")).click();
        List<ActionItem> created = plan.plan(false).stream()
                .filter(a -> a.sourceCycleId() != null && a.sourceCycleId() == cycle).toList();
        assertThat(created).extracting(ActionItem::theme).containsExactly(themeRows.getFirst().tag());
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    @SuppressWarnings("unchecked")
    void the_lead_filters_overdue_actions_closes_one_with_evidence_and_is_offered_its_reaudit() {
        ActionItem late = plan.create(null, "s47-enquiry", "chronology", List.of("chronology-on-file"),
                new ActionForm("Chronologies out of date", "Chronology workshop", "auditor", "Team manager",
                        LocalDate.now(clock).minusDays(3), ActionStatus.IN_PROGRESS));
        navigate(ActionPlanView.class);
        $(RadioButtonGroup.class).id("plan-filter").setValue(ActionPlanView.OVERDUE);
        Grid<ActionItem> grid = $(Grid.class).id("action-grid");
        List<ActionItem> shown = rows(grid);
        assertThat(shown).allMatch(ActionItem::overdue).extracting(ActionItem::id).contains(late.id());
        int row = shown.indexOf(shown.stream().filter(a -> a.id() == late.id()).findFirst().orElseThrow());
        assertThat(test(grid).getCellText(row, 3)).isEqualTo("Aisha Khan, Team manager");
        assertThat(test(grid).getCellText(row, 5)).isEqualTo("In progress (overdue)");

        grid.select(shown.get(row));
        test($(TextArea.class).id("action-note")).setValue("Workshop held for North team");
        test($(Button.class).id("action-add-note")).click();
        assertThat(plan.get(late.id()).notes()).extracting(ActionItem.ProgressNote::text)
                .containsExactly("Workshop held for North team");

        test($(Button.class).id("close-action")).click();
        test($(TextArea.class).id("action-evidence")).setValue("Attendance list of the workshop");
        $(DatePicker.class).id("action-completed-on").setValue(LocalDate.now(clock));
        test($(Button.class).id("action-close-confirm")).click();
        assertThat(plan.get(late.id()).status()).isEqualTo(ActionStatus.COMPLETE);
        assertThat($(Paragraph.class).id("reaudit-questions").getText())
                .contains("Is a chronology on file and up to date?");
        test($(Button.class).id("reaudit-later")).click();
        assertThat(plan.get(late.id()).reauditCycleId()).isNull();
    }

    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    void panel_viewers_read_the_plan_without_edit_controls() {
        as("lead", () -> plan.create(null, null, null, List.of(), new ActionForm("Issue for the panel",
                "Action for the panel", null, "Head of service", null, ActionStatus.NOT_STARTED)), Roles.AUDIT_LEAD);
        navigate(ActionPlanView.class);
        assertThat($(Button.class).withId("new-action").exists()).isFalse();
        @SuppressWarnings("unchecked")
        Grid<ActionItem> grid = $(Grid.class).id("action-grid");
        List<ActionItem> shown = rows(grid);
        assertThat(shown).extracting(ActionItem::issue).contains("Issue for the panel");
        grid.select(shown.getFirst());
        assertThat($(Button.class).withId("edit-action").exists()).isFalse();
    }

    @Test
    @WithMockUser(username = "auditor3", roles = "AUDITOR")
    @SuppressWarnings("unchecked")
    void an_owner_sees_their_actions_and_adds_a_progress_note() {
        ActionItem mine = as("lead", () -> plan.create(null, null, null, List.of(), new ActionForm("Owner's issue",
                "Owner's action", "auditor3", null, null, ActionStatus.IN_PROGRESS)), Roles.AUDIT_LEAD);
        MyActionsView myActions = navigate(MyActionsView.class);
        Grid<ActionItem> myGrid = $(Grid.class).id("my-actions-grid");
        assertThat(myGrid.isAllRowsVisible()).isTrue();
        myActions.compact(true);
        assertThat(myGrid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey()))
                .as("on a phone, one card per action").containsExactly("card");
        myActions.compact(false);
        assertThat(myGrid.getColumnByKey("owner").isVisible()).isTrue();
        Grid<ActionItem> grid = $(Grid.class).id("my-actions-grid");
        List<ActionItem> shown = rows(grid);
        assertThat(shown).extracting(ActionItem::id).contains(mine.id());
        assertThat($(Paragraph.class).withId("my-actions-empty").exists()).isFalse();
        grid.select(shown.stream().filter(a -> a.id() == mine.id()).findFirst().orElseThrow());
        test($(TextArea.class).id("my-action-note")).setValue("Started");
        test($(Button.class).id("my-action-add-note")).click();
        assertThat(as("lead", () -> plan.get(mine.id()), Roles.AUDIT_LEAD).notes())
                .extracting(ActionItem.ProgressNote::text).containsExactly("Started");
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    @SuppressWarnings("unchecked")
    void the_themes_select_all_box_chooses_every_theme_for_actions() {
        long cycle = cycleWithFindings();
        navigate(FindingsView.class);
        $(Select.class).id("findings-cycle").setValue(cycle);
        Grid<Theme> themes = $(Grid.class).id("themes-grid");
        List<Theme> themeRows = rows(themes);
        assertThat(themeRows).hasSizeGreaterThan(1);
        // the header box as the browser sends it: the selection column's selectAll property, changed by the user
        com.vaadin.flow.dom.Element column = themes.getElement().getChildren()
                .filter(e -> "vaadin-grid-flow-selection-column".equals(e.getTag())).findFirst().orElseThrow();
        assertThat(column.getProperty("_selectAllHidden", true)).as("the select-all box is shown").isFalse();
        test(themes).selectAll();
        assertThat(themes.getSelectedItems()).containsExactlyInAnyOrderElementsOf(themeRows);
        test($(Button.class).id("create-actions")).click();
        List<ActionItem> created = plan.plan(false).stream()
                .filter(a -> a.sourceCycleId() != null && a.sourceCycleId() == cycle).toList();
        assertThat(created).extracting(ActionItem::theme)
                .containsExactlyInAnyOrderElementsOf(themeRows.stream().map(Theme::tag).toList());
    }

    /**
     * The action plan as the panel sees it on screen, read cell by cell and with the chosen action's details: no
     * small count of files, no name or username, no free text, no group chair; the owner by role and group.
     */
    @Test
    @WithMockUser(username = "panel", roles = "PANEL_VIEWER")
    @SuppressWarnings("unchecked")
    void the_panels_action_plan_screen_discloses_nothing() {
        String suffix = Long.toString(System.nanoTime(), 36);
        org.caseaudit.findings.DeliveryGroup group = as("lead", () -> groups.save(null, 0, "Screen Group " + suffix,
                "Chair Of Screen " + suffix), Roles.AUDIT_LEAD);
        ActionItem a = as("lead", () -> plan.create(null, "s47-enquiry", "chronology",
                List.of("chronology-on-file"), new ActionForm("In 7 of 10 files " + suffix + ", no chronology.",
                        "Chronology workshop " + suffix, "auditor", "Team manager", LocalDate.now(clock).plusDays(30),
                        ActionStatus.IN_PROGRESS, group.id())), Roles.AUDIT_LEAD);
        as("lead", () -> plan.addNote(a.id(), "Spoke to Aisha Khan about case " + suffix), Roles.AUDIT_LEAD);
        navigate(ActionPlanView.class);
        $(com.vaadin.flow.component.combobox.ComboBox.class).id("plan-group").setValue(group);
        Grid<ActionItem> grid = $(Grid.class).id("action-grid");
        List<ActionItem> shown = rows(grid);
        assertThat(shown).extracting(ActionItem::id).containsExactly(a.id());
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < 6; c++) {
            text.append(test(grid).getCellText(0, c)).append('\n');
        }
        assertThat(text).contains("Theme: Chronology").contains("Team manager; " + group.name());
        grid.select(shown.getFirst());
        text.append($(com.vaadin.flow.component.orderedlayout.VerticalLayout.class).id("action-details").getElement()
                .getTextRecursively());
        List<String> forbidden = new ArrayList<>(List.of("Aisha Khan", "(auditor)", a.issue(), a.action(),
                group.chair(), suffix + ", no chronology"));
        assertThat(org.caseaudit.findings.DisclosureTextCheck.problems("panel's action plan", text.toString(), 5,
                forbidden)).isEmpty();
        assertThat(text).contains("1 progress note");
    }
}
