package org.caseaudit.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.caseaudit.audit.AuditFixtures.asRun;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditAssignment;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.audit.MyWork;
import org.caseaudit.audit.TestCases;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * On the application's own context (the register's demo cases as the frame): a context of its own, such as one with
 * a test frame source, would swap the security context strategy under the tests that run after it.
 */
@IntegrationTest
@Tag("clock")
class MyAuditsViewTest extends SpringBrowserlessTest {

    @Autowired AuditCycleService cycles;
    @Autowired SampleService samples;
    @Autowired AuditService audits;
    @Autowired AuditTestSupport support;
    @Autowired TestCases cases;
    @Autowired java.time.Clock clock;

    @SuppressWarnings("unchecked")
    private List<MyWork> rows() {
        Grid<MyWork> grid = $(Grid.class).id("my-audits-grid");
        List<MyWork> rows = new ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    private void showAll() {
        test($(RadioButtonGroup.class).id("my-audits-show")).selectItem(MyAuditsView.ALL);
    }

    @Test
    @WithMockUser(username = "auditor2", roles = "AUDITOR")
    void an_auditor_sees_the_sampled_cases_to_do_first_awaiting_the_lead_then_with_the_audits_status() {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = today.plusDays(30);
        CycleSummary cycle = asLead(() -> cycles.create(new CycleDetails("My audits view cycle", "s47-enquiry", 1,
                due, FrameDefinition.period(today.minusMonths(13), today.minusMonths(1)),
                SampleDesign.simpleRandom(new SampleSize.Fixed(12), 2), 0, true)));
        SampleRecord assigned = asLead(() -> {
            samples.draw(cycle.id(), cycle.version(), 31L);
            return samples.assign(cycle.id(), cycles.get(cycle.id()).version(), 1L);
        });
        long mine = assigned.activeItems().stream().filter(i -> "auditor2".equals(i.auditor())).count();
        assertThat(mine).isPositive();
        // and one audit of auditor2's, given directly and already submitted: finished work
        long done = support.assign(support.newCycle(), "auditor2", null);
        support.answerAll(done, "auditor2", "Yes", "Good", Roles.AUDITOR);
        asRun("auditor2", () -> audits.submit(done), Roles.AUDITOR);

        navigate(MyAuditsView.class);

        assertThat(rows()).filteredOn(r -> r.cycleName().equals("My audits view cycle")).hasSize((int) mine)
                .allSatisfy(r -> {
                    assertThat(r.dueDate()).isEqualTo(due);
                    assertThat(r.task()).isEqualTo(AuditKind.AUDIT);
                    assertThat(r.team()).isNotEqualTo("South Assessment Team");
                    assertThat(r.statusLabel()).isEqualTo("Awaiting the audit lead");
                });
        assertThat(rows()).allMatch(MyWork::toDo).noneMatch(r -> r.auditId() != null && r.auditId() == done);
        assertThat(test($(Grid.class).id("my-audits-grid")).getCellText(0, 0)).as("due date, the first column")
                .matches("\\d{2}/\\d{2}/\\d{4}");

        asLead(() -> audits.createForCycle(cycle.id()));
        navigate(MyAuditsView.class);

        assertThat(rows()).filteredOn(r -> r.cycleName().equals("My audits view cycle")).hasSize((int) mine)
                .allSatisfy(r -> {
                    assertThat(r.auditId()).isNotNull();
                    assertThat(r.statusLabel()).isEqualTo("Not started");
                });
        showAll();
        assertThat(rows()).filteredOn(r -> r.auditId() != null && r.auditId() == done).singleElement()
                .satisfies(r -> {
                    assertThat(r.statusLabel()).isEqualTo("Submitted");
                    assertThat(r.progressLabel()).matches("\\d+ of 32");
                });
        // to do first, then what is finished
        List<Boolean> toDo = rows().stream().map(MyWork::toDo).toList();
        assertThat(toDo.indexOf(false)).isGreaterThan(toDo.lastIndexOf(true));
    }

    @Test
    @WithMockUser(username = "member", roles = "INDEPENDENT_MEMBER")
    void an_independent_member_finds_their_qualitative_audit_with_no_team_shown() {
        long cycle = support.newCycle();
        long n = 95_000 + cycle;
        long caseId = cases.add(AuditFixtures.s47Case("Q-" + n));
        long id = as("lead", () -> audits.assign(List.of(new AuditAssignment(cycle, caseId, "Q-" + n,
                "qualitative-decision-making", 1, "member", null, true, LocalDate.of(2026, 12, 1)))),
                Roles.AUDIT_LEAD).getFirst();

        navigate(MyAuditsView.class);

        assertThat(rows()).filteredOn(r -> r.auditId() != null && r.auditId() == id).singleElement().satisfies(r -> {
            assertThat(r.caseReference()).isEqualTo("Q-" + n);
            assertThat(r.team()).isNull();
            assertThat(r.statusLabel()).isEqualTo("Not started");
        });
        Grid<?> grid = $(Grid.class).id("my-audits-grid");
        assertThat(grid.getColumns()).filteredOn(c -> "Team".equals(c.getHeaderText())).singleElement()
                .satisfies(c -> assertThat(c.isVisible()).as("team column shown").isFalse());
        assertThat($(Paragraph.class).withId("my-audits-empty").exists()).as("no 'nothing assigned' message").isFalse();
    }

    private static <T> T asLead(java.util.function.Supplier<T> call) {
        return org.caseaudit.security.RunAs.as("lead", call, "AUDIT_LEAD");
    }

    @Test
    @WithMockUser(username = "auditor", roles = "AUDITOR")
    @SuppressWarnings("unchecked")
    void on_a_phone_each_row_is_a_card_beside_its_open_link_and_the_grid_shows_every_row() {
        MyAuditsView view = navigate(MyAuditsView.class);
        Grid<MyWork> grid = $(Grid.class).id("my-audits-grid");
        // last, not first: the grid's focusable first cell round the link fails axe's target-size rule
        assertThat(grid.getColumns().getLast().getKey()).isEqualTo("open");
        assertThat(grid.isAllRowsVisible()).as("a person's list sizes to its rows; the page scrolls").isTrue();
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");

        boolean teamShown = grid.getColumnByKey("team").isVisible();
        view.compact(true);
        // a card per row beside the link: two columns, nothing to scroll sideways to
        assertThat(grid.getColumns().stream().filter(c -> c.isVisible()).map(c -> c.getKey()))
                .containsExactly("card", "open");
        if (test(grid).size() > 0) {
            MyWork first = test(grid).getRow(0);
            assertThat(test(grid).getCellComponent(0, "card").getElement().getTextRecursively())
                    .contains(first.caseReference()).contains(first.statusLabel()).contains(first.cycleName());
        }
        view.compact(false);
        assertThat(grid.getColumnByKey("card").isVisible()).isFalse();
        assertThat(grid.getColumnByKey("task").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("answered").isVisible()).isTrue();
        assertThat(grid.getColumnByKey("team").isVisible()).as("as before the phone").isEqualTo(teamShown);
    }
}
