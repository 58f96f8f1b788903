package org.caseaudit.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.calendar.TimescaleSettings;
import org.caseaudit.cases.ExportShape;
import org.caseaudit.cases.TestFiles;
import org.caseaudit.partnership.PartnershipFixtures;
import org.caseaudit.security.Roles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A council made on the Councils page starts with what a fresh installation's council gets from the migrations (issue
 * 25 review): the built-in mapping profiles, the national timescale rules, the report schedule and the timescale
 * refresh marker, so the documented import works at once; all in the creation's transaction (a refused administrator
 * leaves none of it behind); and its first administrator must replace the initial password.
 */
@IntegrationTest
class NewCouncilStartingRowsTest {

    private static final AtomicInteger N = new AtomicInteger();
    /**
     * The council tables a fresh installation's council has rows in from the migrations (V3_1, V5_1, V13_1, V37_1),
     * and the first administrator's membership.
     */
    private static final List<String> SEEDED = List.of("app_user_council", "case_mapping_column",
            "case_mapping_profile", "case_timescale_refresh", "case_value_translation", "report_schedule",
            "timescale_setting");

    @Autowired
    CouncilAdministrationService administration;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext context;

    @TempDir
    Path dir;

    private CouncilSummary newCouncil(String code, String admin) {
        return AuditFixtures.as("admin", () -> administration.create(new NewCouncil(code, "Starting council " + code,
                null, admin, "Test " + admin, admin + "@example.org", PartnershipFixtures.PASSWORD)), Roles.ADMIN);
    }

    private static String unique(String prefix) {
        return prefix + N.incrementAndGet() + "-" + System.nanoTime() % 10000;
    }

    /** Rows of the council in each council table that has any (the trail left out: it records the creation). */
    private Map<String, Integer> rowsPerTable(long council) {
        Map<String, Integer> rows = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT LOWER(table_name) FROM information_schema.columns"
                + " WHERE table_schema = DATABASE() AND column_name = 'council_id' ORDER BY table_name",
                String.class)) {
            int n = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE council_id = ?", Integer.class,
                    council);
            if (n > 0 && !table.equals("audit_event")) {
                rows.put(table, n);
            }
        }
        return rows;
    }

    @Test
    void a_new_council_gets_the_rows_a_fresh_installation_gets_and_nothing_else() {
        CouncilSummary c = newCouncil(unique("SR"), unique("sradmin"));

        Map<String, Integer> rows = rowsPerTable(c.id());
        assertThat(rows.keySet()).containsExactlyElementsOf(SEEDED);
        // the built-in profiles as the installation council has them (they cannot be edited there)
        String profiles = "SELECT p.name, p.source, p.date_format, p.description, p.built_in,"
                + " (SELECT COUNT(*) FROM case_mapping_column m WHERE m.council_id = p.council_id AND m.profile_id = "
                + "p.id)"
                + " AS columns, (SELECT GROUP_CONCAT(CONCAT(m.position, m.source_column, m.field) ORDER BY m.position)"
                + " FROM case_mapping_column m WHERE m.council_id = p.council_id AND m.profile_id = p.id) AS mapping,"
                + " (SELECT GROUP_CONCAT(CONCAT(t.position, t.field, t.source_value, t.target_value) ORDER BY "
                + "t.position)"
                + " FROM case_value_translation t WHERE t.council_id = p.council_id AND t.profile_id = p.id) AS values_"
                + " FROM case_mapping_profile p WHERE p.council_id = ? AND p.built_in = TRUE ORDER BY p.name";
        List<Map<String, Object>> ours = jdbc.queryForList(profiles, c.id());
        assertThat(ours).extracting(p -> p.get("name")).containsExactly("liquidlogic-like", "mosaic-like", "standard");
        assertThat(ours).isEqualTo(jdbc.queryForList(profiles, 1L));
        // the national timescale rules
        Map<String, String> rules = new TreeMap<>();
        jdbc.query("SELECT measure, amount, unit, strategy_discussion FROM timescale_setting WHERE council_id = ?",
                rs -> {
                    rules.put(rs.getString(1), rs.getInt(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }, c.id());
        Map<String, String> defaults = new TreeMap<>();
        TimescaleSettings.defaults().rules().forEach((m, r) -> defaults.put(m.name(), r.amount() + " " + r.unit()
                + " " + r.strategyDiscussion()));
        assertThat(rules).hasSize(6).isEqualTo(defaults);
        assertThat(jdbc.queryForObject("SELECT CONCAT(enabled, identified, anonymised) FROM report_schedule"
                + " WHERE council_id = ?", String.class, c.id())).isEqualTo("001");
        assertThat(rows.get("case_timescale_refresh")).isOne();
    }

    @Test
    void the_documented_import_works_in_a_new_council_with_each_shipped_profile() throws Exception {
        CouncilSummary c = newCouncil(unique("SI"), unique("siadmin"));
        String token = AuditFixtures.as("admin", () -> administration.addIntegrationAccount(c.id(), "nightly"),
                Roles.ADMIN).token();
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        for (ExportShape shape : ExportShape.values()) {
            Path file = TestFiles.export(dir, shape.name().toLowerCase() + ".csv", shape, TestFiles.cases(5, 11));
            mvc.perform(multipart("/api/imports").file(new MockMultipartFile("file", file.getFileName().toString(),
                            "text/csv", Files.readAllBytes(file))).param("profile", shape.profileName())
                            .param("newTeams", "true").header("Authorization", "Bearer " + token))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.status").value("COMMITTED"))
                    .andExpect(jsonPath("$.counts.created").value(5));
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_record WHERE council_id = ?", Integer.class,
                c.id())).isEqualTo(5 * ExportShape.values().length);
    }

    @Test
    void a_refused_administrator_leaves_no_council_and_no_starting_rows() {
        int councils = jdbc.queryForObject("SELECT COUNT(*) FROM council", Integer.class);
        int profiles = jdbc.queryForObject("SELECT COUNT(*) FROM case_mapping_profile WHERE council_id > 0",
                Integer.class);
        String code = unique("SX");
        assertThatThrownBy(() -> newCouncil(code, "admin")).hasMessageContaining("already taken");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM council", Integer.class)).isEqualTo(councils);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_mapping_profile WHERE council_id > 0",
                Integer.class)).isEqualTo(profiles);
        // and the council can then be made with another administrator
        assertThat(newCouncil(code, unique("sxadmin")).code()).isEqualTo(code);
    }

    @Test
    void the_first_administrator_must_replace_the_initial_password() {
        String admin = unique("spadmin");
        newCouncil(unique("SP"), admin);
        assertThat(jdbc.queryForObject("SELECT password_change_required FROM app_user WHERE username = ?",
                Boolean.class, admin)).isTrue();
    }
}
