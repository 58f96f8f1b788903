package org.caseaudit.multiagency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.TestCases;
import org.caseaudit.multiagency.MultiAgencyFixture.World;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.council.CouncilScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Decision 0012 for multi-agency audits (plain SQL in {@code MultiAgencyStore}): council A's audit at the panel stage,
 * with a nomination, a concern, a recommendation and a conclusion, and the same people plus council B's own
 * co-ordinator working in council B. From B every list leaves A's rows out, every read of an A id is "not available"
 * and every change is refused, and A's rows are the same afterwards; the same reads in A's own scope succeed, so the
 * refusal is the council's doing and not the role's.
 */
@IntegrationTest
class MultiAgencyCouncilIsolationTest {

    private static final List<AgencyKind> TWO = List.of(AgencyKind.POLICE, AgencyKind.HEALTH);

    @Autowired MultiAgencyService service;
    @Autowired AgencyService agencies;
    @Autowired MultiAgencyFixture fixture;
    @Autowired TestCases cases;
    @Autowired JdbcTemplate jdbc;

    private long councilA;
    private long councilB;
    private World world;
    private long audit;
    private long child;
    private AgencyReturn aReturn;
    private Nomination nomination;
    private Concern concern;
    private String coordinatorB;

    @BeforeEach
    void council_a_audit_at_the_panel_and_council_b_with_its_own_coordinator() {
        councilA = CouncilScope.current().orElse(1L);
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('ISO-MA', 'Multi-agency council B',"
                + " UTC_TIMESTAMP(6))");
        councilB = jdbc.queryForObject("SELECT id FROM council WHERE code = 'ISO-MA'", Long.class);
        world = fixture.world(1, TWO);
        audit = world.audit().id();
        String police = world.coordinator(AgencyKind.POLICE);
        String nominated = "MA-ISO-" + audit;
        cases.add(AuditFixtures.s47Case(nominated));
        nomination = as(police, () -> service.nominate(audit, nominated, "Known to police for missing episodes."),
                Roles.AGENCY_COORDINATOR);
        aReturn = as(police, () -> service.returns(audit), Roles.AGENCY_COORDINATOR).getFirst();
        fixture.submitAll(world, "Yes");
        AuditSummary atPanel = lead(() -> service.startPanel(audit, world.audit().version()));
        child = lead(() -> service.children(audit)).getFirst().id();
        lead(() -> service.recordConclusion(audit, child, PanelDomain.OVERALL, Grade.GOOD, "Agencies worked well."));
        concern = lead(() -> service.raiseConcern(audit, child, world.agencyId(AgencyKind.HEALTH),
                "Health visitor contact lapsed.", fixture.today().plusDays(5)));
        lead(() -> service.recommend(audit, world.agencyId(AgencyKind.POLICE), null,
                "Police to flag missing episodes to the front door.", fixture.today().plusDays(60)));
        assertThat(atPanel.stage()).isEqualTo(Stage.PANEL);
        coordinatorB = "coord-b-" + audit;
        CouncilScope.run(councilB, () -> {
            Agency agencyB = as("admin", () -> agencies.create("Police B " + audit, AgencyKind.POLICE), Roles.ADMIN);
            AuditFixtures.asRun("admin", () -> agencies.addMember(agencyB.id(), fixture.coordinator(coordinatorB)),
                    Roles.ADMIN);
        });
    }

    private static <T> T lead(Callable<T> work) {
        return as("lead", work, Roles.AUDIT_LEAD);
    }

