package org.caseaudit.installation.internal;

import java.util.List;
import java.util.Set;
import org.caseaudit.installation.CouncilAdministrationService;
import org.caseaudit.installation.CouncilSummary;
import org.caseaudit.installation.NewCouncil;
import org.caseaudit.installation.PartnershipRow;
import org.caseaudit.security.DemoLogins;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.security.TeamService;
import org.caseaudit.security.UserDetailsForm;
import org.caseaudit.security.UserService;
import org.caseaudit.shared.DemoData;
import org.caseaudit.shared.SecondDemoCouncil;
import org.caseaudit.shared.council.CouncilScope;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo partnership: the demo council (named {@value #FIRST_COUNCIL_NAME} here) and a second council, Southvale
 * (code SVB, {@link SecondDemoCouncil}), with its own administrator ({@code admin2}), audit lead ({@code lead2}), two
 * auditors and a moderator, so the partnership lead ({@code partnership}) sees two councils on the comparison. Made
 * through the council administration service as the installation's administrator; Southvale's register and cycles
 * are loaded by the cases and audit modules.
 */
@Component
@Order(15)
class PartnershipDemoData implements DemoData {

    static final String CODE = SecondDemoCouncil.CODE;

    /**
     * The demo's name for the installation council, which migration V36_1 calls "Demo council": the partnership is
     * Northshire and Southvale. Only the demo data renames it, so a production installation keeps its own name.
     */
    static final String FIRST_COUNCIL_NAME = "Northshire County Council";

    /** Southvale's auditors and moderator: username, name, team, roles. */
    private static final List<Person> PEOPLE = List.of(
            new Person(SecondDemoCouncil.AUDITORS.get(0), "Kofi Mensah", "Southvale Quality Assurance",
                    Set.of(Role.AUDITOR)),
            new Person(SecondDemoCouncil.AUDITORS.get(1), "Hannah Lloyd", "Southvale Quality Assurance",
                    Set.of(Role.AUDITOR)),
            new Person(SecondDemoCouncil.MODERATOR, "Rachel Moore", "Southvale Principal Social Worker",
                    Set.of(Role.MODERATOR, Role.AUDITOR)));

    private record Person(String username, String fullName, String team, Set<Role> roles) {
    }

    private final CouncilAdministrationService administration;
    private final UserService users;
    private final TeamService teams;
    private final JdbcTemplate jdbc;

    PartnershipDemoData(CouncilAdministrationService administration, UserService users, TeamService teams,
            JdbcTemplate jdbc) {
        this.administration = administration;
        this.users = users;
        this.teams = teams;
        this.jdbc = jdbc;
    }

    @Override
    public void load() {
        jdbc.update("UPDATE council SET name = ? WHERE id = 1 AND name = 'Demo council'", FIRST_COUNCIL_NAME);
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM council WHERE code = ?", Integer.class, CODE);
        if (existing == null || existing == 0) {
            createPartnership();
        }
        long southvale = SecondDemoCouncil.id(jdbc).orElseThrow();
        RunAs.run("admin", () -> CouncilScope.run(southvale, () -> {
            // a user's team is one of the council's teams: Southvale's quality-assurance staff have teams of their own
            PEOPLE.stream().map(Person::team).distinct().filter(t -> !teams.activeNames().contains(t))
                    .forEach(t -> teams.save(null, 0, t, List.of(), List.of(), true));
            for (Person p : PEOPLE) {
                Integer taken = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?",
                        Integer.class, p.username());
                if (taken != null && taken > 0) {
                    continue;
                }
                UserDetailsForm form = new UserDetailsForm();
                form.setUsername(p.username());
                form.setFullName(p.fullName());
                form.setEmail(p.username() + "@example.org");
                form.setTeam(p.team());
                form.setRoles(p.roles());
                users.create(form, DemoLogins.PASSWORD);
            }
        }), Roles.ADMIN);
    }

    private void createPartnership() {
        RunAs.run("admin", () -> {
            PartnershipRow p = administration.createPartnership("NSSP",
                    "Northshire and Southvale Safeguarding Partnership");
            jdbc.update("UPDATE council SET partnership_id = ? WHERE id = 1 AND partnership_id IS NULL", p.id());
            CouncilSummary southvale = administration.create(new NewCouncil(CODE, SecondDemoCouncil.NAME, p.id(),
                    "admin2", "Sam Okoro", "admin2@example.org", DemoLogins.PASSWORD));
            // a demo login: it keeps the password printed in the README (a real council's administrator replaces the
            // initial password at the first sign-in)
            jdbc.update("UPDATE app_user SET password_change_required = FALSE WHERE username = ?", "admin2");
            UserDetailsForm lead = new UserDetailsForm();
            lead.setUsername("lead2");
            lead.setFullName("Leah Grant");
            lead.setEmail("lead2@example.org");
            lead.setTeam("");
            lead.setRoles(Set.of(Role.AUDIT_LEAD));
            CouncilScope.run(southvale.id(), () -> users.create(lead, DemoLogins.PASSWORD));
        }, Roles.ADMIN);
    }
}
