package org.caseaudit.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditSummary;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.audit.TestCases;
import org.caseaudit.security.UserSummary;
import org.caseaudit.templates.TemplateVersionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class AuditResultsViewTest extends SpringBrowserlessTest {

    @Autowired AuditTestSupport support;
    @Autowired TestCases cases;
    @Autowired AuditService audits;

    @Test
    @SuppressWarnings("unchecked")
    void the_lead_gives_an_independent_member_a_qualitative_audit_and_a_wrong_reference_is_named() {
        long cycle = support.newCycle();
        support.assign(cycle, "auditor", null);
        long n = 97_000 + cycle;
        long caseId = cases.add(AuditFixtures.s47Case("QV-" + n));
        navigate(AuditResultsView.class);
        test($(Select.class).id("cycle-select")).selectItem(audits.cycleName(cycle));
        Grid<AuditSummary> grid = $(Grid.class).id("cycle-audits-grid");
        assertThat(test(grid).size()).isEqualTo(1);

        test($(Button.class).id("give-qualitative")).click();
        Select<TemplateVersionSummary> checklist = $(Select.class).id("qualitative-checklist");
        assertThat(checklist.getValue().templateId()).isEqualTo("qualitative-decision-making");
        ComboBox<UserSummary> member = $(ComboBox.class).id("qualitative-member");
        test(member).selectItem("Irene Walsh");
        test($(TextField.class).id("qualitative-case")).setValue("QV-NOPE");
        test($(Button.class).id("qualitative-give")).click();
        assertThat($(Paragraph.class).id("qualitative-error").getText())
                .isEqualTo("No case with the reference \u201cQV-NOPE\u201d in the case register");

        test($(TextField.class).id("qualitative-case")).setValue("QV-" + n);
        test($(Button.class).id("qualitative-give")).click();

        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(grid.getGenericDataView().getItems().toList()).filteredOn(a -> a.caseId() == caseId)
                .singleElement().satisfies(a -> {
                    assertThat(a.auditor()).isEqualTo("member");
                    assertThat(a.templateId()).isEqualTo("qualitative-decision-making");
                });
        assertThat($(Button.class).withId("qualitative-give").exists()).as("the dialog closed").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_cycle_audits_grid_shows_all_its_audits_and_the_actions_wrap_rather_than_hide() {
        long cycle = support.newCycle();
        for (int i = 0; i < 13; i++) {
            support.assign(cycle, "auditor", null);
        }
        navigate(AuditResultsView.class);
        test($(Select.class).id("cycle-select")).selectItem(support.cycleName(cycle));
        Grid<AuditSummary> grid = $(Grid.class).id("cycle-audits-grid");
        assertThat(test(grid).size()).isEqualTo(13);
        assertThat(grid.isAllRowsVisible()).as("13 audits, 13 rows shown: never a 92 px strip").isTrue();
        // last, not first: the grid's focusable first cell round the buttons fails axe's target-size rule
        assertThat(grid.getColumns().getLast().getKey()).isEqualTo("actions");
        Button create = $(Button.class).id("create-cycle-audits");
        assertThat(((com.vaadin.flow.component.orderedlayout.HorizontalLayout) create.getParent().orElseThrow())
                .getThemeNames()).as("the toolbar wraps on a phone instead of cutting the button's words")
                .contains("wrap");
    }
}
