package org.caseaudit.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.caseaudit.security.internal.UserAccount;
import org.caseaudit.security.internal.UserAccountRepository;
import org.caseaudit.shared.DemoData;
import java.time.Clock;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Demo users of every role (README lists them). Only on the embedded default or when asked for. */
@Component
@Order(0)
class DemoUsers implements DemoData {

    /** Shared by all demo users; printed in the README, never used outside demo data. */
    static final String DEMO_PASSWORD = "audit-demo-2026";

    record DemoUser(String username, String fullName, String team, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("admin", "Ada Adeyemi", "Business Support", EnumSet.of(Role.ADMIN)),
            new DemoUser("lead", "Lena Hughes", "Safeguarding and Quality Assurance", EnumSet.of(Role.AUDIT_LEAD)),
            new DemoUser("auditor", "Aisha Khan", "North Assessment Team", EnumSet.of(Role.AUDITOR)),
            new DemoUser("auditor2", "Tom Price", "South Assessment Team", EnumSet.of(Role.AUDITOR)),
            new DemoUser("auditor3", "Grace Owusu", "Child Protection East", EnumSet.of(Role.AUDITOR)),
            new DemoUser("moderator", "Martin Doyle", "Quality Assurance", EnumSet.of(Role.MODERATOR, Role.AUDITOR)),
            new DemoUser("member", "Irene Walsh", null, EnumSet.of(Role.INDEPENDENT_MEMBER)),
            new DemoUser("panel", "Patrick Reid", null, EnumSet.of(Role.PANEL_VIEWER)),
            new DemoUser("manager", "Nadia Clarke", "North Assessment Team", EnumSet.of(Role.TEAM_MANAGER)),
            // partner agencies' audit co-ordinators (multi-agency audits; their agencies: multiagency demo data)
            new DemoUser("police", "Dev Sharma", null, EnumSet.of(Role.AGENCY_COORDINATOR)),
            new DemoUser("health", "Ruth Okafor", null, EnumSet.of(Role.AGENCY_COORDINATOR)),
            new DemoUser("school", "Helen Marsh", null, EnumSet.of(Role.AGENCY_COORDINATOR)),
            new DemoUser("childrens", "Sean Byrne", null, EnumSet.of(Role.AGENCY_COORDINATOR)),
            // the safeguarding partnership's QA lead and panel: aggregate figures across its councils only
            new DemoUser("partnership", "Priya Nair", null, EnumSet.of(Role.PARTNERSHIP_LEAD)),
            new DemoUser("partnerpanel", "Owen Fletcher", null, EnumSet.of(Role.PARTNERSHIP_PANEL)));

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoUsers(UserAccountRepository users, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void load() {
        String hash = null;
        for (DemoUser demo : USERS) {
            if (users.existsByUsernameKey(Usernames.normalise(demo.username()))) {
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(DEMO_PASSWORD);
            }
            UserAccount account = new UserAccount(demo.username(), demo.fullName(), hash, clock.instant());
            account.setTeam(demo.team());
            account.setRoles(demo.roles());
            // example.org is reserved for examples: the demo's reminders have an address and reach nobody
            account.setEmail(demo.username() + "@example.org");
            users.save(account);
        }
    }
}
