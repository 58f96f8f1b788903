package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.time.LocalDate;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The cycle's moderation mode reaches the moderations created from its assigned sample. */
@IntegrationTest
class CycleModerationModeTest {

    @Autowired AuditCycleService cycles;
    @Autowired SampleService samples;
    @Autowired AuditService audits;
    @Autowired ModerationService moderation;

    @ParameterizedTest(name = "blind = {0}")
    @CsvSource({"true", "false"})
    void moderations_of_a_cycle_are_blind_or_open_as_the_cycle_says(boolean blind) {
        List<Long> created = as("lead", () -> {
            CycleSummary cycle = cycles.create(new CycleDetails("Moderation mode " + blind + " " + System.nanoTime(),
                    "s47-enquiry", 1, LocalDate.of(2026, 6, 30),
                    FrameDefinition.period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                    SampleDesign.simpleRandom(new SampleSize.Fixed(3), 0), 100, blind));
            assertThat(cycles.get(cycle.id()).blindModeration()).isEqualTo(blind);
            samples.draw(cycle.id(), cycle.version(), 77L);
            samples.assign(cycle.id(), cycles.get(cycle.id()).version(), 5L);
            return audits.createForCycle(cycle.id());
        }, Roles.AUDIT_LEAD);
        assertThat(created).hasSize(3);
        long auditId = created.getFirst();
        AuditSummary moderationTask = as("lead", () -> audits.cycleAudits(
                as("lead", () -> audits.open(auditId), Roles.AUDIT_LEAD).summary().cycleId()), Roles.AUDIT_LEAD)
                .stream().filter(a -> a.moderatesAuditId() != null && a.moderatesAuditId() == auditId)
                .findFirst().orElseThrow();
        String moderator = moderationTask.auditor();

        if (blind) {
            assertThatThrownBy(() -> as(moderator, () -> moderation.comparison(auditId), Roles.MODERATOR))
                    .isInstanceOf(AccessDeniedException.class).hasMessageContaining("blind");
        } else {
            assertThat(as(moderator, () -> moderation.comparison(auditId), Roles.MODERATOR).rows()).isNotEmpty();
        }
    }
}
