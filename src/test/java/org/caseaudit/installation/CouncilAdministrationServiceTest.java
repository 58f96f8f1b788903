package org.caseaudit.installation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.caseaudit.IntegrationTest;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.partnership.PartnershipFixtures;
import org.caseaudit.security.Roles;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * Council administration by the installation's administrator: a council with its administrator and integration
 * account; an export that holds that council's rows only; an offboarding that deletes it whole, leaves the others
 * alone, is recorded in the installation council's trail, and changes nothing when any part of it fails.
 */
@IntegrationTest
class CouncilAdministrationServiceTest {

    private static final AtomicInteger N = new AtomicInteger();

    @Autowired
    CouncilAdministrationService administration;
    @Autowired
    PartnershipFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;

    private CouncilSummary newCouncil(String adminName) {
        int n = N.incrementAndGet();
        PartnershipRow p = AuditFixtures.as("admin", () -> administration.createPartnership("TP" + n + "-"
                + System.nanoTime() % 1000, "Test partnership " + n), Roles.ADMIN);
        return AuditFixtures.as("admin", () -> administration.create(new NewCouncil("TC" + n + "-"
                + System.nanoTime() % 1000, "Test council " + n, p.id(), adminName, "Test " + adminName,
                adminName + "@example.org", PartnershipFixtures.PASSWORD)), Roles.ADMIN);
    }

