package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.caseaudit.IntegrationTest;
import org.caseaudit.shared.council.CouncilScope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    TeamService teams;

    @BeforeEach
    void a_second_council() {
        jdbc.update("INSERT IGNORE INTO council (code, name, created_at) VALUES ('SVC-B', 'User service council B',"
                + " UTC_TIMESTAMP(6))");
    }

    private static UserDetailsForm form(String username, String team, Role... roles) {
        UserDetailsForm form = new UserDetailsForm();
        form.setUsername(username);
        form.setFullName("Test " + username);
        form.setTeam(team);
        form.setRoles(EnumSet.of(roles[0], roles));
        return form;
    }

    private int auditEvents(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target_id = ?", Integer.class,
                action, target);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administrator_creates_a_user_with_hashed_password_team_and_roles_and_the_trail_records_it() {
        UserSummary created = users.create(form("svc-new", "Assessment Team North", Role.AUDITOR, Role.MODERATOR),
                "a long enough passphrase");

        assertThat(created.roles()).containsExactlyInAnyOrder(Role.AUDITOR, Role.MODERATOR);
        assertThat(created.team()).isEqualTo("Assessment Team North");
        String hash = jdbc.queryForObject(
                "select password_hash from app_user where username = 'svc-new'", String.class);
        assertThat(hash).doesNotContain("a long enough passphrase");
        assertThat(passwordEncoder.matches("a long enough passphrase", hash)).isTrue();
        assertThat(auditEvents("USER_CREATED", "svc-new")).isEqualTo(1);
    }

    /**
     * Issue 25: a user's team is one of the council's teams. A team the council does not have (a typing slip, another
     * council's team, an inactive team) is refused naming it, and nothing is written; an alias is stored as its team's
     * name; a team a user already has is kept on an edit even when it is no longer one of the list.
     */
    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_users_team_must_be_one_of_the_councils_active_teams() {
        String n = String.valueOf(System.nanoTime() % 1_000_000);
        String team = "Svc Team " + n;
        teams.save(null, 0, team, List.of("Svc Alias " + n), List.of(), true);
        teams.save(null, 0, "Svc Closed Team " + n, List.of(), List.of(), false);
        long councilB = jdbc.queryForObject("SELECT id FROM council WHERE code = 'SVC-B'", Long.class);
        CouncilScope.run(councilB, () -> teams.save(null, 0, "Svc B Team " + n,
                List.of(), List.of(), true));
        int before = jdbc.queryForObject("select count(*) from app_user", Integer.class);

        for (String unknown : List.of("Svc Tem " + n, "Svc B Team " + n, "Svc Closed Team " + n)) {
            assertThatThrownBy(() -> users.create(form("svc-team-" + n, unknown, Role.AUDITOR),
                    "a long enough passphrase")).isInstanceOfSatisfying(UserAdministrationException.class, e -> {
                        assertThat(e.field()).isEqualTo("team");
                        assertThat(e.getMessage()).isEqualTo("There is no team \u201c" + unknown
                                + "\u201d in this council: choose one from the list of teams (administrators keep it"
                                + " under Teams)");
                    });
        }
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(before);

        UserSummary created = users.create(form("svc-team-" + n, "svc alias " + n, Role.AUDITOR),
                "a long enough passphrase");
        assertThat(created.team()).as("an alias, in any case, stored as its team's name").isEqualTo(team);
        assertThatThrownBy(() -> users.update(created.id(), created.version(), form("svc-team-" + n,
                "Svc B Team " + n, Role.AUDITOR))).isInstanceOf(UserAdministrationException.class)
                .hasMessageStartingWith("There is no team \u201cSvc B Team " + n + "\u201d in this council");

        jdbc.update("UPDATE app_user SET team = ? WHERE id = ?", "Legacy free text " + n, created.id());
        UserSummary legacy = users.findAll().stream().filter(u -> u.id() == created.id()).findFirst().orElseThrow();
        UserSummary edited = users.update(legacy.id(), legacy.version(), form("svc-team-" + n, "Legacy free text "
                + n, Role.AUDITOR, Role.MODERATOR));
        assertThat(edited.team()).as("a team the user already had, kept on an edit of their roles")
                .isEqualTo("Legacy free text " + n);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_duplicate_username_is_refused_and_nothing_is_written() {
        int before = jdbc.queryForObject("select count(*) from app_user", Integer.class);
        assertThatThrownBy(() -> users.create(form("AUDITOR", null, Role.AUDITOR), "a long enough passphrase"))
                .isInstanceOf(UserAdministrationException.class)
                .hasMessageContaining("already taken");
        assertThat(jdbc.queryForObject("select count(*) from app_user", Integer.class)).isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_username_is_kept_in_its_one_spelling_and_other_spellings_of_it_are_taken() {
        UserSummary created = users.create(form("Zoë.Smith", null, Role.AUDITOR), "a long enough passphrase");
        assertThat(created.username()).isEqualTo("zoe.smith");
        assertThat(jdbc.queryForObject("select username_key from app_user where id = ?", String.class, created.id()))
                .isEqualTo("zoe.smith");
        for (String spelling : new String[] {"ZOË.SMITH", "ｚｏｅ.ｓｍｉｔｈ", "zoe\u0308.smith"}) {
            assertThatThrownBy(() -> users.create(form(spelling, null, Role.AUDITOR),
                    "a long enough passphrase")).as(spelling)
                    .isInstanceOf(UserAdministrationException.class).hasMessageContaining("already taken");
        }
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_weak_initial_password_is_refused_naming_the_problem() {
        assertThatThrownBy(() -> users.create(form("svc-weak", null, Role.AUDITOR), "short"))
                .isInstanceOf(UserAdministrationException.class)
                .hasMessageContaining("at least 12 characters")
                .extracting(e -> ((UserAdministrationException) e).field()).isEqualTo("password");
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'svc-weak'",
                Integer.class)).isZero();
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_stale_edit_is_detected_as_a_conflict_and_does_not_overwrite() {
        UserSummary created = users.create(form("svc-conflict", "MASH", Role.AUDITOR), "a long enough passphrase");
        UserSummary first = users.update(created.id(), created.version(), form("svc-conflict", "Child Protection Team",
                Role.AUDITOR));

        assertThatThrownBy(() -> users.update(created.id(), created.version(), form("svc-conflict", "Assessment Team South",
                Role.AUDITOR)))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(users.findAll()).filteredOn(u -> u.id() == created.id()).singleElement()
                .satisfies(u -> {
                    assertThat(u.team()).isEqualTo("Child Protection Team");
                    assertThat(u.version()).isEqualTo(first.version());
                });
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void an_administrator_cannot_disable_their_own_account_or_leave_no_administrator() {
        UserSummary admin = users.findAll().stream().filter(u -> u.username().equals("admin")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> users.setEnabled(admin.id(), admin.version(), false))
                .isInstanceOf(UserAdministrationException.class).hasMessageContaining("your own account");
        assertThatThrownBy(() -> users.update(admin.id(), admin.version(), form("admin", null, Role.AUDITOR)))
                .isInstanceOf(UserAdministrationException.class).hasMessageContaining("your own administrator role");
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void a_password_reset_gives_a_new_working_password_and_is_recorded() {
        UserSummary created = users.create(form("svc-reset", null, Role.AUDITOR), "a long enough passphrase");
        String password = users.resetPassword(created.id(), created.version());

        assertThat(password).hasSizeGreaterThanOrEqualTo(PasswordPolicy.MIN_LENGTH);
        String hash = jdbc.queryForObject(
                "select password_hash from app_user where username = 'svc-reset'", String.class);
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
        assertThat(passwordEncoder.matches("a long enough passphrase", hash)).isFalse();
        assertThat(auditEvents("USER_PASSWORD_RESET", "svc-reset")).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void only_administrators_may_manage_users_even_when_calling_the_service_directly() {
        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.create(form("svc-denied", null, Role.ADMIN), "a long enough passphrase"))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'svc-denied'",
                Integer.class)).isZero();
    }

    @Test
    void the_audit_trail_refuses_updates_and_deletes() {
        jdbc.update(
                "insert into audit_event (occurred_at, actor, action, outcome) values (now(6), 'test', 'PROBE', "
                + "'SUCCESS')");
        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone-else' where action = 'PROBE'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where action = 'PROBE'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'PROBE' and actor = 'test'",
                Integer.class)).isEqualTo(1);
    }

    /**
     * How every stored password looks: Spring Security's delegating form of a BCrypt hash ({@code {bcrypt}}, the
     * variant, a two-digit cost, then 53 characters of salt and hash), never the text itself or a weaker encoding.
     */
    private static final Pattern BCRYPT = Pattern.compile("\\{bcrypt}\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    @Test
    void demo_users_of_every_role_exist_with_hashed_passwords() {
        // the demo users' own rows and roles only: other test classes add users (and roles) to the same database
        Map<String, String> hashes = new TreeMap<>();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (DemoUsers.DemoUser demo : DemoUsers.USERS) {
            hashes.put(demo.username(), jdbc.queryForObject("select password_hash from app_user where username = ?",
                    String.class, demo.username()));
            jdbc.queryForList("select r.role from app_user_role r join app_user u on u.id = r.user_id"
                    + " where u.username = ?", String.class, demo.username()).forEach(r -> roles.add(Role.valueOf(r)));
        }
        assertThat(roles).as("roles the demo users hold").containsExactlyInAnyOrder(Role.values());
        assertThat(hashes).hasSize(DemoUsers.USERS.size())
                .allSatisfy((username, hash) -> assertThat(hash).as(username).matches(BCRYPT));
    }

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void every_way_the_service_stores_a_password_stores_a_bcrypt_hash() {
        String username = "svc-hash-" + System.nanoTime();
        UserSummary created = users.create(form(username, null, Role.AUDITOR), "a long enough passphrase");
        String onCreation = storedHash(username);
        String password = users.resetPassword(created.id(), created.version());
        String onReset = storedHash(username);

        assertThat(List.of(onCreation, onReset)).allSatisfy(hash -> {
            assertThat(hash).matches(BCRYPT);
            assertThat(passwordEncoder.upgradeEncoding(hash)).as("needs re-encoding").isFalse();
        });
        assertThat(passwordEncoder.matches("a long enough passphrase", onCreation)).isTrue();
        assertThat(passwordEncoder.matches(password, onReset)).isTrue();
    }

    private String storedHash(String username) {
        return jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, username);
    }
}
