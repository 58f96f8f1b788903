package org.caseaudit.multiagency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.TestCases;
import org.caseaudit.cases.CaseData;
import org.caseaudit.multiagency.MultiAgencyFixture.World;
import org.caseaudit.sampling.DrawResult;
import org.caseaudit.sampling.Frame;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.sampling.Sampler;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The three ways a cohort is chosen: by the lead (the other tests), a seeded sample within a theme filter (sampling's
 * draw rule, recorded with seed, frame and hash), and an agency's nomination that the lead accepts or declines.
 */
@IntegrationTest
class CohortChoiceTest {

    private static final AtomicInteger RUN = new AtomicInteger();
    private static final List<AgencyKind> TWO = List.of(AgencyKind.POLICE, AgencyKind.HEALTH);

    @Autowired MultiAgencyService service;
    @Autowired MultiAgencyFixture fixture;
    @Autowired TestCases cases;
    @Autowired JdbcTemplate jdbc;

    /** Six cases of a team of this test's own, returning their ids in the order made. */
    private String team(List<Long> ids) {
        String n = System.nanoTime() % 1_000_000 + "-" + RUN.incrementAndGet();
        String team = "MA sample team " + n;
        for (int i = 1; i <= 6; i++) {
            CaseData c = AuditFixtures.s47Case("MAS-" + n + "-" + i);
            ids.add(cases.add(new CaseData(c.caseReference(), c.childReference(), team, c.socialWorker(),
                    c.teamManager(), c.referralDate(), c.referralSource(), c.referralDecisionDate(),
                    c.strategyDiscussionDates(), c.s47StartDate(), c.s47Outcome(), c.s47EndDate(), c.icpcDate(),
                    c.cfaStartDate(), c.cfaCompletionDate(), c.firstCoreGroupDate(), c.consentSought(),
                    c.consentSoughtDate(), c.sharedWithoutConsent(), c.consentAuthorisedDate(), c.chronologyOnFile(),
                    c.chronologyUpdatedDate(), c.managementOversightDate(), c.referrerInformedDate(),
                    c.childrenInHousehold())));
        }
        return team;
    }

    private List<Long> cohortCaseIds(long auditId) {
        return jdbc.queryForList("SELECT case_id FROM ma_child WHERE audit_id = ? ORDER BY position", Long.class,
                auditId);
    }

