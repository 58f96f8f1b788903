package org.caseaudit.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import org.caseaudit.DemoDataTest;
import org.caseaudit.audit.AuditKind;
import org.caseaudit.audit.CollaborationSummary;
import org.caseaudit.audit.CollaborativeAuditService;
import org.caseaudit.audit.DomainGrade;
import org.caseaudit.audit.DomainGrades;
import org.caseaudit.audit.FamilyFeedbackService;
import org.caseaudit.audit.FeedbackResponseRate;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The collaborative demo cycle the self-evaluation pack reads: domain grades, reflections, agreements and family
 * feedback. About the demo data itself, so {@code @DemoDataTest}.
 */
@DemoDataTest
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class PracticeDemoDataTest {

    @Autowired AuditCycleService cycles;
    @Autowired DomainGrades domainGrades;
    @Autowired CollaborativeAuditService collaboration;
    @Autowired FamilyFeedbackService feedback;
    @Autowired Clock clock;

    private long cycle() {
        String name = PracticeDemoData.name(PracticeDemoData.month(clock));
        return cycles.list().stream().filter(c -> c.name().equals(name)).map(CycleSummary::id).findFirst()
                .orElseThrow();
    }

    @Test
    void the_collaborative_cycle_has_domain_grades_reflections_agreements_and_family_feedback() {
        long cycle = cycle();

        List<DomainGrade> grades = domainGrades.forCycles(List.of(cycle));
        assertThat(grades).hasSize(16).allSatisfy(g -> {
            assertThat(g.kind()).isEqualTo(AuditKind.AUDIT);
            assertThat(g.rank()).isBetween(1, 4);
        });
        assertThat(grades).extracting(DomainGrade::domainId).containsOnly("child-experience-grade", "impact-grade");
        assertThat(collaboration.summaries(List.of(cycle)))
                .containsExactly(new CollaborationSummary(cycle, 8, 7, 7, 6, 5, 2));
        FeedbackResponseRate rate = feedback.responseRates(List.of(cycle)).getFirst();
        assertThat(rate.sent()).isEqualTo(11);
        assertThat(rate.answered()).isEqualTo(7);
    }
}
