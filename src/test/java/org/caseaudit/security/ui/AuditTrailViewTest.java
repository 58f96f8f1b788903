package org.caseaudit.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.caseaudit.IntegrationTest;
import org.caseaudit.security.AuditEntry;
import org.caseaudit.security.AuditTrail;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "admin", roles = "ADMIN")
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired AuditTrail trail;

    @Test
    @SuppressWarnings("unchecked")
    void the_whole_detail_of_an_entry_is_shown_under_its_row_which_a_click_opens() {
        String detail = "cycle 12, case CR0000372: excluded because the family moved out of the area before the"
                + " enquiry started; the reserve CR0000401 (draw order 19) replaces it; auditor auditor2";
        trail.record("admin", "TRAIL_VIEW_TEST", "sample_item", "77", detail, "127.0.0.1", AuditTrail.Outcome.SUCCESS);
        navigate(AuditTrailView.class);
        test($(TextField.class).id("trail-action")).setValue("TRAIL_VIEW_TEST");

        Grid<AuditEntry> grid = $(Grid.class).id("trail-grid");
        assertThat(test(grid).size()).isEqualTo(1);
        AuditEntry entry = test(grid).getRow(0);
        assertThat(grid.isDetailsVisible(entry)).isFalse();
        // the browser opens a row's details on a click (Grid's own "details visible on click")
        assertThat(grid.isDetailsVisibleOnClick()).isTrue();

        grid.setDetailsVisible(entry, true);

        assertThat($(Paragraph.class).withClassName("trail-detail").single().getText()).isEqualTo(detail);
    }
}