    /** Council A's multi-agency rows of this audit as they stand (versions, statuses, answers, counts). */
    private String stateOfA() {
        return jdbc.queryForObject("SELECT CONCAT_WS('/',"
                + " (SELECT CONCAT(stage, ':', version) FROM ma_audit WHERE id = ?),"
                + " (SELECT GROUP_CONCAT(CONCAT(status, ':', version) ORDER BY id) FROM ma_return WHERE audit_id = ?),"
                + " (SELECT COUNT(*) FROM ma_return_answer a JOIN ma_return r ON r.id = a.return_id"
                + "   WHERE r.audit_id = ?),"
                + " (SELECT GROUP_CONCAT(CONCAT(status, ':', version)) FROM ma_nomination WHERE audit_id = ?),"
                + " (SELECT GROUP_CONCAT(CONCAT(COALESCE(acknowledged_by, '-'), ':', version)) FROM ma_concern"
                + "   WHERE audit_id = ?),"
                + " (SELECT COUNT(*) FROM ma_recommendation WHERE audit_id = ?),"
                + " (SELECT GROUP_CONCAT(CONCAT(domain, grade)) FROM ma_conclusion c JOIN ma_child h ON h.id = "
                + "c.child_id"
                + "   WHERE h.audit_id = ?),"
                + " (SELECT COUNT(*) FROM ma_child WHERE audit_id = ?),"
                + " (SELECT GROUP_CONCAT(username ORDER BY username) FROM ma_agency_member WHERE agency_id = ?))",
                String.class, audit, audit, audit, audit, audit, audit, audit, audit,
                world.agencyId(AgencyKind.POLICE));
    }

    private Map<String, Callable<Object>> reads() {
        String police = world.coordinator(AgencyKind.POLICE);
        Map<String, Callable<Object>> reads = new LinkedHashMap<>();
        reads.put("open", () -> lead(() -> service.open(audit)));
        reads.put("cohort", () -> lead(() -> service.cohort(audit)));
        reads.put("children", () -> lead(() -> service.children(audit)));
        reads.put("returns (lead)", () -> lead(() -> service.returns(audit)));
        reads.put("returns (co-ordinator)", () -> as(police, () -> service.returns(audit), Roles.AGENCY_COORDINATOR));
        reads.put("openReturn", () -> as(police, () -> service.openReturn(aReturn.id()), Roles.AGENCY_COORDINATOR));
        reads.put("nominations", () -> lead(() -> service.nominations(audit)));
        reads.put("panelChild", () -> lead(() -> service.panelChild(audit, child)));
        reads.put("concerns", () -> lead(() -> service.concerns(audit)));
        reads.put("recommendations", () -> lead(() -> service.recommendations(audit)));
        reads.put("boardReport", () -> lead(() -> service.boardReport(audit)));
        reads.put("workbook", () -> lead(() -> service.workbook(audit)));
        return reads;
    }

    @Test
    void council_b_lists_none_of_council_a_multi_agency_work() {
        CouncilScope.run(councilB, () -> {
            assertThat(lead(() -> service.audits())).extracting(AuditSummary::id).doesNotContain(audit);
            assertThat(lead(() -> service.reportable())).extracting(AuditSummary::id).doesNotContain(audit);
            assertThat(as("admin", () -> agencies.agencies(), Roles.ADMIN)).extracting(Agency::id)
                    .doesNotContain(world.agencyId(AgencyKind.POLICE), world.agencyId(AgencyKind.HEALTH));
            assertThat(as("admin", () -> agencies.overview(), Roles.ADMIN)).extracting(m -> m.agency().id())
                    .doesNotContain(world.agencyId(AgencyKind.POLICE));
            assertThat(as("admin", () -> agencies.members(world.agencyId(AgencyKind.POLICE)), Roles.ADMIN)).isEmpty();
            assertThat(as(world.coordinator(AgencyKind.POLICE), () -> agencies.myAgency(), Roles.AGENCY_COORDINATOR))
                    .as("council A's co-ordinator belongs to no agency in council B").isEmpty();
            assertThat(as(coordinatorB, () -> service.audits(), Roles.AGENCY_COORDINATOR)).isEmpty();
        });
        assertThat(lead(() -> service.audits())).extracting(AuditSummary::id).contains(audit);
        assertThat(as(world.coordinator(AgencyKind.POLICE), () -> agencies.myAgency(), Roles.AGENCY_COORDINATOR))
                .isPresent();
    }

