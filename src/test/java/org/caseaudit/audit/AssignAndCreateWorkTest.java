package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.sampling.AssignmentOutcome;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One step from a drawn sample to the audits and moderations in the auditors' lists, with counts naming both. */
@IntegrationTest
class AssignAndCreateWorkTest {

    @Autowired AuditCycleService cycles;
    @Autowired SampleService samples;
    @Autowired AuditService audits;

    private CycleSummary drawn(String name, String template, Integer version, int moderationPercent) {
        return as("lead", () -> {
            CycleSummary cycle = cycles.create(new CycleDetails(name + " " + System.nanoTime(), template, version,
                    LocalDate.of(2026, 6, 30), FrameDefinition.period(LocalDate.of(2026, 4, 1),
                    LocalDate.of(2026, 4, 30)),
                    SampleDesign.simpleRandom(new SampleSize.Fixed(10), 2), moderationPercent, true));
            samples.draw(cycle.id(), cycle.version(), 99L);
            return cycles.get(cycle.id());
        }, Roles.AUDIT_LEAD);
    }

    @Test
    void assigning_creates_the_audits_and_moderations_at_once_and_counts_both() {
        CycleSummary cycle = drawn("One step", "s47-enquiry", 1, 20);

        AssignmentOutcome outcome = as("lead", () -> samples.assignAndCreateWork(cycle.id(), cycle.version(), 5L),
                Roles.AUDIT_LEAD);

        long moderated = outcome.sample().activeItems().stream().filter(i -> i.moderator() != null).count();
        assertThat(moderated).isEqualTo(2);
        assertThat(outcome.work().audits()).isEqualTo(10);
        assertThat(outcome.work().moderations()).isEqualTo(2);
        assertThat(outcome.describe()).isEqualTo("Assigned 10 cases; the sample is locked. 10 audits and 2 moderations "
                + "created. Next: the auditors start their audits; follow them under Audit results.");
        List<AuditSummary> created = as("lead", () -> audits.cycleAudits(cycle.id()), Roles.AUDIT_LEAD);
        assertThat(created).hasSize(12);
        assertThat(created.stream().filter(a -> a.kind() == AuditKind.MODERATION)).hasSize(2);
        // creating again (the Audit results button) creates nothing more and says so
        assertThat(as("lead", () -> audits.createWorkForCycle(cycle.id()), Roles.AUDIT_LEAD).describe())
                .isEqualTo("0 audits and 0 moderations created");
    }

    @Test
    void a_cycle_without_a_checklist_is_assigned_and_the_notice_says_why_no_audits_were_created() {
        CycleSummary cycle = drawn("No checklist", null, null, 0);

        AssignmentOutcome outcome = as("lead", () -> samples.assignAndCreateWork(cycle.id(), cycle.version(), 5L),
                Roles.AUDIT_LEAD);

        assertThat(outcome.sample().locked()).isTrue();
        assertThat(outcome.work().audits()).isZero();
        assertThat(outcome.describe()).contains("No audits created: the cycle names no checklist template version.")
                .endsWith("Next: create them under Audit results.");
    }
}
