package org.caseaudit.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.Deadline;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/** The deadline monitor's list keeps a usable height under its summary: never two rows of sixty. */
@IntegrationTest
@Tag("clock")
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class DeadlineMonitorViewTest extends SpringBrowserlessTest {

    @Test
    @SuppressWarnings("unchecked")
    void the_deadline_list_fills_the_page_with_a_floor_and_the_summary_sizes_to_its_rows() {
        navigate(DeadlineMonitorView.class);
        $(IntegerField.class).id("deadline-within").setValue(60);
        Grid<Deadline> grid = $(Grid.class).id("deadline-grid");
        assertThat(test(grid).size()).as("demo deadlines within 60 working days").isGreaterThan(10);
        assertThat(grid.isAllRowsVisible()).as("a long list scrolls inside the grid").isFalse();
        assertThat(grid.getMinHeight()).as("a floor: the page scrolls rather than squeezing the grid")
                .isEqualTo("24rem");
        assertThat(grid.getStyle().get("flex")).as("takes the height the page leaves").isEqualTo("1 0 auto");
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat($(Grid.class).id("deadline-summary").isAllRowsVisible()).isTrue();
    }
}
