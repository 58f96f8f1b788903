package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.caseaudit.IntegrationTest;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.EarlierDraw;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.SamplingException;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A draw is final unless redrawn for a reason; every draw is kept and the pack's methodology lists the redraws. */
@IntegrationTest
class RedrawMethodologyTest {

    @Autowired AuditCycleService cycles;
    @Autowired SampleService samples;
    @Autowired CommitteePackBuilder packs;

    @Test
    void a_second_draw_needs_a_reason_keeps_the_first_and_the_pack_lists_it() {
        long cycleId = as("lead", () -> {
            CycleSummary cycle = cycles.create(new CycleDetails("Redraw " + UUID.randomUUID().toString()
                    .substring(0, 8),
                    "s47-enquiry", 1, LocalDate.of(2026, 5, 29),
                    FrameDefinition.period(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)),
                    SampleDesign.simpleRandom(new SampleSize.Fixed(8), 2), 25, true));
            samples.draw(cycle.id(), cycle.version(), 111L);
            return cycle.id();
        }, Roles.AUDIT_LEAD);

        assertThatThrownBy(() -> as("lead", () -> samples.draw(cycleId, cycles.get(cycleId).version(), 222L),
                Roles.AUDIT_LEAD)).isInstanceOf(SamplingException.class).hasMessageContaining("final");
        assertThatThrownBy(() -> as("lead", () -> samples.redraw(cycleId, cycles.get(cycleId).version(), 222L, "  "),
                Roles.AUDIT_LEAD)).isInstanceOf(SamplingException.class).hasMessage(
                "Give a reason for drawing the sample again");

        as("lead", () -> samples.redraw(cycleId, cycles.get(cycleId).version(), 222L,
                "Frame included closed cases by mistake"), Roles.AUDIT_LEAD);
        as("lead", () -> samples.redraw(cycleId, cycles.get(cycleId).version(), 333L,
                "Second thoughts about the period"), Roles.AUDIT_LEAD);

        List<EarlierDraw> earlier = as("lead", () -> samples.earlierDraws(cycleId), Roles.AUDIT_LEAD);
        assertThat(earlier).extracting(EarlierDraw::seed).containsExactly(111L, 222L);
        assertThat(earlier).extracting(EarlierDraw::reason)
                .containsExactly("Frame included closed cases by mistake", "Second thoughts about the period");
        assertThat(earlier).allSatisfy(d -> {
            assertThat(d.drawnBy()).isEqualTo("lead");
            assertThat(d.replacedBy()).isEqualTo("lead");
            assertThat(d.sampleSize()).isEqualTo(8);
        });
        assertThat(as("lead", () -> samples.sample(cycleId), Roles.AUDIT_LEAD).orElseThrow().seed()).isEqualTo(333L);

        List<CommitteePack.Line> identified = as("lead", () -> packs.build(cycleId, false), Roles.AUDIT_LEAD)
                .methodology();
        assertThat(identified).filteredOn(l -> l.label().startsWith("Redraw")).extracting(CommitteePack.Line::value)
                .hasSize(2).satisfiesExactly(
                        first -> assertThat(first).startsWith("A draw with seed 111").endsWith(
                                "by lead. Reason: Frame included closed cases by mistake"),
                        second -> assertThat(second).startsWith("A draw with seed 222").endsWith(
                                "Reason: Second thoughts about the period"));
        List<CommitteePack.Line> anonymised = as("lead", () -> packs.build(cycleId, true), Roles.AUDIT_LEAD)
                .methodology();
        assertThat(anonymised).filteredOn(l -> l.label().startsWith("Redraw")).hasSize(2)
                .allSatisfy(l -> assertThat(l.value()).doesNotContain("Reason:").doesNotContain("lead")
                        .doesNotContain("closed cases"));
    }
}
