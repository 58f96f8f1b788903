package org.caseaudit.cases.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.S47Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class CaseRegisterViewTest extends SpringBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    @SuppressWarnings("unchecked")
    Grid<CaseFacts> grid() {
        return $(Grid.class).id("case-grid");
    }

    @Test
    void register_lists_the_demo_cases_lazily_and_filters_narrow_them() {
        navigate(CaseRegisterView.class);
        int all = test(grid()).size();
        assertThat(all).isGreaterThanOrEqualTo(600);
        assertThat($(Span.class).id("case-count").getText()).isEqualTo(all + " cases");

        @SuppressWarnings("unchecked")
        ComboBox<S47Outcome> outcome = $(ComboBox.class).id("filter-outcome");
        test(outcome).selectItem(S47Outcome.ICPC.label());
        int icpc = test(grid()).size();
        assertThat(icpc).isBetween(1, all - 1);
        for (int i = 0; i < Math.min(icpc, 20); i++) {
            assertThat(test(grid()).getRow(i).data().s47Outcome()).isEqualTo(S47Outcome.ICPC);
        }

        @SuppressWarnings("unchecked")
        Select<String> withIcpc = $(Select.class).id("filter-icpc");
        test(withIcpc).selectItem(CaseRegisterView.WITHOUT_ICPC);
        // the demo register's ICPC cases all have their conference date; another test's cases in the shared register
        // (e.g. TimescaleStatusStoreTest's ICPC outcomes without a date) may still match, so check every row shown
        int without = test(grid()).size();
        assertThat(without).isLessThan(icpc);
        for (int i = 0; i < without; i++) {
            assertThat(test(grid()).getRow(i).data().s47Outcome()).isEqualTo(S47Outcome.ICPC);
            assertThat(test(grid()).getRow(i).data().icpcDate()).isNull();
        }
    }

    @Test
    void opening_a_case_shows_its_facts_and_is_audit_trailed() {
        navigate(CaseRegisterView.class);
        int before = jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_FACTS_VIEWED'",
                Integer.class);
        CaseFacts first = test(grid()).getRow(0);
        // the demo register's cases are shared: other tests (the demo walks) may have opened this one as lead already
        String viewedByLead = "SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_FACTS_VIEWED' AND actor = 'lead'"
                + " AND target_id = ?";
        int beforeForCase = jdbc.queryForObject(viewedByLead, Integer.class, String.valueOf(first.id()));
        test(grid()).select(0);
        assertThat($(H3.class).id("case-facts-title").getText()).isEqualTo("Case " + first.data().caseReference());
        assertThat($(H3.class).id("case-timescales").getText()).isEqualTo("Timescales");
        assertThat($(com.vaadin.flow.component.html.Div.class).id("timescale-icpc").getElement().getAttribute("title"))
                .isNotNull();
        assertThat(jdbc.queryForObject(viewedByLead, Integer.class, String.valueOf(first.id())))
                .isEqualTo(beforeForCase + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_event WHERE action = 'CASE_FACTS_VIEWED'",
                Integer.class)).isEqualTo(before + 1);
    }
}
