package org.caseaudit.multiagency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.util.List;
import java.util.Map;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.multiagency.MultiAgencyFixture.World;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Agency isolation, returns, the panel's grades and concerns, on MariaDB with data each test seeds itself. */
@IntegrationTest
class MultiAgencyServiceTest {

    private static final List<AgencyKind> THREE = List.of(AgencyKind.POLICE, AgencyKind.HEALTH,
            AgencyKind.CHILDRENS_SOCIAL_CARE);

    @Autowired MultiAgencyService service;
    @Autowired MultiAgencyFixture fixture;
    @Autowired AgencyService agencies;
    @Autowired ActionPlanService actionPlan;
    @Autowired JdbcTemplate jdbc;

    private <T> T asCoordinator(World w, AgencyKind kind, java.util.concurrent.Callable<T> work) {
        return as(w.coordinator(kind), work, Roles.AGENCY_COORDINATOR);
    }

    private <T> T asLead(java.util.concurrent.Callable<T> work) {
        return as("lead", work, Roles.AUDIT_LEAD);
    }

    private long returnOf(World w, AgencyKind kind) {
        return asLead(() -> service.returns(w.audit().id())).stream()
                .filter(r -> r.agency().kind() == kind).findFirst().orElseThrow().id();
    }

    @Test
    void an_agency_member_must_be_a_stored_user_of_the_council_and_a_refusal_names_the_username() {
        String name = "Refusal police " + System.nanoTime() % 1_000_000;
        long agency = as("admin", () -> agencies.create(name, AgencyKind.POLICE), Roles.ADMIN).id();
        String nobody = "nobody-" + System.nanoTime() % 1_000_000;

        assertThatThrownBy(() -> AuditFixtures.asRun("admin", () -> agencies.addMember(agency, " " + nobody + " "),
                Roles.ADMIN)).isInstanceOf(MultiAgencyException.class)
                .hasMessage("There is no user " + nobody + " in this council");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ma_agency_member WHERE username = ?", Integer.class,
                nobody)).as("no membership written for a name that is no user").isZero();

        String coordinator = fixture.coordinator("refusal-coord-" + System.nanoTime() % 1_000_000);
        AuditFixtures.asRun("admin", () -> agencies.addMember(agency, coordinator), Roles.ADMIN);
        assertThat(as("admin", () -> agencies.members(agency), Roles.ADMIN)).containsExactly(coordinator);
    }

    @Test
    void the_lead_sets_up_an_audit_with_one_return_per_child_and_agency_and_every_case_opened_is_trailed() {
        World w = fixture.world(2, THREE);

        assertThat(w.audit().children()).isEqualTo(2);
        assertThat(w.audit().returnsExpected()).isEqualTo(6);
        assertThat(w.audit().stage()).isEqualTo(Stage.RETURNS);
        List<Child> cohort = asLead(() -> service.children(w.audit().id()));
        assertThat(cohort).extracting(Child::label).containsExactly("Child A", "Child B");
        assertThat(cohort).extracting(Child::childReference)
                .containsExactly("CH-" + w.caseReferences().get(0), "CH-" + w.caseReferences().get(1));
        for (String ref : w.caseReferences()) {
            Long caseId = jdbc.queryForObject("SELECT id FROM case_record WHERE case_reference = ?", Long.class, ref);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE actor = 'lead' AND target_id = ? "
                    + "AND target_type LIKE '%case%'", Integer.class, String.valueOf(caseId))).as("case %s opened", ref)
                    .isPositive();
        }
    }

    @Test
    void an_agency_sees_only_its_own_returns_until_the_panel_stage_then_every_agencys() {
        World w = fixture.world(2, THREE);
        long healthReturn = returnOf(w, AgencyKind.HEALTH);

        List<AgencyReturn> policeSees = asCoordinator(w, AgencyKind.POLICE, () -> service.returns(w.audit().id()));
        assertThat(policeSees).hasSize(2).allSatisfy(r -> assertThat(r.agency().kind()).isEqualTo(AgencyKind.POLICE));
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.openReturn(healthReturn)))
                .isInstanceOf(MultiAgencyUnavailableException.class)
                .hasMessage(MultiAgencyUnavailableException.MESSAGE);
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.saveReturn(healthReturn, 0,
                Map.of("child-voice", "Yes")))).isInstanceOf(MultiAgencyUnavailableException.class);

        fixture.submitAll(w, "Yes");
        asLead(() -> service.startPanel(w.audit().id(), w.audit().version()));

        assertThat(asCoordinator(w, AgencyKind.POLICE, () -> service.returns(w.audit().id()))).hasSize(6);
        assertThat(asCoordinator(w, AgencyKind.POLICE, () -> service.openReturn(healthReturn)).answers())
                .containsEntry("child-voice", "Yes");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE action = 'MA_RETURN_OPENED' "
                + "AND actor = ? AND target_id = ?", Integer.class, w.coordinator(AgencyKind.POLICE),
                String.valueOf(healthReturn))).isEqualTo(1);
    }

    @Test
    void an_agency_not_taking_part_cannot_see_or_open_the_audit_nor_any_of_its_returns() {
        World w = fixture.world(1, THREE);
        long policeReturn = returnOf(w, AgencyKind.POLICE);

        assertThat(asCoordinator(w, AgencyKind.EDUCATION, () -> service.audits())).extracting(AuditSummary::id)
                .doesNotContain(w.audit().id());
        assertThat(asCoordinator(w, AgencyKind.POLICE, () -> service.audits())).extracting(AuditSummary::id)
                .contains(w.audit().id());
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.EDUCATION, () -> service.open(w.audit().id())))
                .isInstanceOf(MultiAgencyUnavailableException.class);
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.EDUCATION, () -> service.children(w.audit().id())))
                .isInstanceOf(MultiAgencyUnavailableException.class);
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.EDUCATION, () -> service.openReturn(policeReturn)))
                .isInstanceOf(MultiAgencyUnavailableException.class);
        assertThat(as("nobody-" + w.audit().id(), () -> service.audits(), Roles.AGENCY_COORDINATOR))
                .as("a co-ordinator of no agency sees nothing").isEmpty();
        assertThatThrownBy(() -> as("auditor", () -> service.audits(), Roles.AUDITOR))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_date_of_birth_reaches_agencies_only_where_the_setting_allows_it() {
        World w = fixture.world(1, THREE);

        assertThat(asLead(() -> service.children(w.audit().id())).getFirst().dateOfBirth()).isNotNull();
        Child seen = asCoordinator(w, AgencyKind.POLICE, () -> service.children(w.audit().id())).getFirst();
        assertThat(seen.childReference()).isEqualTo("CH-" + w.caseReferences().getFirst());
        assertThat(seen.dateOfBirth()).as("caseaudit.multi-agency.share-date-of-birth is false by default").isNull();
    }

    @Test
    void a_draft_is_checked_against_the_template_and_submitting_needs_every_answer_and_required_notes() {
        World w = fixture.world(1, THREE);
        long id = returnOf(w, AgencyKind.POLICE);

        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.saveReturn(id, 0,
                Map.of("child-voice", "Maybe")))).isInstanceOf(MultiAgencyException.class)
                .hasMessageContaining("\"Maybe\" is not an answer");
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.saveReturn(id, 0,
                Map.of("gp-informed", "Yes")))).as("a health question in a police return")
                .hasMessageContaining("Unknown question in the return: gp-informed");
        AgencyReturn draft = asCoordinator(w, AgencyKind.POLICE, () -> service.saveReturn(id, 0,
                Map.of("child-voice", "No")));
        assertThat(draft.status()).isEqualTo(ReturnStatus.DRAFT);
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.saveReturn(id, 0,
                Map.of("child-voice", "Yes")))).as("stale version").isInstanceOf(
                        org.springframework.dao.OptimisticLockingFailureException.class);

        Map<String, String> answers = new java.util.HashMap<>(fixture.completeAnswers(AgencyKind.POLICE, "No"));
        answers.remove("child-voice:note");
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.submitReturn(id, draft.version(),
                answers))).hasMessageContaining("Evidence note needed for \"No\": Is the child's lived experience");
        answers.remove("recommendations");
        answers.put("child-voice:note", "No record of the child's views.");
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.submitReturn(id, draft.version(),
                answers))).hasMessageContaining("Not answered: Recommendations");
        answers.put("recommendations", "Record the child's views.");

        AgencyReturn submitted = asCoordinator(w, AgencyKind.POLICE, () -> service.submitReturn(id, draft.version(),
                answers));
        assertThat(submitted.status()).isEqualTo(ReturnStatus.SUBMITTED);
        assertThat(submitted.submittedBy()).isEqualTo(w.coordinator(AgencyKind.POLICE));
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.saveReturn(id,
                submitted.version(), answers))).hasMessageContaining("has been submitted");
    }

    @Test
    void the_panel_grades_every_domain_with_a_rationale_before_the_audit_can_be_completed() {
        World w = fixture.world(2, THREE);
        assertThatThrownBy(() -> asLead(() -> service.recordConclusion(w.audit().id(), 1, PanelDomain.OVERALL,
                Grade.GOOD, "Long enough rationale"))).hasMessageContaining("panel stage has not started");
        fixture.submitAll(w, "Yes");
        AuditSummary panel = asLead(() -> service.startPanel(w.audit().id(), w.audit().version()));
        List<Child> children = asLead(() -> service.children(w.audit().id()));

        assertThatThrownBy(() -> asLead(() -> service.recordConclusion(w.audit().id(), children.get(0).id(),
                PanelDomain.RECOGNITION, Grade.GOOD, "short"))).hasMessageContaining("rationale");
        for (PanelDomain d : PanelDomain.values()) {
            asLead(() -> service.recordConclusion(w.audit().id(), children.get(0).id(), d, Grade.GOOD,
                    "Agencies recognised the neglect early and shared it."));
        }
        asLead(() -> service.recordConclusion(w.audit().id(), children.get(1).id(), PanelDomain.RECOGNITION,
                Grade.INADEQUATE, "Neglect was not recognised for two years."));
        assertThatThrownBy(() -> asLead(() -> service.complete(w.audit().id(), panel.version())))
                .hasMessageContaining("Child B: assessment, planning and intervention, joint working, impact on the "
                        + "child, overall").hasMessageNotContaining("Child A");

        for (PanelDomain d : PanelDomain.values()) {
            asLead(() -> service.recordConclusion(w.audit().id(), children.get(1).id(), d, Grade.REQUIRES_IMPROVEMENT,
                    "Plans drifted and did not improve the child's daily life."));
        }
        PanelChild b = asLead(() -> service.panelChild(w.audit().id(), children.get(1).id()));
        assertThat(b.returns()).hasSize(3);
        assertThat(b.conclusions()).hasSize(6).allSatisfy(c -> assertThat(c.grade()).isEqualTo(
                Grade.REQUIRES_IMPROVEMENT));
        assertThat(asLead(() -> service.complete(w.audit().id(), panel.version())).stage()).isEqualTo(Stage.COMPLETED);
        assertThatThrownBy(() -> asLead(() -> service.recordConclusion(w.audit().id(), children.get(1).id(),
                PanelDomain.OVERALL, Grade.GOOD, "A later change of mind"))).hasMessageContaining("completed");
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.recordConclusion(w.audit().id(),
                children.get(1).id(), PanelDomain.OVERALL, Grade.GOOD, "Not the panel's lead")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_concern_goes_to_one_agency_and_the_action_plan_and_only_that_agencys_coordinator_acknowledges_it() {
        World w = fixture.world(1, THREE);
        fixture.submitAll(w, "Yes");
        asLead(() -> service.startPanel(w.audit().id(), w.audit().version()));
        long child = asLead(() -> service.children(w.audit().id())).getFirst().id();

        assertThatThrownBy(() -> asLead(() -> service.raiseConcern(w.audit().id(), child,
                w.agencyId(AgencyKind.EDUCATION), "Education is not in this audit", fixture.today())))
                .hasMessageContaining("taking part");
        assertThatThrownBy(() -> asLead(() -> service.raiseConcern(w.audit().id(), child,
                w.agencyId(AgencyKind.HEALTH), "Missed health checks", fixture.today().minusDays(1))))
                .hasMessageContaining("due date");
        Concern concern = asLead(() -> service.raiseConcern(w.audit().id(), child, w.agencyId(AgencyKind.HEALTH),
                "Missed health checks not followed up", fixture.today().plusDays(7)));

        assertThat(concern.actionId()).isNotNull();
        var action = asLead(() -> actionPlan.get(concern.actionId()));
        assertThat(action.ownerName()).isEqualTo(w.agencies().get(AgencyKind.HEALTH).name());
        assertThat(action.dueDate()).isEqualTo(fixture.today().plusDays(7));
        assertThat(asCoordinator(w, AgencyKind.POLICE, () -> service.concerns(w.audit().id()))).isEmpty();
        assertThat(asCoordinator(w, AgencyKind.HEALTH, () -> service.concerns(w.audit().id())))
                .extracting(Concern::id).containsExactly(concern.id());
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.POLICE, () -> service.acknowledge(concern.id(),
                concern.version(), "Not our concern to answer"))).isInstanceOf(MultiAgencyUnavailableException.class);

        Concern acknowledged = asCoordinator(w, AgencyKind.HEALTH, () -> service.acknowledge(concern.id(),
                concern.version(), "Health visitor has booked the checks"));
        assertThat(acknowledged.acknowledged()).isTrue();
        assertThat(acknowledged.acknowledgedBy()).isEqualTo(w.coordinator(AgencyKind.HEALTH));
        assertThatThrownBy(() -> asCoordinator(w, AgencyKind.HEALTH, () -> service.acknowledge(concern.id(),
                acknowledged.version(), "Again, just in case"))).hasMessageContaining("already been acknowledged");
    }

    @Test
    void the_board_report_carries_no_identifiers_and_a_panel_viewer_gets_small_counts_suppressed() {
        World w = fixture.world(2, THREE);
        fixture.submitAll(w, "No");
        asLead(() -> service.startPanel(w.audit().id(), w.audit().version()));
        List<Child> children = asLead(() -> service.children(w.audit().id()));
        for (Child c : children) {
            for (PanelDomain d : PanelDomain.values()) {
                asLead(() -> service.recordConclusion(w.audit().id(), c.id(), d, Grade.GOOD,
                        "Clear evidence of joint working for " + c.childReference()));
            }
        }
        asLead(() -> service.raiseConcern(w.audit().id(), children.get(0).id(), w.agencyId(AgencyKind.POLICE),
                "Concern about " + children.get(0).childReference(), fixture.today().plusDays(3)));

        BoardReport lead = asLead(() -> service.boardReport(w.audit().id()));
        BoardReport panel = as("panel", () -> service.boardReport(w.audit().id()), Roles.PANEL_VIEWER);

        assertThat(lead.grades()).filteredOn(g -> g.domain().equals("Overall")).singleElement()
                .satisfies(g -> assertThat(g.good()).isEqualTo("2"));
        assertThat(panel.grades()).filteredOn(g -> g.domain().equals("Overall")).singleElement()
                .satisfies(g -> assertThat(g.good()).isEqualTo("c"));
        assertThat(lead.findings()).isNotEmpty();
        assertThat(lead.agencies()).extracting(BoardReport.AgencyRow::submitted).containsOnly("2 of 2");
        assertThat(lead.actions()).singleElement().satisfies(a -> assertThat(a.owner())
                .isEqualTo(w.agencies().get(AgencyKind.POLICE).name()));
        String everything = lead.toString() + panel;
        for (String ref : w.caseReferences()) {
            assertThat(everything).doesNotContain(ref);
        }
        assertThat(everything).doesNotContain("2015-01-0").doesNotContain("01/01/2015");
    }
}
