package org.caseaudit.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseaudit.audit.AuditFixtures;
import org.caseaudit.audit.Derivations;
import org.caseaudit.calendar.EnglandAndWalesHolidayRules;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.calendar.TimescaleEvaluator;
import org.caseaudit.calendar.TimescaleSettings;
import org.caseaudit.calendar.WorkingDayCalendar;
import org.caseaudit.templates.Derivation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The one evaluation of a case's timescales, as the register, the workspace and every report read it. */
@Tag("clock")
class CaseTimescalesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    private static final TimescaleEvaluator EVALUATOR = new TimescaleEvaluator(
            new WorkingDayCalendar(1, List.of(), new EnglandAndWalesHolidayRules()), TimescaleSettings.defaults());

    @ParameterizedTest
    @CsvSource({
            "ICPC, ICPC_REQUIRED",
            "CHILD_IN_NEED, CHILD_IN_NEED",
            "NFA, NO_FURTHER_ACTION",
            "OTHER, OTHER_NO_ICPC"})
    void the_register_outcome_reaches_the_calendar_rule(S47Outcome outcome,
    org.caseaudit.calendar.S47Outcome expected) {
        assertThat(outcome.forTimescales()).isEqualTo(expected);
        CaseData c = AuditFixtures.s47Case("C1");
        assertThat(CaseTimescales.dates(c).s47Outcome()).isEqualTo(org.caseaudit.calendar.S47Outcome.ICPC_REQUIRED);
    }

    /**
     * The register holds no review conference date, so a case with an ICPC months ago is "data missing" (with the
     * due date), never "overdue": the review conference may well have been held.
     */
    @Test
    void the_first_review_conference_is_data_missing_with_its_due_date_not_overdue() {
        var result = CaseTimescales.evaluate(EVALUATOR, Measure.FIRST_REVIEW_CONFERENCE, AuditFixtures.s47Case("C1"),
                TODAY);
        assertThat(result.status()).isEqualTo(MeasureStatus.DATA_MISSING);
        assertThat(result.dueDate()).isEqualTo(LocalDate.of(2026, 6, 26));
        assertThat(result.explanation()).contains("no review conference date").contains("Due 26/06/2026");
    }

    /**
     * An independent member's minimal view holds only the fields the template's derivations read; each timescale it
     * shows must come out exactly as on the full record.
     */
    @ParameterizedTest
    @EnumSource(value = Derivation.class, names = {"REFERRAL_DECISION", "ICPC_TIMELINESS", "ASSESSMENT_TIMELINESS",
            "FIRST_CORE_GROUP", "FIRST_REVIEW_CONFERENCE", "OUTCOME_TO_REFERRER"})
    void a_minimal_view_evaluates_each_timescale_it_shows_as_the_full_record_does(Derivation d) {
        CaseData full = AuditFixtures.s47Case("C1");
        Measure m = Derivations.measureOf(d);
        assertThat(CaseTimescales.evaluate(EVALUATOR, m, full.only(Derivations.fieldsUsed(d)), TODAY))
                .isEqualTo(CaseTimescales.evaluate(EVALUATOR, m, full, TODAY));
    }
}
