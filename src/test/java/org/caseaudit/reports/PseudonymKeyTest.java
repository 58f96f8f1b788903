package org.caseaudit.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.caseaudit.IntegrationTest;
import org.caseaudit.shared.council.CouncilScope;
import org.caseaudit.shared.council.CurrentCouncil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@IntegrationTest
class PseudonymKeyTest {

    @Autowired
    Anonymiser anonymiser;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CurrentCouncil council;

    @Test
    void without_a_configured_key_one_random_key_is_kept_in_the_database_and_reused() {
        String pseudonym = anonymiser.pseudonym(1, "CR-000001");
        byte[] stored = jdbc.queryForObject("SELECT key_value FROM report_pseudonym_key WHERE council_id = ?",
                byte[].class, CurrentCouncil.INSTALLATION_COUNCIL);
        assertThat(stored).hasSize(32);
        assertThat(Anonymiser.withKey(stored).pseudonym(1, "CR-000001")).isEqualTo(pseudonym);
        PseudonymKey afterRestart = new PseudonymKey(jdbc, transactions, java.time.Clock.systemUTC(), council, "");
        assertThat(afterRestart.bytes()).isEqualTo(stored);
    }

    @Test
    void a_configured_key_is_used_as_given_and_must_be_long_enough() {
        PseudonymKey configured = new PseudonymKey(jdbc, transactions, java.time.Clock.systemUTC(), council,
                "0123456789abcdef0123456789abcdef");
        assertThat(configured.bytes()).asString().isEqualTo("0123456789abcdef0123456789abcdef");
        assertThatThrownBy(() -> new PseudonymKey(jdbc, transactions, java.time.Clock.systemUTC(),
                council, "too short"))
                .hasMessageContaining("at least 32");
    }

    @Test
    void each_council_has_its_own_stored_key() {
        PseudonymKey keys = new PseudonymKey(jdbc, transactions, java.time.Clock.systemUTC(), council, "");
        byte[] first = CouncilScope.call(CurrentCouncil.INSTALLATION_COUNCIL, keys::bytes);
        long other = jdbc.queryForObject("SELECT MIN(id) FROM council WHERE id <> 1", Long.class);
        byte[] second = CouncilScope.call(other, keys::bytes);
        assertThat(second).hasSize(32).isNotEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT key_value FROM report_pseudonym_key WHERE council_id = ?", byte[].class,
                other)).isEqualTo(second);
        assertThat(CouncilScope.call(CurrentCouncil.INSTALLATION_COUNCIL, keys::bytes)).isEqualTo(first);
    }
}
