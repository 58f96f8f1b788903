package org.caseaudit.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import org.caseaudit.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

@IntegrationTest
class AuditTrailServiceTest {

    @Autowired
    AuditTrailService service;
    @Autowired
    AuditTrail trail;

    @Test
    @WithMockUser(username = "admin", roles = "ADMIN")
    void administrators_search_by_actor_action_and_target_and_export_formula_safe_csv() {
        trail.record("trail-probe-user", "TRAIL_PROBE", "case", "=CMD|'/c calc'!A1", "probe", "127.0.0.1",
                AuditTrail.Outcome.SUCCESS);
        trail.record("someone-else", "TRAIL_PROBE", "case", "other", "probe", null, AuditTrail.Outcome.FAILURE);

        AuditQuery byActor = new AuditQuery(null, null, "trail-probe", "TRAIL_PROBE", null);
        assertThat(service.count(byActor)).isEqualTo(1);
        assertThat(service.search(byActor, 0, 10)).singleElement()
                .satisfies(e -> assertThat(e.targetId()).isEqualTo("=CMD|'/c calc'!A1"));
        assertThat(service.count(new AuditQuery(null, null, null, "TRAIL_PROBE", "other"))).isEqualTo(1);
        assertThat(service.count(new AuditQuery(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2), null,
                "TRAIL_PROBE", null)))
                .isZero();

        StringWriter csv = new StringWriter();
        service.exportCsv(byActor, csv);
        assertThat(csv.toString()).contains(
                "trail-probe-user,TRAIL_PROBE,case,'=CMD|'/c calc'!A1,probe,127.0.0.1,SUCCESS");
        assertThat(service.count(new AuditQuery(null, null, "admin", "AUDIT_TRAIL_EXPORTED", null))).isPositive();
    }

    @Test
    @WithMockUser(username = "lead", roles = "AUDIT_LEAD")
    void only_administrators_read_the_trail() {
        assertThatThrownBy(() -> service.count(AuditQuery.any())).isInstanceOf(AuthorizationDeniedException.class);
    }
}
