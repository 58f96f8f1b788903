package org.caseaudit.partnership.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.partnership.Comparison;
import org.caseaudit.partnership.FunnelPosition;
import org.caseaudit.partnership.PartnershipFixtures;
import org.caseaudit.security.Role;
import org.caseaudit.shared.ui.Chart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The comparison page as a partnership lead: their partnership's councils by name, figures and the pack link. */
@IntegrationTest
class PartnershipComparisonViewTest extends SpringBrowserlessTest {

    static final String LEAD = "pview-lead";
    static final String PARTNERSHIP = "View test partnership";

    @Autowired
    PartnershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void partnership() {
        if (fixtures.councilsOf(LEAD).isEmpty()) {
            long p = fixtures.partnership(PARTNERSHIP);
            fixtures.council("Brierley (view)", p);
            long aston = fixtures.council("Aston (view)", p);
            fixtures.createUser(aston, LEAD, Role.PARTNERSHIP_LEAD);
        }
    }

    @SuppressWarnings("unchecked")
    private List<Comparison.Row> rows() {
        Grid<Comparison.Row> grid = $(Grid.class).id("comparison-grid");
        List<Comparison.Row> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    @Test
    @WithMockUser(username = LEAD, roles = "PARTNERSHIP_LEAD")
    void the_lead_sees_each_council_of_the_partnership_by_name_and_the_pack() {
        navigate(PartnershipComparisonView.class);
        assertThat($(H2.class).first().getText()).isEqualTo(PARTNERSHIP);
        assertThat($(Paragraph.class).id("comparison-intro").getText()).contains("Aston (view), Brierley (view)");
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ?",
                Integer.class, LEAD, "PARTNERSHIP_COMPARISON_VIEWED");
        test($(Button.class).id("comparison-run")).click();
        assertThat(rows()).extracting(Comparison.Row::council).containsExactly("Aston (view)", "Brierley (view)");
        // no cycle in either council: nothing audited, no point and no plot
        assertThat(rows()).extracting(Comparison.Row::audited).containsExactly("0", "0");
        assertThat(rows()).extracting(Comparison.Row::position)
                .containsOnly(FunnelPosition.NOT_SHOWN);
        assertThat($(Chart.class).all()).as("no visible plot").isEmpty();
        assertThat($(Paragraph.class).id("funnel-note").getText()).startsWith("No funnel plot");
        assertThat($(Paragraph.class).id("comparison-disclosure").getText()).contains("Disclosure control");
        assertThat($(Anchor.class).id("comparison-workbook").getText()).contains("comparison pack");
        assertThat($(Anchor.class).id("comparison-pdf").getText()).isEqualTo("Download the comparison pack (PDF)");
        assertThat($(Anchor.class).id("comparison-html").getText()).contains("accessible web page");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ?",
                Integer.class, LEAD, "PARTNERSHIP_COMPARISON_VIEWED")).isEqualTo(before + 1);
    }

    @Test
    @WithMockUser(username = "pview-lone", roles = "PARTNERSHIP_LEAD")
    void a_lead_whose_council_is_in_no_partnership_is_told_so() {
        if (fixtures.councilsOf("pview-lone").isEmpty()) {
            fixtures.createUser(fixtures.council("Lone council (view)", null), "pview-lone", Role.PARTNERSHIP_LEAD);
        }
        navigate(PartnershipComparisonView.class);
        assertThat($(Paragraph.class).id("comparison-no-partnership").getText()).contains(
                "no safeguarding partnership");
        assertThat($(Grid.class).all()).isEmpty();
    }
}
