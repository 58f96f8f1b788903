package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.caseaudit.IntegrationTest;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.calendar.WorkingDayService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Deadline monitor and the register's timescale filter over two cases whose dates are set relative to today: one
 * whose ICPC is long overdue, one whose strategy discussion is today (ICPC due in 15 working days).
 */
@IntegrationTest
@Tag("clock")
@WithMockUser(username = "lead", roles = "AUDIT_LEAD")
class DeadlineMonitorTest {

    private static final String TEAM = "Deadline Fixture Team";

    @Autowired
    CaseImportService imports;
    @Autowired
    DeadlineMonitorService monitor;
    @Autowired
    CaseRegisterService register;
    @Autowired
    WorkingDayService workingDays;
    @Autowired
    Clock clock;
    @TempDir
    Path dir;

    LocalDate today;

    @BeforeEach
    void importFixture() throws Exception {
        today = LocalDate.now(clock);
        String header = "case_reference,child_reference,team,referral_date,referral_decision_date,strategy_discussion_dates,"
                + "s47_start_date,s47_outcome,cfa_start_date,cfa_completion_date,referrer_informed_date";
        LocalDate old = today.minusDays(70);
        String overdue = String.join(",", "DL-OVERDUE", "C-DL1", TEAM, old.toString(), old.toString(),
                today.minusDays(63).toString(), today.minusDays(63).toString(), "ICPC", old.toString(),
                today.minusDays(60).toString(), old.toString());
        String soon = String.join(",", "DL-SOON", "C-DL2", TEAM, today.toString(), today.toString(), today.toString(),
                today.toString(), "ICPC", today.toString(), today.toString(), today.toString());
        Path file = dir.resolve("deadlines.csv");
        Files.writeString(file, header + "\n" + overdue + "\n" + soon + "\n");
        ImportResult result = imports.commit(StagedFile.existing(file, "deadlines.csv"), "standard",
                new ImportOptions("deadline-fixture", true));
        assertThat(result.status()).as(result.problems().toString()).isEqualTo(ImportStatus.COMMITTED);
    }

    private List<Deadline> icpc(List<Deadline> deadlines) {
        return deadlines.stream().filter(d -> d.measure() == Measure.ICPC).toList();
    }

    @Test
    void an_overdue_icpc_is_always_listed_and_a_pending_one_only_within_the_horizon() {
        List<Deadline> within5 = icpc(monitor.deadlines(5, TEAM));
        assertThat(within5).extracting(Deadline::caseReference).containsExactly("DL-OVERDUE");
        Deadline late = within5.getFirst();
        LocalDate due = workingDays.addWorkingDays(today.minusDays(63), 15).end();
        assertThat(late.status()).isEqualTo(MeasureStatus.OVERDUE);
        assertThat(late.dueDate()).isEqualTo(due);
        assertThat(late.workingDaysLeft()).isEqualTo(-workingDays.workingDaysBetween(due, today).workingDays());
        assertThat(late.workingDaysLeft()).isLessThan(-20);

        List<Deadline> within15 = icpc(monitor.deadlines(15, TEAM));
        assertThat(within15).extracting(Deadline::caseReference).containsExactly("DL-OVERDUE", "DL-SOON");
        Deadline pending = within15.get(1);
        assertThat(pending.status()).isEqualTo(MeasureStatus.PENDING);
        assertThat(pending.workingDaysLeft()).isEqualTo(15);
        assertThat(pending.dueDate()).isEqualTo(workingDays.addWorkingDays(today, 15).end());
        assertThat(icpc(monitor.deadlines(14, TEAM))).extracting(Deadline::caseReference).containsExactly("DL-OVERDUE");
    }

    @Test
    void met_timescales_and_the_review_conference_the_register_cannot_know_are_never_listed() {
        assertThat(monitor.deadlines(60, TEAM)).extracting(Deadline::measure)
                .doesNotContain(Measure.REFERRAL_DECISION, Measure.CF_ASSESSMENT, Measure.FIRST_REVIEW_CONFERENCE);
    }

    @Test
    void the_register_filters_by_timescale_status() {
        CaseFilter overdueIcpc = new CaseFilter(TEAM, null, null, null, null, null)
                .withMeasure(Measure.ICPC, MeasureStatus.OVERDUE);
        assertThat(register.count(overdueIcpc)).isEqualTo(1);
        assertThat(register.find(overdueIcpc, PageRequest.of(0, 10))).extracting(f -> f.data().caseReference())
                .containsExactly("DL-OVERDUE");
        CaseFilter pendingIcpc = overdueIcpc.withMeasure(Measure.ICPC, MeasureStatus.PENDING);
        assertThat(register.find(pendingIcpc, PageRequest.of(0, 10))).extracting(f -> f.data().caseReference())
                .containsExactly("DL-SOON");
        assertThat(register.find(pendingIcpc, PageRequest.of(1, 10))).isEmpty();
    }

    @Test
    void auditors_do_not_use_the_deadline_monitor() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated("auditor",
                        null, List.of(new org.springframework.security.core.authority.SimpleGrantedAuthority(
                        "ROLE_AUDITOR"))));
        assertThatThrownBy(() -> monitor.deadlines(5, null)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void cases_whose_enquiry_ended_more_than_three_months_ago_are_not_live() throws Exception {
        LocalDate old = today.minusDays(200);
        Path file = dir.resolve("closed.csv");
        Files.writeString(file,
                "case_reference,child_reference,team,strategy_discussion_dates,s47_start_date,s47_outcome,s47_end_date\n"
                + String.join(",", "DL-CLOSED", "C-DL3", "Deadline Closed Team", old.toString(), old.toString(), "ICPC",
                old.plusDays(10).toString()) + "\n");
        imports.commit(StagedFile.existing(file, "closed.csv"), "standard", new ImportOptions(
                "deadline-fixture-2", true));
        assertThat(register.count(new CaseFilter("Deadline Closed Team", null, null, null, null, "DL-CLOSED")
                .withMeasure(Measure.ICPC, MeasureStatus.OVERDUE))).isEqualTo(1);
        assertThat(monitor.deadlines(60, "Deadline Closed Team")).isEmpty();
    }

    @Test
    void the_horizon_is_bounded() {
        assertThatThrownBy(() -> monitor.deadlines(61, null)).hasMessageContaining("between 0 and 60");
    }
}
