package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.caseaudit.audit.AuditFixtures.as;

import org.caseaudit.IntegrationTest;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The practice fixture's cycle is in progress because its sample was drawn and assigned through the sampling
 * service, as a lead does it, not because a row was changed: the sample is there, drawn from the fixture's own case,
 * and locked by the lead.
 */
@IntegrationTest
class PracticeFixturesTest {

    @Autowired PracticeFixtures fixtures;
    @Autowired AuditCycleService cycles;
    @Autowired SampleService samples;

    @Test
    void the_fixture_cycle_is_in_progress_with_its_drawn_sample_assigned_by_the_lead() {
        long cycle = fixtures.cycle("Fixture depth");

        as("lead", () -> {
            assertThat(cycles.get(cycle).status()).isEqualTo(CycleStatus.IN_PROGRESS);
            SampleRecord sample = samples.sample(cycle).orElseThrow();
            assertThat(sample.populationSize()).as("the frame holds the fixture's own case only").isEqualTo(1);
            assertThat(sample.sampleSize()).isEqualTo(1);
            assertThat(sample.locked()).isTrue();
            assertThat(sample.lockedBy()).isEqualTo("lead");
            return null;
        }, Roles.AUDIT_LEAD);
    }
}
