package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.caseaudit.sampling.CycleStatus;
import org.caseaudit.sampling.CycleSummary;
import org.caseaudit.sampling.FrameDefinition;
import org.caseaudit.sampling.SampleDesign;
import org.caseaudit.sampling.SampleSize;
import org.caseaudit.shared.HomeItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one next step of a cycle on the lead's home, from its stage and its audits' progress (table-driven). */
class LeadHomeTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private static CycleSummary cycle(CycleStatus status, boolean drawn, boolean locked) {
        return new CycleSummary(7, 0, "November 2026", "s47-enquiry", 1, LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 10, 31), TODAY.plusDays(10), status,
                FrameDefinition.period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31)),
                SampleDesign.simpleRandom(new SampleSize.Fixed(10), 0), 20, true, drawn, locked, "lead", Instant.EPOCH);
    }

    private static List<AuditSummary> work(String audits, String moderations, LocalDate due) {
        List<AuditSummary> all = new ArrayList<>();
        long id = 1;
        for (String s : audits.isBlank() ? new String[0] : audits.split(" ")) {
            all.add(new AuditSummary(id++, 7, id, "R" + id, AuditKind.AUDIT, null, "s47-enquiry", 1, "S47", "auditor",
                    due, AuditStatus.valueOf(s), 0, 10, null));
        }
        for (String s : moderations.isBlank() ? new String[0] : moderations.split(" ")) {
            all.add(new AuditSummary(id++, 7, id, "R" + id, AuditKind.MODERATION, 1L, "s47-enquiry", 1, "S47",
                    "moderator", due, AuditStatus.valueOf(s), 0, 10, null));
        }
        return all;
    }

    @ParameterizedTest(name = "{0} drawn={1} locked={2} audits [{3}] moderations [{4}] -> {6}")
    @CsvSource(delimiter = '|', textBlock = """
            PLANNED     | false | false | ''                               | ''                       | 0   | Draw the sample       | audit-cycles?cycle=7  | the sample is not drawn yet
            SAMPLING    | true  | false | ''                               | ''                       | 0   | Assign auditors       | audit-cycles?cycle=7  | assign auditors and moderators
            IN_PROGRESS | true  | true  | ''                               | ''                       | 0   | Create the audits     | audit-results?cycle=7 | the audits are not created yet
            IN_PROGRESS | true  | true  | NOT_STARTED IN_PROGRESS SUBMITTED | NOT_STARTED              | 5   | Chase the audits      | audit-results?cycle=7 | 2 of 3 audits still open: 1 not started, 0 overdue
            IN_PROGRESS | true  | true  | NOT_STARTED SUBMITTED            | ''                       | -1  | Chase the audits      | audit-results?cycle=7 | 1 of 2 audits still open: 1 not started, 1 overdue
            MODERATION  | true  | true  | SUBMITTED MODERATED              | IN_PROGRESS NOT_STARTED  | 0   | Follow the moderation | audit-results?cycle=7 | 2 moderations are waiting
            MODERATION  | true  | true  | MODERATED CLOSED                 | SUBMITTED SUBMITTED      | 0   | Write the report      | reports/cycles?cycle=7 | the committee pack can be written
            """)
    void each_stage_has_one_next_step(CycleStatus status, boolean drawn, boolean locked, String audits,
                                      String moderations, int dueInDays, String action, String link, String text) {
        HomeItem item = LeadHome.nextStep(cycle(status, drawn, locked), work(audits, moderations,
                TODAY.plusDays(dueInDays)), TODAY);
        assertThat(item.action()).isEqualTo(action);
        assertThat(item.link()).isEqualTo(link);
        assertThat(item.text()).startsWith("November 2026: ").contains(text);
        assertThat(item.id()).isEqualTo("cycle-7");
    }
}