    @Test
    void every_read_of_a_council_a_id_from_council_b_is_not_available_while_a_itself_reads_them() throws Exception {
        Map<String, Callable<Object>> reads = reads();
        for (var read : reads.entrySet()) {
            assertThat(read.getValue().call()).as("in council A: " + read.getKey()).isNotNull();
        }
        String before = stateOfA();
        CouncilScope.run(councilB, () -> reads.forEach((name, read) -> assertThatThrownBy(read::call)
                .as("from council B: " + name).isInstanceOf(MultiAgencyUnavailableException.class)));
        CouncilScope.run(councilB, () -> assertThatThrownBy(() -> as(coordinatorB, () -> service.returns(audit),
                Roles.AGENCY_COORDINATOR)).isInstanceOf(MultiAgencyUnavailableException.class));
        assertThat(stateOfA()).isEqualTo(before);
        assertThat(reads.size()).isEqualTo(12);
    }

    @Test
    void every_change_of_council_a_multi_agency_work_from_council_b_is_refused_and_changes_nothing() {
        String police = world.coordinator(AgencyKind.POLICE);
        Map<String, Callable<Object>> changes = new LinkedHashMap<>();
        changes.put("saveReturn", () -> as(police, () -> service.saveReturn(aReturn.id(), aReturn.version(),
                Map.of()), Roles.AGENCY_COORDINATOR));
        changes.put("submitReturn", () -> as(coordinatorB, () -> service.submitReturn(aReturn.id(),
                aReturn.version(), Map.of()), Roles.AGENCY_COORDINATOR));
        changes.put("nominate", () -> as(coordinatorB, () -> service.nominate(audit, "MA-ISO-" + audit,
                "Known to police for missing episodes."), Roles.AGENCY_COORDINATOR));
        changes.put("decide", () -> lead(() -> service.decide(nomination.id(), nomination.version(), true)));
        changes.put("startPanel", () -> lead(() -> service.startPanel(audit, 0)));
        changes.put("recordConclusion", () -> lead(() -> service.recordConclusion(audit, child, PanelDomain.OVERALL,
                Grade.INADEQUATE, "Changed from another council.")));
        changes.put("raiseConcern", () -> lead(() -> service.raiseConcern(audit, child,
                world.agencyId(AgencyKind.HEALTH), "From another council.", fixture.today().plusDays(5))));
        changes.put("recommend", () -> lead(() -> service.recommend(audit, world.agencyId(AgencyKind.POLICE), null,
                "From another council.", fixture.today().plusDays(60))));
        changes.put("acknowledge", () -> as(world.coordinator(AgencyKind.HEALTH),
                () -> service.acknowledge(concern.id(), concern.version(), "Seen."), Roles.AGENCY_COORDINATOR));
        changes.put("complete", () -> lead(() -> service.complete(audit, lead(() -> service.open(audit)).version())));
        changes.put("addMember", () -> {
            AuditFixtures.asRun("admin", () -> agencies.addMember(world.agencyId(AgencyKind.POLICE), "intruder"),
                    Roles.ADMIN);
            return null;
        });
        changes.put("removeMember", () -> {
            AuditFixtures.asRun("admin", () -> agencies.removeMember(police), Roles.ADMIN);
            return null;
        });

        String before = stateOfA();
        CouncilScope.run(councilB, () -> changes.forEach((name, change) -> assertThatThrownBy(change::call)
                .as("from council B: " + name)
                .isInstanceOfAny(MultiAgencyUnavailableException.class, MultiAgencyException.class,
                        AccessDeniedException.class)));
        assertThat(stateOfA()).isEqualTo(before);
        // the refusals are the council's: in A the lead may still act on the same ids
        assertThatCode(() -> lead(() -> service.recordConclusion(audit, child, PanelDomain.OVERALL, Grade.GOOD,
                "Agencies worked well."))).doesNotThrowAnyException();
        assertThat(changes).hasSize(12);
    }
}