    @Test
    void a_seeded_sample_within_a_theme_filter_is_sampling_s_draw_and_is_recorded_so_it_can_be_repeated() {
        World w = fixture.world(1, TWO);
        List<Long> ids = new ArrayList<>();
        String team = team(ids);
        AuditForm form = new AuditForm("Sampled neglect " + team, fixture.today().plusDays(7),
                fixture.today().plusDays(14), List.of(w.agencyId(AgencyKind.POLICE), w.agencyId(AgencyKind.HEALTH)),
                List.of());
        CohortFilter filter = new CohortFilter(team, null, null, null);

        AuditSummary first = as("lead", () -> service.createSampled(form, filter, 3, 42L), Roles.AUDIT_LEAD);
        AuditSummary again = as("lead", () -> service.createSampled(form, filter, 3, 42L), Roles.AUDIT_LEAD);

        DrawResult expected = Sampler.draw(Frame.ofNumericIds(ids.stream().mapToLong(Long::longValue).toArray()),
                SampleDesign.simpleRandom(new SampleSize.Fixed(3), 0), 42L);
        List<Long> drawn = expected.drawnIds().stream().map(Long::valueOf).toList();
        assertThat(cohortCaseIds(first.id())).containsExactlyElementsOf(drawn);
        assertThat(cohortCaseIds(again.id())).as("same seed, same frame: same draw").containsExactlyElementsOf(drawn);
        assertThat(first.returnsExpected()).isEqualTo(6);
        Cohort cohort = as("lead", () -> service.cohort(first.id()), Roles.AUDIT_LEAD);
        assertThat(cohort.method()).isEqualTo("SAMPLED");
        assertThat(cohort.seed()).isEqualTo(42L);
        assertThat(cohort.frameSize()).isEqualTo(6);
        assertThat(cohort.frameSha256()).isEqualTo(expected.frameSha256());
        assertThat(cohort.methodVersion()).isEqualTo(Sampler.METHOD_VERSION);
        assertThat(cohort.filter()).contains("team " + team);
        assertThat(cohort.describe()).contains("seed 42").contains("6 cases");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'MA_AUDIT_CREATED' "
                + "AND target_id = ? AND detail LIKE '%seed 42%'", Integer.class, String.valueOf(first.id())))
                .isEqualTo(1);
        assertThatThrownBy(() -> as("lead", () -> service.createSampled(form, filter, 7, 1L), Roles.AUDIT_LEAD))
                .isInstanceOf(MultiAgencyException.class).hasMessageContaining("Only 6 cases");
    }

    @Test
    void an_agency_nominates_a_child_the_lead_accepts_it_and_every_agency_gets_a_return_for_the_child() {
        World w = fixture.world(1, TWO);
        List<Long> ids = new ArrayList<>();
        team(ids);
        String reference = jdbc.queryForObject("SELECT case_reference FROM case_record WHERE id = ?", String.class,
                ids.getFirst());
        String police = w.coordinator(AgencyKind.POLICE);
        long audit = w.audit().id();

        Nomination n = as(police, () -> service.nominate(audit, reference, "Known to police for missing episodes."),
                Roles.AGENCY_COORDINATOR);
        assertThat(n.pending()).isTrue();
        assertThat(as(w.coordinator(AgencyKind.HEALTH), () -> service.nominations(audit), Roles.AGENCY_COORDINATOR))
                .as("another agency does not see police's nomination").isEmpty();
        assertThatThrownBy(() -> as(w.coordinator(AgencyKind.EDUCATION), () -> service.nominate(audit, reference,
                "Not taking part in this audit."), Roles.AGENCY_COORDINATOR))
                .isInstanceOf(MultiAgencyUnavailableException.class);

        as("lead", () -> service.decide(n.id(), n.version(), true), Roles.AUDIT_LEAD);

        List<Child> children = as("lead", () -> service.children(audit), Roles.AUDIT_LEAD);
        assertThat(children).hasSize(2);
        assertThat(children.get(1).label()).isEqualTo("Child B");
        assertThat(as(w.coordinator(AgencyKind.HEALTH), () -> service.returns(audit), Roles.AGENCY_COORDINATOR))
                .hasSize(2);
        assertThat(as("lead", () -> service.cohort(audit), Roles.AUDIT_LEAD).describe())
                .contains("1 child was nominated by an agency");
        assertThat(as(police, () -> service.nominations(audit), Roles.AGENCY_COORDINATOR))
                .extracting(Nomination::status).containsExactly("ACCEPTED");
        assertThatThrownBy(() -> as("lead", () -> service.decide(n.id(), n.version() + 1, false), Roles.AUDIT_LEAD))
                .isInstanceOf(MultiAgencyException.class).hasMessageContaining("already been decided");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action IN ('MA_CHILD_NOMINATED', "
                + "'MA_NOMINATION_ACCEPTED') AND target_id = ?", Integer.class, String.valueOf(audit))).isEqualTo(2);
    }

    @Test
    void a_declined_nomination_leaves_the_cohort_as_it_was() {
        World w = fixture.world(1, TWO);
        long audit = w.audit().id();
        Nomination n = as(w.coordinator(AgencyKind.HEALTH), () -> service.nominate(audit, "NO-SUCH-" + audit,
                "Health visiting raised neglect concerns."), Roles.AGENCY_COORDINATOR);

        as("lead", () -> service.decide(n.id(), n.version(), false), Roles.AUDIT_LEAD);

        assertThat(as("lead", () -> service.children(audit), Roles.AUDIT_LEAD)).hasSize(1);
        assertThat(as("lead", () -> service.nominations(audit), Roles.AUDIT_LEAD)).extracting(Nomination::status)
                .containsExactly("DECLINED");
    }
}