    private int rows(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    @Test
    void a_new_council_has_its_administrator_and_integration_account_and_the_creation_is_trailed() {
        String admin = "cadmin" + N.incrementAndGet();
        CouncilSummary c = newCouncil(admin);
        assertThat(c.active()).isTrue();
        assertThat(c.users()).isEqualTo(1);
        assertThat(fixtures.councilsOf(admin)).containsExactly(c.id());
        AuditFixtures.as("admin", () -> administration.addIntegrationAccount(c.id(), "mosaic-nightly"), Roles.ADMIN);
        assertThat(rows("SELECT COUNT(*) FROM case_integration_token WHERE council_id = ? AND name = ?", c.id(),
                "mosaic-nightly")).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM audit_event WHERE action = 'COUNCIL_CREATED' AND target_id = ?",
                c.code())).isEqualTo(1);
    }

    @Test
    void a_council_whose_administrator_cannot_be_created_is_not_created() {
        int before = rows("SELECT COUNT(*) FROM council");
        assertThatThrownBy(() -> newCouncil("admin")).hasMessageContaining("already taken");
        assertThat(rows("SELECT COUNT(*) FROM council")).isEqualTo(before);
    }

    @Test
    void a_council_administrator_is_refused_council_administration() {
        String admin = "cadmin" + N.incrementAndGet();
        newCouncil(admin);
        assertThatThrownBy(() -> AuditFixtures.as(admin, administration::councils, Roles.ADMIN))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> AuditFixtures.as("lead", administration::councils, Roles.AUDIT_LEAD))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_export_holds_the_councils_rows_only_and_the_offboarding_deletes_them_leaving_the_others() throws Exception {
        String adminA = "cadmin" + N.incrementAndGet();
        String adminB = "cadmin" + N.incrementAndGet();
        CouncilSummary a = newCouncil(adminA);
        CouncilSummary b = newCouncil(adminB);
        AuditFixtures.as("admin", () -> administration.addIntegrationAccount(a.id(), "token-of-a"), Roles.ADMIN);
        AuditFixtures.as("admin", () -> administration.addIntegrationAccount(b.id(), "token-of-b"), Roles.ADMIN);
        jdbc.update("INSERT INTO ma_agency (council_id, name, kind) VALUES (?, 'Agency of A', 'POLICE')", a.id());
        jdbc.update("INSERT INTO ma_agency (council_id, name, kind) VALUES (?, 'Agency of B', 'POLICE')", b.id());

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        AuditFixtures.asRun("admin", () -> administration.export(a.id(), zip), Roles.ADMIN);
        Map<String, String> files = unzip(zip.toByteArray());
        assertThat(files).containsKeys("case_integration_token.csv", "ma_agency.csv", "users.csv", "manifest.csv",
                "README.txt");
        assertThat(files.get("case_integration_token.csv")).contains("token-of-a").doesNotContain("token-of-b");
        assertThat(files.get("ma_agency.csv")).contains("Agency of A").doesNotContain("Agency of B");
        assertThat(files.get("users.csv")).contains(adminA).doesNotContain(adminB).doesNotContain("bcrypt");
        assertThat(files.get("manifest.csv")).contains("ma_agency.csv,1");
        assertThat(files.get("audit_event.csv")).as("the council's own trail is part of its data")
                .doesNotContain("token-of-b");

        OffboardingResult result = AuditFixtures.as("admin", () -> administration.offboard(a.id(), a.code()),
                Roles.ADMIN);
        assertThat(result.rowsDeleted()).containsEntry("ma_agency", 1).containsEntry("case_integration_token", 1)
                .containsEntry("app_user_council", 1);
        assertThat(result.usersDeleted()).isEqualTo(1);
        for (String table : new String[] {"ma_agency", "case_integration_token", "app_user_council"}) {
            assertThat(rows("SELECT COUNT(*) FROM " + table + " WHERE council_id = ?", a.id())).as(table).isZero();
            assertThat(rows("SELECT COUNT(*) FROM " + table + " WHERE council_id = ?", b.id())).as(table).isOne();
        }
        assertThat(rows("SELECT COUNT(*) FROM app_user WHERE username = ?", adminA)).isZero();
        assertThat(rows("SELECT COUNT(*) FROM app_user WHERE username = ?", adminB)).isOne();
        assertThat(rows("SELECT COUNT(*) FROM council WHERE id = ? AND offboarded_at IS NOT NULL", a.id())).isOne();
        // the record of the deletion lives in the installation council's trail, which the deletion does not touch
        assertThat(rows("SELECT COUNT(*) FROM audit_event WHERE action = 'COUNCIL_OFFBOARDED' AND target_id = ?"
                + " AND council_id = ? AND actor = 'admin'", a.code(), CurrentCouncil.INSTALLATION_COUNCIL)).isOne();
        assertThatThrownBy(() -> AuditFixtures.asRun("admin", () -> administration.addTeam(a.id(), "Late team"),
                Roles.ADMIN)).hasMessageContaining("No active council");
    }

    @Test
    void an_offboarding_that_fails_part_way_changes_nothing() {
        CouncilSummary a = newCouncil("cadmin" + N.incrementAndGet());
        CouncilSummary b = newCouncil("cadmin" + N.incrementAndGet());
        jdbc.update("INSERT INTO ma_agency (council_id, name, kind) VALUES (?, 'Agency of A', 'POLICE')", a.id());
        long agency = jdbc.queryForObject("SELECT id FROM ma_agency WHERE council_id = ?", Long.class, a.id());
        // a row of another council pointing at A's agency (what separation should never allow) blocks the deletion
        jdbc.update("INSERT INTO ma_agency_member (username, agency_id, council_id) VALUES ('x', ?, ?)", agency,
                b.id());
        assertThatThrownBy(() -> AuditFixtures.as("admin", () -> administration.offboard(a.id(), a.code()),
                Roles.ADMIN)).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(rows("SELECT COUNT(*) FROM council WHERE id = ? AND offboarded_at IS NULL", a.id())).isOne();
        assertThat(rows("SELECT COUNT(*) FROM app_user_council WHERE council_id = ?", a.id())).isOne();
        assertThat(rows("SELECT COUNT(*) FROM ma_agency WHERE council_id = ?", a.id())).isOne();
        assertThat(rows("SELECT COUNT(*) FROM audit_event WHERE action = 'COUNCIL_OFFBOARDED' AND target_id = ?",
                a.code())).isZero();
    }

    @Test
    void the_installation_council_and_an_unconfirmed_offboarding_are_refused() {
        CouncilSummary a = newCouncil("cadmin" + N.incrementAndGet());
        assertThatThrownBy(() -> AuditFixtures.as("admin", () -> administration.offboard(1, "DEMO"), Roles.ADMIN))
                .hasMessageContaining("installation council cannot be offboarded");
        assertThatThrownBy(() -> AuditFixtures.as("admin", () -> administration.offboard(a.id(), "WRONG"),
                Roles.ADMIN)).hasMessageContaining("Type the council's code, " + a.code());
    }

    private static Map<String, String> unzip(byte[] bytes) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
