package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.caseaudit.audit.AuditFixtures.as;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.caseaudit.IntegrationTest;
import org.caseaudit.cases.CaseImportService;
import org.caseaudit.cases.ImportOptions;
import org.caseaudit.cases.ImportResult;
import org.caseaudit.cases.ImportStatus;
import org.caseaudit.cases.StagedFile;
import org.caseaudit.sampling.AuditCycleService;
import org.caseaudit.sampling.CycleDetails;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleRecord;
import org.caseaudit.sampling.SampleService;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.security.Roles;
import org.caseaudit.security.Team;
import org.caseaudit.security.TeamException;
import org.caseaudit.security.TeamService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Teams as reference data on the demo data: the users' "North Assessment Team" and the register's "Assessment Team
 * North" are one team, so conflict of interest fires, imports accept aliases, and unknown teams are named.
 */
@IntegrationTest
class TeamIdentityTest {

    @Autowired TeamService teams;
    @Autowired AuditCycleService cycles;
    @Autowired SampleService samples;
    @Autowired CaseImportService imports;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditTestSupport support;
    @Autowired FeedbackService feedback;
    @Autowired org.caseaudit.security.UserService users;
    @TempDir Path dir;

    @Test
    void the_demo_teams_are_mapped_onto_the_team_table_with_the_users_spelling_as_an_alias() {
        Team north = as("admin", () -> teams.list(), Roles.ADMIN).stream()
                .filter(t -> t.name().equals("Assessment Team North")).findFirst().orElseThrow();
        assertThat(north.aliases()).containsExactly("North Assessment Team");
        assertThat(north.managers()).containsExactly("manager");
        assertThat(jdbc.queryForObject("SELECT team FROM app_user WHERE username = 'auditor'", String.class))
                .isEqualTo("Assessment Team North");
        assertThat(as("lead", () -> teams.directory(), Roles.AUDIT_LEAD)
                .same("North Assessment Team", "Assessment Team North")).isTrue();
    }

    @Test
    void no_auditor_is_assigned_a_case_of_their_own_team_on_the_demo_register() {
        SampleRecord assigned = as("lead", () -> {
            CycleSummary cycle = cycles.create(new CycleDetails("Own team " + System.nanoTime(), null, null,
                    LocalDate.of(2026, 12, 31), new FrameDefinition(FrameDefinition.DateField.S47_START,
                    LocalDate.of(2025, 1, 1), LocalDate.of(2026, 10, 31), List.of(
                    "Assessment Team North"), List.of(), 0,
                    List.of()), SampleDesign.simpleRandom(new SampleSize.Fixed(12), 0), 0, true));
            samples.draw(cycle.id(), cycle.version(), 2323L);
            return samples.assign(cycle.id(), cycles.get(cycle.id()).version(), 1L);
        }, Roles.AUDIT_LEAD);
        assertThat(assigned.activeItems()).hasSize(12).allSatisfy(i -> {
            assertThat(i.team()).isEqualTo("Assessment Team North");
            assertThat(i.auditor()).isNotNull().isNotEqualTo("auditor"); // auditor is in North Assessment Team
        });
    }

