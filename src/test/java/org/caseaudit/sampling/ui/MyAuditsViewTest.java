package org.caseaudit.sampling.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.MyAudit;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.TestFrameSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
@Import(TestFrameSource.class)
@WithMockUser(username = "auditor2", roles = "AUDITOR")
class MyAuditsViewTest extends SpringBrowserlessTest {

    @Autowired
    AuditCycleService cycles;
    @Autowired
    SampleService samples;

    @Test
    @SuppressWarnings("unchecked")
    void an_auditor_sees_the_cases_assigned_to_them_with_the_due_date() {
        SampleRecord assigned = asLead(() -> {
            CycleSummary cycle = cycles.create(new CycleDetails("My audits view cycle", null, null, LocalDate.of(2026, 6, 30),
                    FrameDefinition.period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                    SampleDesign.simpleRandom(new SampleSize.Fixed(12), 2), 0));
            samples.draw(cycle.id(), cycle.version(), 31L);
            return samples.assign(cycle.id(), cycles.get(cycle.id()).version(), 1L);
        });
        long mine = assigned.activeItems().stream().filter(i -> "auditor2".equals(i.auditor())).count();
        assertThat(mine).isPositive();

        navigate(MyAuditsView.class);

        Grid<MyAudit> grid = $(Grid.class).id("my-audits-grid");
        List<MyAudit> rows = new java.util.ArrayList<>();
        for (int i = 0; i < test(grid).size(); i++) {
            rows.add(test(grid).getRow(i));
        }
        assertThat(rows.stream().filter(r -> r.cycleName().equals("My audits view cycle"))).hasSize((int) mine)
                .allSatisfy(r -> {
                    assertThat(r.dueDate()).isEqualTo(LocalDate.of(2026, 6, 30));
                    assertThat(r.task()).isEqualTo(MyAudit.Task.AUDIT);
                    assertThat(r.team()).isNotEqualTo("South Assessment Team");
                });
        assertThat(test(grid).getCellText(0, 0)).matches("\\d{2}/\\d{2}/\\d{4}");
    }

    private static <T> T asLead(java.util.function.Supplier<T> call) {
        return org.caseaudit.security.RunAs.as("lead", call, "AUDIT_LEAD");
    }
}
