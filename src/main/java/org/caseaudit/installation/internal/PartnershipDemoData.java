package org.caseaudit.installation.internal;

import java.util.Set;
import org.caseaudit.installation.CouncilAdministrationService;
import org.caseaudit.installation.CouncilSummary;
import org.caseaudit.installation.NewCouncil;
import org.caseaudit.installation.PartnershipRow;
import org.caseaudit.security.DemoLogins;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.security.UserDetailsForm;
import org.caseaudit.security.UserService;
import org.caseaudit.shared.DemoData;
import org.caseaudit.shared.council.CouncilScope;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The demo partnership: the demo council and a second council, Southvale (code SVB), with its own administrator
 * ({@code admin2}) and audit lead ({@code lead2}), so the partnership lead ({@code partnership}) sees two councils on
 * the comparison. Made through the council administration service as the installation's administrator.
 */
@Component
@Order(15)
class PartnershipDemoData implements DemoData {

    static final String CODE = "SVB";

    private final CouncilAdministrationService administration;
    private final UserService users;
    private final JdbcTemplate jdbc;

    PartnershipDemoData(CouncilAdministrationService administration, UserService users, JdbcTemplate jdbc) {
        this.administration = administration;
        this.users = users;
        this.jdbc = jdbc;
    }

    @Override
    public void load() {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM council WHERE code = ?", Integer.class, CODE);
        if (existing != null && existing > 0) {
            return;
        }
        RunAs.run("admin", () -> {
            PartnershipRow p = administration.createPartnership("NSSP",
                    "Northshire and Southvale Safeguarding Partnership");
            jdbc.update("UPDATE council SET partnership_id = ? WHERE id = 1 AND partnership_id IS NULL", p.id());
            CouncilSummary southvale = administration.create(new NewCouncil(CODE, "Southvale Borough Council", p.id(),
                    "admin2", "Sam Okoro", "admin2@example.org", DemoLogins.PASSWORD));
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
