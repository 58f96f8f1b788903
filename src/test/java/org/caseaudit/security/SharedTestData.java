package org.caseaudit.security;

import java.time.Clock;
import java.util.List;
import org.caseaudit.cases.internal.TestRegister;
import org.caseaudit.security.internal.TeamAdoption;
import org.caseaudit.shared.council.CurrentCouncil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The shared fixture of every test context without the demo year ({@code @IntegrationTest}), loaded once per context
 * in about 2 s (the whole demo year takes about 26 s): the nine accounts of {@link DemoUsers} (admin, lead, auditor,
 * auditor2, auditor3, moderator, member, panel, manager; their roles and teams), the register of
 * {@link TestRegister} (600 synthetic cases, no cycles) and the teams adopted from both exactly as after the demo load
 * (so "North Assessment Team" is an alias of "Assessment Team North"). Nothing else: no cycles, audits, moderations or
 * actions; a test makes those it needs (docs/testing.md). Tests sign in under these names
 * ({@code @WithMockUser(username = "lead", ...)}) and assign audits to them. A {@code @DemoDataTest} context gets the
 * same users, register and teams from the demo data itself.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "caseaudit.demo-data", havingValue = "false")
class SharedTestData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SharedTestData.class);

    /** The usernames of the users per role. */
    public static final List<String> USERNAMES = DemoUsers.USERS.stream().map(DemoUsers.DemoUser::username).toList();

    private final DemoUsers users;
    private final TestRegister register;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SharedTestData(DemoUsers users, TestRegister register, JdbcTemplate jdbc, Clock clock) {
        this.users = users;
        this.register = register;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        users.load();
        register.load();
        TeamAdoption.adopt(jdbc, clock.instant(), "demo", CurrentCouncil.INSTALLATION_COUNCIL);
        log.info("Shared test data ready in {} ms (users, register, teams; no demo year)",
                (System.nanoTime() - start) / 1_000_000);
    }
}
