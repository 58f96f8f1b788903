package org.caseaudit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseaudit.audit.AnswerInput;
import org.caseaudit.audit.AuditAssignment;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.AuditService;
import org.caseaudit.audit.AuditTestSupport;
import org.caseaudit.audit.GradeInput;
import org.caseaudit.audit.QualitativeAuditService;
import org.caseaudit.audit.TestCases;
import org.caseaudit.cases.CaseFilter;
import org.caseaudit.cases.CaseRegisterService;
import org.caseaudit.cases.IntegrationTokenService;
import org.caseaudit.councils.CouncilService;
import org.caseaudit.findings.ActionForm;
import org.caseaudit.findings.ActionItem;
import org.caseaudit.findings.ActionPlanService;
import org.caseaudit.findings.ActionStatus;
import org.caseaudit.multiagency.AgencyKind;
import org.caseaudit.multiagency.AgencyService;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.AuditQuery;
import org.caseaudit.security.AuditTrailService;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.TeamService;
import org.caseaudit.security.UserDetailsForm;
import org.caseaudit.security.UserService;
import org.caseaudit.shared.council.CouncilScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 25, decision 0012: council B's case, cycle and audit, created in B, and the same users (council A's lead,
 * auditor and administrator, who also do this work in B's scope) asking for them by id from council A. Every read
 * answers "not found" (empty, or the services' not-found refusal), every change is refused, exports and the audit
 * trail leave B's rows out, and B's rows are the same afterwards. Each operation is also run in B's own scope, so a
 * refusal is the council's doing and not the role's. An integration token acts in its own council: the API's export
 * of each council's token carries that council's cases only.
 */
@IntegrationTest
class CouncilIsolationTest {

    private static final AtomicInteger RUN = new AtomicInteger();

    @Autowired JdbcTemplate jdbc;
    @Autowired TestCases cases;
    @Autowired AuditTestSupport support;
    @Autowired AuditService audits;
    @Autowired AuditCycleService cycles;
    @Autowired SampleService samples;
    @Autowired CaseRegisterService register;
    @Autowired AuditTrailService trail;
    @Autowired CouncilService councils;
    @Autowired IntegrationTokenService tokens;
    @Autowired ActionPlanService actionPlan;
    @Autowired QualitativeAuditService qualitative;
    @Autowired UserService users;
    @Autowired TeamService teams;
    @Autowired AgencyService agencies;
    @Autowired WebApplicationContext web;

    private long councilB;
    private String reference;
    private long caseB;
    private long cycleB;
    private long auditB;

    @BeforeEach
    void council_b_with_a_case_a_cycle_and_an_audit_in_progress() {
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('ISO-B', 'Isolation council B',"
                + " UTC_TIMESTAMP(6))");
        councilB = jdbc.queryForObject("SELECT id FROM council WHERE code = 'ISO-B'", Long.class);
        int run = RUN.incrementAndGet();
        reference = "ISO-B-" + run + "-" + System.nanoTime();
        CouncilScope.run(councilB, () -> {
            caseB = cases.add(AuditFixtures.s47Case(reference));
            CycleSummary cycle = as("lead", () -> cycles.create(new CycleDetails("Council B cycle " + reference,
                    "s47-enquiry", 1, LocalDate.of(2026, 6, 30),
                    FrameDefinition.period(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)),
                    SampleDesign.simpleRandom(new SampleSize.Fixed(10), 2), 0, true)), Roles.AUDIT_LEAD);
            cycleB = cycle.id();
            auditB = support.assign(cycleB, "auditor", null);
            support.start(auditB, "auditor", Roles.AUDITOR);
        });
    }

    /** Council B's rows as they stand: cases, cycles, audits and answers (status and versions). */
    private String stateOfB() {
        return jdbc.queryForObject("SELECT CONCAT_WS('/',"
                + " (SELECT COUNT(*) FROM case_record WHERE council_id = ?),"
                + " (SELECT CONCAT(version, ':', updated_at) FROM case_record WHERE id = ?),"
                + " (SELECT CONCAT(name, ':', version) FROM audit_cycle WHERE id = ?),"
                + " (SELECT CONCAT(status, ':', version) FROM case_audit WHERE id = ?),"
                + " (SELECT CONCAT(COUNT(*), ':', COALESCE(SUM(version), 0)) FROM audit_answer WHERE case_audit_id = "
                + "?),"
                + " (SELECT COUNT(*) FROM audit_cycle WHERE council_id = ?))", String.class,
                councilB, caseB, cycleB, auditB, auditB, councilB);
    }

    private <T> T inB(Callable<T> work) {
        return CouncilScope.call(councilB, () -> {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void reads_of_council_b_from_council_a_find_nothing_while_b_itself_finds_them() {
        // service method -> {from council A, from council B}
        Map<String, Callable<Object>> reads = new LinkedHashMap<>();
        reads.put("CaseRegisterService.openFacts", () -> as("lead", () -> register.openFacts(caseB).isPresent(),
                Roles.AUDIT_LEAD));
        reads.put("CaseRegisterService.byReference", () -> as("lead",
                () -> !register.byReference(reference).isEmpty(), Roles.AUDIT_LEAD));
        reads.put("CaseRegisterService.export", () -> as("lead", () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            register.export(CaseFilter.all(), CaseRegisterService.ExportFormat.CSV, out);
            return out.toString(StandardCharsets.UTF_8).contains(reference);
        }, Roles.AUDIT_LEAD));
        reads.put("AuditCycleService.list", () -> as("lead",
                () -> cycles.list().stream().anyMatch(c -> c.id() == cycleB), Roles.AUDIT_LEAD));
        reads.put("AuditService.myAudits", () -> as("auditor",
                () -> audits.myAudits().stream().anyMatch(a -> a.id() == auditB), Roles.AUDITOR));
        reads.put("AuditService.cycleAudits", () -> as("lead",
                () -> audits.cycleAudits(cycleB).stream().anyMatch(a -> a.id() == auditB), Roles.AUDIT_LEAD));
        reads.put("AuditTrailService.search", () -> as("admin", () -> trail.search(
                new AuditQuery(null, null, null, "AUDIT_CYCLE_CREATED", String.valueOf(cycleB)), 0, 500).stream()
                .anyMatch(e -> String.valueOf(cycleB).equals(e.targetId())), Roles.ADMIN));

        String before = stateOfB();
        Map<String, List<Object>> table = new LinkedHashMap<>();
        reads.forEach((name, read) -> {
            try {
                table.put(name, List.of(read.call(), inB(read)));
            } catch (Exception e) {
                throw new IllegalStateException(name, e);
            }
        });

        assertThat(table).as("service method -> [found from council A, found from council B]")
                .allSatisfy((name, found) -> assertThat(found).as(name).containsExactly(false, true));
        assertThat(stateOfB()).isEqualTo(before);
    }

    @Test
    void operations_on_council_b_ids_from_council_a_are_refused_and_change_nothing() {
        Map<String, Callable<Object>> operations = new LinkedHashMap<>();
        operations.put("AuditService.open", () -> as("auditor", () -> audits.open(auditB), Roles.AUDITOR));
        operations.put("AuditService.answer", () -> as("auditor", () -> audits.answer(auditB, "chronology-on-file"),
                Roles.AUDITOR));
        operations.put("AuditService.history", () -> as("auditor",
                () -> audits.history(auditB, "chronology-on-file"), Roles.AUDITOR));
        operations.put("AuditService.saveAnswer", () -> as("auditor", () -> audits.saveAnswer(auditB,
                new AnswerInput("chronology-on-file", "Yes", null, null, null, 0)), Roles.AUDITOR));
        operations.put("AuditService.saveGrade", () -> as("auditor",
                () -> audits.saveGrade(auditB, new GradeInput("Good", "r", "s", 0)), Roles.AUDITOR));
        operations.put("AuditService.submit", () -> as("auditor", () -> {
            audits.submit(auditB);
            return null;
        }, Roles.AUDITOR));
        operations.put("AuditService.reopen", () -> as("lead", () -> {
            audits.reopen(auditB, "crossing councils");
            return null;
        }, Roles.AUDIT_LEAD));
        operations.put("AuditCycleService.get", () -> as("lead", () -> cycles.get(cycleB), Roles.AUDIT_LEAD));
        operations.put("AuditCycleService.advance", () -> as("lead", () -> cycles.advance(cycleB, 0),
                Roles.AUDIT_LEAD));
        operations.put("SampleService.draw", () -> as("lead", () -> samples.draw(cycleB, 0, 1L),
                Roles.AUDIT_LEAD));
        operations.put("CouncilService.choose", () -> as("lead", () -> {
            councils.choose(councilB);
            return null;
        }, Roles.AUDIT_LEAD));

        String before = stateOfB();
        operations.forEach((name, operation) -> assertThatThrownBy(operation::call).as(name)
                .isInstanceOfAny(AccessDeniedException.class, RuntimeException.class)
                .satisfies(e -> assertThat(refusedAsNotFound(e)).as(name + ": " + e).isTrue()));
        assertThat(stateOfB()).as("council B after the refused calls").isEqualTo(before);
        assertThat(inB(() -> as("auditor", () -> audits.open(auditB).id(), Roles.AUDITOR)))
                .as("the same auditor opens the audit in council B").isEqualTo(auditB);
    }

    /**
     * Council A's own work that names council B's cycle or user: an action citing B's cycle as its source, a
     * qualitative audit of one of A's cases in B's cycle, an action owned by a user of B alone, a team of A managed
     * by that user, that user made a member of A's agency. Each is refused as a cycle or user A does not have, and
     * nothing in A points at B's cycle or user afterwards; the same action, team and membership made in B itself
     * are accepted.
     */
    @Test
    void council_a_work_naming_council_b_cycle_or_user_is_refused_as_not_found() {
        String referenceA = "ISO-A-Q-" + System.nanoTime();
        cases.add(AuditFixtures.s47Case(referenceA));
        String userOfB = "isob" + RUN.get() + System.nanoTime() % 1_000_000;
        inB(() -> as("admin", () -> users.create(auditorForm(userOfB), "a long enough passphrase 1"), Roles.ADMIN));
        ActionForm form = new ActionForm("Chronologies missing", "Chronology training", null, null,
                LocalDate.of(2026, 12, 31), ActionStatus.NOT_STARTED);
        ActionForm ownedInB = new ActionForm("Chronologies missing", "Chronology training", userOfB, null,
                LocalDate.of(2026, 12, 31), ActionStatus.NOT_STARTED);
        Map<String, Callable<Object>> operations = new LinkedHashMap<>();
        operations.put("ActionPlanService.create", () -> as("lead", () -> actionPlan.create(cycleB, "s47-enquiry",
                "chronology", List.of("chronology-on-file"), form), Roles.AUDIT_LEAD));
        operations.put("QualitativeAuditService.give", () -> as("lead", () -> qualitative.give(cycleB, referenceA,
                "qualitative-decision-making", 1, "member", LocalDate.of(2026, 12, 31)), Roles.AUDIT_LEAD));
        Map<String, String> refusals = Map.of("ActionPlanService.create", "There is no audit cycle " + cycleB,
                "QualitativeAuditService.give", "There is no audit cycle " + cycleB,
                "ActionPlanService.create (owner)", "There is no user " + userOfB + " who can own actions",
                "ActionPlanService.update (owner)", "There is no user " + userOfB + " who can own actions",
                "TeamService.save (manager)", "There is no user '" + userOfB + "'",
                "AgencyService.addMember", "There is no user " + userOfB + " in this council");
        operations.put("ActionPlanService.create (owner)", () -> as("lead", () -> actionPlan.create(null, null, null,
                List.of(), ownedInB), Roles.AUDIT_LEAD));
        ActionItem ofA = as("lead", () -> actionPlan.create(null, null, null, List.of(), form), Roles.AUDIT_LEAD);
        operations.put("ActionPlanService.update (owner)", () -> as("lead", () -> actionPlan.update(ofA.id(),
                ofA.version(), ownedInB), Roles.AUDIT_LEAD));
        String agencyName = "Isolation police " + System.nanoTime() % 1_000_000;
        long agencyOfA = as("admin", () -> agencies.create(agencyName, AgencyKind.POLICE), Roles.ADMIN).id();
        operations.put("AgencyService.addMember", () -> {
            AuditFixtures.asRun("admin", () -> agencies.addMember(agencyOfA, userOfB), Roles.ADMIN);
            return null;
        });
        String teamName = "Isolation team " + System.nanoTime() % 1_000_000;
        operations.put("TeamService.save (manager)", () -> as("admin", () -> teams.save(null, 0, teamName, List.of(),
                List.of(userOfB), true), Roles.ADMIN));

        String before = stateOfB();
        operations.forEach((name, operation) -> assertThatThrownBy(operation::call).as(name)
                .hasMessage(refusals.get(name))
                .satisfies(e -> assertThat(refusedAsNotFound(e)).as(name + ": " + e).isTrue()));
        assertThat(stateOfB()).as("council B after the refused calls").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM action_item WHERE source_cycle_id = ?"
                + " OR owner_username = ?) + (SELECT COUNT(*) FROM case_audit WHERE cycle_id = ? AND council_id <> ?)",
                Integer.class, cycleB, userOfB, cycleB, councilB)).as("rows of another council naming B's cycle or"
                + " user").isZero();
        ActionItem inB = inB(() -> as("lead", () -> actionPlan.create(cycleB, "s47-enquiry", "chronology",
                List.of("chronology-on-file"), ownedInB), Roles.AUDIT_LEAD));
        assertThat(inB.sourceCycleId()).as("the same action made in council B").isEqualTo(cycleB);
        assertThat(inB.ownerUsername()).isEqualTo(userOfB);
        assertThat(inB(() -> as("admin", () -> teams.save(null, 0, teamName, List.of(), List.of(userOfB), true),
                Roles.ADMIN)).managers()).as("the same team made in council B").containsExactly(userOfB);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM team WHERE name = ? AND council_id <> ?", Integer.class,
                teamName, councilB)).as("the team refused in A").isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ma_agency_member WHERE username = ?", Integer.class,
                userOfB)).as("B's user made a member of A's agency").isZero();
        long agencyOfB = inB(() -> as("admin", () -> agencies.create(agencyName, AgencyKind.POLICE), Roles.ADMIN).id());
        inB(() -> as("admin", () -> {
            agencies.addMember(agencyOfB, userOfB);
            return null;
        }, Roles.ADMIN));
        assertThat(inB(() -> as("admin", () -> agencies.members(agencyOfB), Roles.ADMIN))).containsExactly(userOfB);
    }

    /**
     * Council B's lead assigning audits into council A's cycle, or of council A's case into B's own cycle: refused as
     * a cycle or case B does not have, and no audit is written in either council; the same assignment of B's case in
     * B's cycle is made.
     */
    @Test
    void council_b_assigning_into_council_a_cycle_or_case_is_refused_and_writes_nothing() {
        long cycleA = support.newCycle();
        String referenceA = "ISO-A-ASSIGN-" + System.nanoTime();
        long caseA = cases.add(AuditFixtures.s47Case(referenceA));
        String countSql = "SELECT COUNT(*) FROM case_audit WHERE cycle_id IN (?, ?) OR case_id IN (?, ?)";
        int before = jdbc.queryForObject(countSql, Integer.class, cycleA, cycleB, caseA, caseB);

        assertThatThrownBy(() -> inB(() -> as("lead", () -> audits.assign(List.of(assignment(cycleA, caseB,
                reference))), Roles.AUDIT_LEAD))).hasRootCauseMessage("There is no audit cycle " + cycleA);
        assertThatThrownBy(() -> inB(() -> as("lead", () -> audits.assign(List.of(assignment(cycleB, caseB,
                reference), assignment(cycleB, caseA, referenceA))), Roles.AUDIT_LEAD)))
                .hasRootCauseMessage("There is no case " + caseA + " in the case register");

        assertThat(jdbc.queryForObject(countSql, Integer.class, cycleA, cycleB, caseA, caseB))
                .as("audits in A's cycle, of A's case or in B's cycle after the refused assignments").isEqualTo(before);
        String otherReference = reference + "-2";
        long otherCaseB = inB(() -> cases.add(AuditFixtures.s47Case(otherReference)));
        assertThat(inB(() -> as("lead", () -> audits.assign(List.of(assignment(cycleB, otherCaseB,
                otherReference))), Roles.AUDIT_LEAD))).as("B's own case in B's own cycle").hasSize(1);
    }

    private static AuditAssignment assignment(long cycle, long caseId, String reference) {
        return new AuditAssignment(cycle, caseId, reference, "s47-enquiry", 1, "auditor", null, true,
                LocalDate.of(2026, 12, 1));
    }

    private static UserDetailsForm auditorForm(String username) {
        UserDetailsForm form = new UserDetailsForm();
        form.setUsername(username);
        form.setFullName("Council B Auditor");
        form.setEmail(username + "@example.org");
        form.setTeam("");
        form.setRoles(Set.of(Role.AUDITOR));
        return form;
    }

    @Test
    void a_user_sees_only_the_councils_they_belong_to() {
        assertThat(as("lead", () -> councils.find(councilB), Roles.AUDIT_LEAD)).isEmpty();
        assertThat(as("lead", () -> councils.mine().stream().map(c -> c.id()).toList(), Roles.AUDIT_LEAD))
                .doesNotContain(councilB).contains(1L);
        assertThat(as("lead", () -> councils.current().id(), Roles.AUDIT_LEAD)).isEqualTo(1L);
    }

    @Test
    void an_integration_token_acts_in_its_own_council_only() throws Exception {
        String referenceA = "ISO-A-" + System.nanoTime();
        cases.add(AuditFixtures.s47Case(referenceA));
        String tokenA = as("admin", () -> tokens.create("iso-a-" + System.nanoTime()).token(), Roles.ADMIN);
        String tokenB = inB(() -> as("admin", () -> tokens.create("iso-b-" + System.nanoTime()).token(),
                Roles.ADMIN));
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();

        String exportA = mvc.perform(get("/api/cases.csv").header("Authorization", "Bearer " + tokenA))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String exportB = mvc.perform(get("/api/cases.csv").header("Authorization", "Bearer " + tokenB))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(exportA).contains(referenceA).doesNotContain(reference);
        assertThat(exportB).contains(reference).doesNotContain(referenceA);
    }

    /** A refusal that says nothing about the row: access denied, not found, or "no such" (never a council B detail). */
    private boolean refusedAsNotFound(Throwable e) {
        String message = String.valueOf(e.getMessage());
        return !message.contains(reference) && !message.contains("Council B cycle")
                && (e instanceof AccessDeniedException || e instanceof java.util.NoSuchElementException
                || e.getClass().getSimpleName().matches(".*(NotFound|Unavailable|Sampling|State|Denied).*")
                || message.startsWith("There is no "));
    }
}
