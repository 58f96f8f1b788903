package org.caseaudit.reports.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import org.caseaudit.IntegrationTest;
import org.caseaudit.templates.TemplateService;
import org.caseaudit.templates.TemplateVersionSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "member", roles = "INDEPENDENT_MEMBER")
class ReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    TemplateService templates;

    @Test
    @SuppressWarnings("unchecked")
    void every_template_version_offers_its_printable_checklist() {
        navigate(ReportsView.class);
        Grid<TemplateVersionSummary> grid = $(Grid.class).id("checklists-grid");
        var rows = test(grid);
        assertThat(rows.size()).isEqualTo(templates.versions().size());
        for (int i = 0; i < rows.size(); i++) {
            TemplateVersionSummary version = rows.getRow(i);
            Anchor link = (Anchor) rows.getCellComponent(i, "download");
            assertThat(link.getId()).hasValue("checklist-" + version.templateId() + "-" + version.version());
            assertThat(link.getHref()).isNotBlank();
        }
    }
}
