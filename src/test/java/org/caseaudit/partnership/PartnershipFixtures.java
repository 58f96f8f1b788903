package org.caseaudit.partnership;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.security.Role;
import org.caseaudit.security.Roles;
import org.caseaudit.security.UserDetailsForm;
import org.caseaudit.security.UserService;
import org.caseaudit.shared.council.CouncilScope;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** Partnerships, councils and their users made for one test (unique codes and usernames), never the shared ones. */
@Component
public class PartnershipFixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    public static final String PASSWORD = "tuesday kettle 42 lamp";

    private final JdbcTemplate jdbc;
    private final UserService users;
    private final Clock clock;

    PartnershipFixtures(JdbcTemplate jdbc, UserService users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /** A new partnership and its id. */
    public long partnership(String name) {
        int n = COUNTER.incrementAndGet();
        return insert("INSERT INTO partnership (code, name) VALUES (?, ?)", "P" + n + "-" + System.nanoTime() % 100000,
                name);
    }

    /** A new council in a partnership (or none). */
    public long council(String name, Long partnershipId) {
        int n = COUNTER.incrementAndGet();
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(
                    "INSERT INTO council (code, name, partnership_id, created_at) VALUES (?, ?, ?, ?)",
                    new String[] {"id"});
            ps.setString(1, "C" + n + "-" + System.nanoTime() % 100000);
            ps.setString(2, name);
            ps.setObject(3, partnershipId);
            ps.setTimestamp(4, Timestamp.from(clock.instant()));
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }

    /** A new user of a council with these roles; returns the username. */
    public String user(long councilId, String prefix, Role... roles) {
        String username = prefix + COUNTER.incrementAndGet();
        createUser(councilId, username, roles);
        return username;
    }

    /** A user with this exact name (for {@code @WithMockUser}), in a council. */
    public void createUser(long councilId, String username, Role... roles) {
        UserDetailsForm form = new UserDetailsForm();
        form.setUsername(username);
        form.setFullName("Test " + username);
        form.setEmail(username + "@example.org");
        form.setTeam("");
        form.setRoles(Set.of(roles));
        CouncilScope.run(councilId, () -> AuditFixtures.asRun("admin", () -> users.create(form, PASSWORD),
                Roles.ADMIN));
    }

    public List<Long> councilsOf(String username) {
        return jdbc.queryForList("SELECT m.council_id FROM app_user_council m JOIN app_user u ON u.id = m.user_id"
                + " WHERE u.username = ? ORDER BY m.council_id", Long.class, username);
    }

    private long insert(String sql, Object... args) {
        var keys = new GeneratedKeyHolder();
        jdbc.update(c -> {
            var ps = c.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps;
        }, keys);
        return keys.getKey().longValue();
    }
}
