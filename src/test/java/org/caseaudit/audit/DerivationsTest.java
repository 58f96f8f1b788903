package org.caseaudit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.caseaudit.calendar.CalendarStamp;
import org.caseaudit.calendar.Measure;
import org.caseaudit.cases.CaseData;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.MeasureStatus;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.Derivation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DerivationsTest {

    private static final LocalDate AUDIT_DAY = LocalDate.of(2026, 11, 20);

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    private static Boolean bool(String s) {
        return s == null ? null : Boolean.valueOf(s);
    }

    /** A case with only the consent, sharing, chronology and oversight fields set (nulls where blank). */
    private static CaseData file(String referral, String consentSought, String consentDate, String sharedWithout,
            String authorised, String chronology, String chronologyUpdated, String oversight) {
        return new CaseData("C1", null, null, null, null, date(referral), null, null, List.of(), null, null, null,
                null, null, null, null, bool(consentSought), date(consentDate), bool(sharedWithout), date(authorised),
                bool(chronology), date(chronologyUpdated), date(oversight), null, null);
    }

    @ParameterizedTest(name = "{0} on {1}: sought={3} on {4}, referral {2} -> {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # derivation,                     scale,            referral,   sought, sought on,  proposed
            CONSENT_RECORDED,                 YES_NO_NA,        2026-03-02, true,   2026-03-02, Yes
            CONSENT_RECORDED,                 YES_NO_NA,        2026-03-02, true,   -,          Yes
            CONSENT_RECORDED,                 YES_PARTLY_NO_NA, 2026-03-02, true,   -,          Partly
            CONSENT_RECORDED,                 YES_NO_NA,        2026-03-02, false,  -,          No
            CONSENT_RECORDED,                 YES_NO_NA,        2026-03-02, -,      -,          -
            CONSENT_NOT_RETROSPECTIVE,        YES_NO_NA,        2026-03-02, true,   2026-03-01, Yes
            CONSENT_NOT_RETROSPECTIVE,        YES_NO_NA,        2026-03-02, true,   2026-03-02, Yes
            CONSENT_NOT_RETROSPECTIVE,        YES_NO_NA,        2026-03-02, true,   2026-03-03, No
            CONSENT_NOT_RETROSPECTIVE,        YES_NO_NA,        2026-03-02, false,  -,          Not applicable
            CONSENT_NOT_RETROSPECTIVE,        YES_NO_NA,        -,          true,   2026-03-03, -
            CONSENT_NOT_RETROSPECTIVE,        YES_NO_NA,        2026-03-02, -,      -,          -
            """)
    void consent_rules_propose_from_the_consent_fields(Derivation d, AnswerScale scale, String referral,
            String sought, String soughtOn, String expected) {
        DerivedAnswer answer = Derivations.fromCaseFields(d, scale,
                file(referral, sought, soughtOn, null, null, null, null, null), AUDIT_DAY);
        assertThat(answer.value()).isEqualTo(expected);
        assertThat(answer.provenance()).isNotBlank();
    }

    @ParameterizedTest(name = "shared without consent={0}, authorised {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            false, -,          Not applicable
            true,  2026-03-04, Yes
            true,  -,          No
            -,     -,          -
            -,     2026-03-04, -
            """)
    void sharing_without_consent_needs_a_recorded_authorisation(String shared, String authorised, String expected) {
        DerivedAnswer answer = Derivations.fromCaseFields(Derivation.SHARED_WITHOUT_CONSENT_AUTHORISED,
                AnswerScale.YES_NO_NA, file(null, null, null, shared, authorised, null, null, null), AUDIT_DAY);
        assertThat(answer.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "chronology {0}, updated {1}, {2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            true,  2026-11-01, YES_PARTLY_NO_NA, Yes
            true,  2026-08-20, YES_PARTLY_NO_NA, Yes
            true,  2026-08-19, YES_PARTLY_NO_NA, Partly
            true,  -,          YES_PARTLY_NO_NA, Partly
            true,  2026-01-01, YES_NO_NA,        Yes
            false, -,          YES_PARTLY_NO_NA, No
            false, 2026-11-01, YES_NO_NA,        No
            -,     -,          YES_NO_NA,        -
            """)
    void a_chronology_counts_as_kept_up_to_date_when_updated_within_three_months(String onFile, String updated,
            AnswerScale scale, String expected) {
        DerivedAnswer answer = Derivations.fromCaseFields(Derivation.CHRONOLOGY_ON_FILE, scale,
                file(null, null, null, null, null, onFile, updated, null), AUDIT_DAY);
        assertThat(answer.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "oversight {0} on {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-03-05, YES_PARTLY_NO_NA, Yes
            -,          YES_PARTLY_NO_NA, No
            2026-03-05, YES_NO_NA,        Yes
            -,          YES_NO_NA,        No
            2026-03-05, DATE,             2026-03-05
            -,          DATE,             -
            """)
    void management_oversight_is_proposed_from_its_recorded_date(String oversight, AnswerScale scale, String expected) {
        DerivedAnswer answer = Derivations.fromCaseFields(Derivation.MANAGEMENT_OVERSIGHT_RECORDED, scale,
                file(null, null, null, null, null, null, null, oversight), AUDIT_DAY);
        assertThat(answer.value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(nullValues = "-", textBlock = """
            MET,            YES_NO_NA,        Yes
            MISSED,         YES_NO_NA,        No
            OVERDUE,        YES_NO_NA,        No
            NOT_APPLICABLE, YES_NO_NA,        Not applicable
            PENDING,        YES_NO_NA,        -
            DATA_MISSING,   YES_NO_NA,        -
            MISSED,         YES_PARTLY_NO_NA, No
            MISSED,         NUMBER,           17
            MISSED,         DATE,             2026-03-26
            """)
    void a_timescale_result_proposes_yes_when_met_and_no_when_missed(MeasureStatus status, AnswerScale scale,
            String expected) {
        MeasureResult r = new MeasureResult(Measure.ICPC, status, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23),
                status == MeasureStatus.MISSED ? LocalDate.of(2026, 3, 26) : null,
                status == MeasureStatus.MISSED ? 17 : null, null, new CalendarStamp(3, new java.util.TreeSet<>()),
                "strategy discussion 02/03/2026, ICPC 26/03/2026: 17 working days; due 23/03/2026; calendar version 3");
        DerivedAnswer answer = Derivations.fromTimescale(r, scale);
        assertThat(answer.value()).isEqualTo(expected);
        assertThat(answer.provenance()).startsWith("Initial child protection conference: " + status.label())
                .contains("calendar version 3");
    }

    @ParameterizedTest
    @CsvSource({
            "REFERRAL_DECISION, REFERRAL_DECISION",
            "ICPC_TIMELINESS, ICPC",
            "ASSESSMENT_TIMELINESS, CF_ASSESSMENT",
            "FIRST_CORE_GROUP, FIRST_CORE_GROUP",
            "FIRST_REVIEW_CONFERENCE, FIRST_REVIEW_CONFERENCE",
            "OUTCOME_TO_REFERRER, OUTCOME_TO_REFERRER"})
    void template_timescale_derivations_map_to_the_calendar_measures(Derivation d, Measure m) {
        assertThat(Derivations.measureOf(d)).isEqualTo(m);
    }

    @ParameterizedTest
    @EnumSource(Derivation.class)
    void every_derivation_names_the_case_fields_it_reads_and_never_a_name(Derivation d) {
        assertThat(Derivations.fieldsUsed(d)).isNotEmpty().doesNotContainAnyElementsOf(CaseData.IDENTIFYING);
    }
}
