package org.caseaudit.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caseaudit.Application;
import org.caseaudit.calendar.TimescaleSettings;
import org.caseaudit.installation.CouncilAdministrationService;
import org.caseaudit.installation.CouncilSummary;
import org.caseaudit.installation.NewCouncil;
import org.caseaudit.security.Roles;
import org.caseaudit.security.RunAs;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A new council on the embedded default's MariaDB (11.4, what the README's run command starts), not on the test
 * server (10.11) the rest of the suite uses: creating a council once failed only there ("Column 'profile_id' cannot
 * be null" from an INSERT ... SELECT ?, ?), and the demo creates its second council that way, so the run command
 * failed at start. The test starts an embedded server of its own (binaries and data under target/, a fresh database
 * each run), starts the application on it as the run command does (schema owner for Flyway, runtime account for the
 * application; no demo data), creates a council through the service as the installation's administrator and
 * compares the council's starting rows with the installation council's. Tagged {@code external}: it starts an
 * outside program (failsafe's external-tests execution); it prints what each step cost.
 */
@Tag("external")
class EmbeddedCouncilCreationTest {

    private static final Path DIRECTORY = Path.of("target", "embedded-council-test");

    @Test
    void a_council_created_on_the_embedded_server_gets_the_installation_councils_starting_rows() {
        EmbeddedDatabase server = new EmbeddedDatabase();
        long t0 = System.nanoTime();
        EmbeddedDatabase.Connection connection = server.start(DIRECTORY, "caseaudit_council", true);
        long serverStarted = System.nanoTime();
        EmbeddedCredentials accounts = connection.credentials();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class).run(
                "--spring.datasource.url=" + connection.url(),
                "--spring.datasource.username=" + accounts.appUser(),
                "--spring.datasource.password=" + accounts.appPassword(),
                "--spring.flyway.user=" + accounts.ownerUser(),
                "--spring.flyway.password=" + accounts.ownerPassword(),
                "--" + DatabaseEnvironmentPostProcessor.RUNTIME_HOST + "=" + EmbeddedDatabase.BIND_ADDRESS,
                "--caseaudit.demo-data=false",
                "--server.port=0")) {
            long applicationStarted = System.nanoTime();
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String version = jdbc.queryForObject("SELECT VERSION()", String.class);
            assertThat(version).as("the embedded server, not the test server").startsWith("11.4");

            CouncilAdministrationService councils = context.getBean(CouncilAdministrationService.class);
            CouncilSummary created = RunAs.as("admin", () -> councils.create(new NewCouncil("EMB-" + System.nanoTime()
                    % 1_000_000, "Embedded Council", null, "embadmin", "Embedded Administrator",
                    "embadmin@example.org", "a long enough passphrase 1")), Roles.ADMIN);
            long councilCreated = System.nanoTime();

            long id = created.id();
            long first = CurrentCouncil.INSTALLATION_COUNCIL;
            assertThat(profiles(jdbc, id)).as("built-in mapping profiles with their columns and translations")
                    .hasSize(3).isEqualTo(profiles(jdbc, first));
            assertThat(jdbc.queryForList("SELECT CONCAT(measure, ' ', amount, ' ', unit, ' ', strategy_discussion)"
                    + " FROM timescale_setting WHERE council_id = ? ORDER BY measure", String.class, id))
                    .as("timescale rules at the national defaults")
                    .hasSize(TimescaleSettings.defaults().rules().size())
                    .containsExactlyInAnyOrderElementsOf(TimescaleSettings.defaults().rules().values().stream()
                            .map(r -> r.measure().name() + " " + r.amount() + " " + r.unit().name() + " "
                                    + r.strategyDiscussion().name()).toList());
            assertThat(jdbc.queryForList("SELECT CONCAT(enabled, identified, anonymised) FROM report_schedule"
                    + " WHERE council_id = ?", String.class, id)).as("the report schedule: off, anonymised")
                    .containsExactly("001");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_timescale_refresh WHERE council_id = ?",
                    Integer.class, id)).isEqualTo(1);
            assertThat(jdbc.queryForList("SELECT u.username FROM app_user u JOIN app_user_council m"
                    + " ON m.user_id = u.id WHERE m.council_id = ?", String.class, id)).containsExactly("embadmin");

            System.out.printf("EmbeddedCouncilCreationTest on MariaDB %s: embedded server start %d ms, application"
                    + " start with migrations %d ms, council creation %d ms%n", version,
                    (serverStarted - t0) / 1_000_000, (applicationStarted - serverStarted) / 1_000_000,
                    (councilCreated - applicationStarted) / 1_000_000);
        } finally {
            server.stop();
        }
    }

    /** Each built-in profile of a council: name, source, date format, its columns and its value translations. */
    private static List<String> profiles(JdbcTemplate jdbc, long council) {
        return jdbc.queryForList("SELECT id, name, source, date_format FROM case_mapping_profile WHERE council_id = ?"
                + " AND built_in ORDER BY name", council).stream().map((Map<String, Object> p) -> p.get("name") + "/"
                + p.get("source") + "/" + p.get("date_format") + " columns " + jdbc.queryForList("SELECT CONCAT("
                + "position, ':', source_column, '>', field) FROM case_mapping_column WHERE profile_id = ?"
                + " ORDER BY position", String.class, p.get("id")) + " translations " + jdbc.queryForList(
                "SELECT CONCAT(position, ':', field, ':', source_value, '>', target_value) FROM case_value_translation"
                + " WHERE profile_id = ? ORDER BY position", String.class, p.get("id"))).toList();
    }
}