    @Test
    void an_import_accepts_a_teams_alias_and_names_a_team_nobody_knows() throws Exception {
        Path alias = Files.writeString(dir.resolve("alias.csv"), org.caseaudit.cases.TestFiles.standardHeader() + "\n"
                + org.caseaudit.cases.TestFiles.standardRow(Map.of("case_reference", "TEAM-ALIAS-1",
                "child_reference", "C1", "team", "North Assessment Team", "s47_outcome", "NFA")) + "\n");
        ImportResult byAlias = as("lead", () -> imports.commit(StagedFile.existing(alias, "alias.csv"), "standard",
                new ImportOptions("team-alias", false)), Roles.AUDIT_LEAD);
        assertThat(byAlias.status()).as(byAlias.problems().toString()).isEqualTo(ImportStatus.COMMITTED);

        Path unknown = Files.writeString(dir.resolve("unknown.csv"),
                org.caseaudit.cases.TestFiles.standardHeader() + "\n"
                + org.caseaudit.cases.TestFiles.standardRow(Map.of("case_reference", "TEAM-NEW-1",
                "child_reference", "C2", "team", "Assessment Team West", "s47_outcome", "NFA")) + "\n");
        ImportResult refused = as("lead", () -> imports.preview(StagedFile.existing(unknown, "unknown.csv"), "standard",
                new ImportOptions("team-new", false)), Roles.AUDIT_LEAD);
        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.describe())
                .contains("unknown team 'Assessment Team West'").contains("Add teams not yet known"));
        ImportResult previewed = as("lead", () -> imports.preview(StagedFile.existing(unknown, "unknown.csv"),
                "standard", new ImportOptions("team-new", true)), Roles.AUDIT_LEAD);
        assertThat(previewed.newTeams()).containsExactly("Assessment Team West");
        assertThat(as("lead", () -> teams.directory(), Roles.AUDIT_LEAD).knows("Assessment Team West")).isFalse();
        ImportResult committed = as("lead", () -> imports.commit(StagedFile.existing(unknown, "unknown.csv"),
                "standard", new ImportOptions("team-new", true)), Roles.AUDIT_LEAD);
        assertThat(committed.status()).isEqualTo(ImportStatus.COMMITTED);
        assertThat(as("lead", () -> teams.activeNames(), Roles.AUDIT_LEAD)).contains("Assessment Team West");
    }

    @Test
    void an_alias_that_is_another_teams_name_is_refused_on_the_aliases_field() {
        assertThatThrownBy(() -> as("admin", () -> teams.save(null, 0, "Duty Team", List.of("MASH"), List.of(), true),
                Roles.ADMIN)).isInstanceOf(TeamException.class).hasMessage("'MASH' already names MASH")
                .extracting(e -> ((TeamException) e).field()).isEqualTo("aliases");
        assertThatThrownBy(() -> as("admin", () -> teams.save(null, 0, "north assessment team", List.of(),
                List.of(), true),
                Roles.ADMIN)).isInstanceOf(TeamException.class)
                .hasMessage("'north assessment team' is already an alias of Assessment Team North");
        assertThatThrownBy(() -> as("admin", () -> teams.save(null, 0, "Duty Team", List.of(), List.of("nobody"), true),
                Roles.ADMIN)).isInstanceOf(TeamException.class).hasMessage("There is no user 'nobody'");
    }

    @Test
    void a_team_name_or_alias_breaking_the_text_rule_is_refused_naming_the_field() {
        assertThatThrownBy(() -> as("admin", () -> teams.save(null, 0, "T".repeat(121), List.of(), List.of(), true),
                Roles.ADMIN)).isInstanceOf(TeamException.class)
                .hasMessage("The team's name is 121 characters long; at most 120 are allowed")
                .extracting(e -> ((TeamException) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> as("admin", () -> teams.save(null, 0, "Team \u202egnp.exe", List.of(), List.of(),
                true), Roles.ADMIN)).isInstanceOf(TeamException.class)
                .hasMessageStartingWith("The team's name must not contain characters that change the direction");
        assertThatThrownBy(() -> as("admin", () -> teams.save(null, 0, "Duty Team", List.of("Duty\u200bDesk"),
                List.of(), true), Roles.ADMIN)).isInstanceOf(TeamException.class)
                .hasMessageStartingWith("The alias 'Duty\u200bDesk' must not contain invisible formatting characters")
                .extracting(e -> ((TeamException) e).field()).isEqualTo("aliases");
    }

    @Test
    void the_managers_of_the_cases_team_come_first_through_an_alias() {
        org.caseaudit.security.UserDetailsForm form = new org.caseaudit.security.UserDetailsForm();
        form.setUsername("aamanager");
        form.setFullName("Alan Ames");
        form.setTeam("MASH");
        form.setRoles(java.util.Set.of(org.caseaudit.security.Role.TEAM_MANAGER));
        as("admin", () -> users.create(form, "a long enough passphrase 2"), Roles.ADMIN);
        // the fixture's case is in "North Assessment Team": the users' spelling, an alias of Assessment Team North
        long auditId = support.assign(support.newCycle(), "auditor2", null);

        List<org.caseaudit.security.UserSummary> offered = as("lead", () -> feedback.teamManagersFor(auditId),
                Roles.AUDIT_LEAD);
        assertThat(offered).extracting(org.caseaudit.security.UserSummary::username).startsWith("manager")
                .contains("aamanager");
    }
}
