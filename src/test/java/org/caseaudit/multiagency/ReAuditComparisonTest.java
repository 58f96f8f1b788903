package org.caseaudit.multiagency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.List;
import java.util.concurrent.Callable;
import org.caseaudit.IntegrationTest;
import org.caseaudit.multiagency.MultiAgencyFixture.World;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A later audit of the same theme shows before and after: children graded good or better per domain, in each. */
@IntegrationTest
class ReAuditComparisonTest {

    private static final List<AgencyKind> TWO = List.of(AgencyKind.POLICE, AgencyKind.HEALTH);

    @Autowired MultiAgencyService service;
    @Autowired MultiAgencyFixture fixture;

    private static <T> T asLead(Callable<T> work) {
        return as("lead", work, Roles.AUDIT_LEAD);
    }

    /** Returns in, panel started, every child graded {@code grade} on every domain; completed when asked. */
    private AuditSummary graded(World w, AuditSummary audit, Grade grade, boolean complete) {
        World world = new World(w.agencies(), w.coordinators(), w.caseReferences(), audit);
        fixture.submitAll(world, "Yes");
        AuditSummary atPanel = asLead(() -> service.startPanel(audit.id(), audit.version()));
        for (Child c : asLead(() -> service.children(audit.id()))) {
            for (PanelDomain d : PanelDomain.values()) {
                asLead(() -> service.recordConclusion(audit.id(), c.id(), d, grade, "The panel's reasons for it."));
            }
        }
        return complete ? asLead(() -> service.complete(audit.id(), atPanel.version())) : atPanel;
    }

    @Test
    void a_re_audit_of_the_theme_compares_its_grades_with_the_previous_completed_audit() {
        World w = fixture.world(2, TWO);
        AuditSummary before = graded(w, w.audit(), Grade.REQUIRES_IMPROVEMENT, true);
        AuditForm again = new AuditForm(w.audit().theme(), fixture.today().plusDays(7), fixture.today().plusDays(14),
                List.of(w.agencyId(AgencyKind.POLICE), w.agencyId(AgencyKind.HEALTH)),
                w.caseReferences().stream().map(r -> new AuditForm.Nomination(r, null)).toList());
        AuditSummary later = asLead(() -> service.create(again));
        graded(w, later, Grade.GOOD, false);

        BoardReport report = asLead(() -> service.boardReport(later.id()));

        assertThat(report.comparedWith()).contains("previous audit of " + w.audit().theme().toLowerCase())
                .contains("2 children");
        assertThat(report.comparison()).hasSize(PanelDomain.values().length)
                .allSatisfy(row -> {
                    assertThat(row.before()).isEqualTo("0 of 2");
                    assertThat(row.after()).isEqualTo("2 of 2");
                });
        assertThat(asLead(() -> service.boardReport(before.id())).comparison())
                .as("the first audit of a theme has nothing to compare with").isEmpty();
    }
}
