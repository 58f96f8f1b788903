package org.caseaudit.audit;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.caseaudit.calendar.CaseDates;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.S47Outcome;
import org.caseaudit.calendar.TimescaleEvaluation;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.Derivation;

/**
 * Proposes answers from a case's own data: timescale measures through the calendar module's results, and rules over
 * case fields. Pure functions (dates passed in), so every rule is a table-driven unit test. Each proposal says how it
 * was reached; where the data cannot decide, nothing is proposed and the provenance says why.
 */
public final class Derivations {

    /** A chronology updated within this period before the audit counts as kept up to date. */
    public static final Period CHRONOLOGY_RECENT = Period.ofMonths(3);

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final String YES = "Yes";
    private static final String NO = "No";
    private static final String PARTLY = "Partly";
    private static final String NA = "Not applicable";

    private Derivations() {
    }

    /** The calendar measure a timescale derivation names (the template and calendar modules name two differently). */
    public static Measure measureOf(Derivation derivation) {
        return switch (derivation) {
            case REFERRAL_DECISION -> Measure.REFERRAL_DECISION;
            case ICPC_TIMELINESS -> Measure.ICPC;
            case ASSESSMENT_TIMELINESS -> Measure.CF_ASSESSMENT;
            case FIRST_CORE_GROUP -> Measure.FIRST_CORE_GROUP;
            case FIRST_REVIEW_CONFERENCE -> Measure.FIRST_REVIEW_CONFERENCE;
            case OUTCOME_TO_REFERRER -> Measure.OUTCOME_TO_REFERRER;
            default -> throw new IllegalArgumentException(derivation + " is not a timescale measure");
        };
    }

    /** The case's dates as the calendar module's timescale rules read them. */
    public static CaseDates caseDates(CaseFile f) {
        S47Outcome outcome = f.s47Outcome() == null ? null : switch (f.s47Outcome()) {
            case ICPC -> S47Outcome.ICPC_REQUIRED;
            case NFA -> S47Outcome.NO_FURTHER_ACTION;
            case CHILD_IN_NEED -> S47Outcome.CHILD_IN_NEED;
            case OTHER -> S47Outcome.OTHER_NO_ICPC;
        };
        return new CaseDates(f.referralDate(), f.referralDecisionDate(), f.strategyDiscussionDates(), f.s47StartDate(),
                f.icpcDate(), f.cfaStartDate(), f.cfaCompletionDate(), f.firstCoreGroupDate(), null,
                CaseDates.recordedDay(f.referrerInformedDate()), outcome);
    }

    /** Proposes an answer for a question naming {@code derivation}, on the question's scale. */
    public static DerivedAnswer derive(Derivation derivation, AnswerScale scale, CaseFile file,
            TimescaleEvaluation timescales, LocalDate asOf) {
        return derivation.kind() == Derivation.Kind.TIMESCALE_MEASURE
                ? fromTimescale(timescales.result(measureOf(derivation)), scale)
                : fromCaseFields(derivation, scale, file, asOf);
    }

    /** Met: yes; missed or overdue: no; not applicable: not applicable; pending or data missing: no proposal. */
    public static DerivedAnswer fromTimescale(MeasureResult r, AnswerScale scale) {
        String how = r.measure().label() + ": " + r.status().label() + " — " + r.explanation();
        return switch (scale) {
            case DATE -> r.eventDate() == null ? DerivedAnswer.none(how) : new DerivedAnswer(r.eventDate().toString(), how);
            case NUMBER -> r.workingDaysTaken() == null ? DerivedAnswer.none(how)
                    : new DerivedAnswer(String.valueOf(r.workingDaysTaken()), how);
            case YES_NO_NA, YES_PARTLY_NO_NA -> switch (r.status()) {
                case MET -> new DerivedAnswer(YES, how);
                case MISSED, OVERDUE -> new DerivedAnswer(NO, how);
                case NOT_APPLICABLE -> new DerivedAnswer(NA, how);
                case PENDING, DATA_MISSING -> DerivedAnswer.none(how);
            };
            default -> DerivedAnswer.none("A timescale cannot answer a " + scale.label() + " question");
        };
    }

    public static DerivedAnswer fromCaseFields(Derivation derivation, AnswerScale scale, CaseFile f, LocalDate asOf) {
        return switch (derivation) {
            case CONSENT_RECORDED -> consentRecorded(f, scale);
            case CONSENT_NOT_RETROSPECTIVE -> consentNotRetrospective(f);
            case SHARED_WITHOUT_CONSENT_AUTHORISED -> sharedWithoutConsentAuthorised(f);
            case CHRONOLOGY_ON_FILE -> chronologyOnFile(f, scale, asOf);
            case MANAGEMENT_OVERSIGHT_RECORDED -> managementOversight(f, scale);
            default -> throw new IllegalArgumentException(derivation + " is not a case-field rule");
        };
    }

    static DerivedAnswer consentRecorded(CaseFile f, AnswerScale scale) {
        if (f.consentSought() == null) {
            return DerivedAnswer.none("The consent field is empty on the case record: check the contact and referral");
        }
        if (!f.consentSought()) {
            return new DerivedAnswer(NO, "Consent sought: no (case record); check whether the reason for not seeking it "
                    + "is recorded");
        }
        if (f.consentSoughtDate() == null) {
            return new DerivedAnswer(scale == AnswerScale.YES_PARTLY_NO_NA ? PARTLY : YES,
                    "Consent sought: yes, but no date recorded");
        }
        return new DerivedAnswer(YES, "Consent sought: yes, recorded on " + uk(f.consentSoughtDate()));
    }

    static DerivedAnswer consentNotRetrospective(CaseFile f) {
        if (f.consentSought() == null) {
            return DerivedAnswer.none("The consent field is empty on the case record");
        }
        if (!f.consentSought()) {
            return new DerivedAnswer(NA, "Consent was not sought (case record)");
        }
        if (f.consentSoughtDate() == null || f.referralDate() == null) {
            return DerivedAnswer.none("Consent sought, but the consent date or the referral date is missing");
        }
        return f.consentSoughtDate().isAfter(f.referralDate())
                ? new DerivedAnswer(NO, "Consent sought " + uk(f.consentSoughtDate()) + ", after the referral of "
                        + uk(f.referralDate()))
                : new DerivedAnswer(YES, "Consent sought " + uk(f.consentSoughtDate()) + ", on or before the referral of "
                        + uk(f.referralDate()));
    }

    static DerivedAnswer sharedWithoutConsentAuthorised(CaseFile f) {
        if (f.sharedWithoutConsent() == null) {
            return DerivedAnswer.none("The 'shared without consent' field is empty on the case record");
        }
        if (!f.sharedWithoutConsent()) {
            return new DerivedAnswer(NA, "Information was not shared without consent (case record)");
        }
        return f.consentAuthorisedDate() == null
                ? new DerivedAnswer(NO, "Shared without consent; no manager's authorisation date recorded")
                : new DerivedAnswer(YES, "Shared without consent; authorised by a manager on "
                        + uk(f.consentAuthorisedDate()));
    }

    static DerivedAnswer chronologyOnFile(CaseFile f, AnswerScale scale, LocalDate asOf) {
        if (f.chronologyOnFile() == null) {
            return DerivedAnswer.none("The chronology field is empty on the case record");
        }
        if (!f.chronologyOnFile()) {
            return new DerivedAnswer(NO, "Chronology on file: no (case record)");
        }
        LocalDate updated = f.chronologyUpdatedDate();
        boolean recent = updated != null && !updated.isBefore(asOf.minus(CHRONOLOGY_RECENT));
        if (recent) {
            return new DerivedAnswer(YES, "Chronology on file, last updated " + uk(updated));
        }
        String how = updated == null ? "Chronology on file, no last-updated date recorded"
                : "Chronology on file, last updated " + uk(updated) + ", more than 3 months before " + uk(asOf);
        return new DerivedAnswer(scale == AnswerScale.YES_PARTLY_NO_NA ? PARTLY : YES, how);
    }

    static DerivedAnswer managementOversight(CaseFile f, AnswerScale scale) {
        LocalDate date = f.managementOversightDate();
        if (scale == AnswerScale.DATE) {
            return date == null ? DerivedAnswer.none("No management oversight date recorded")
                    : new DerivedAnswer(date.toString(), "Management oversight recorded on " + uk(date));
        }
        return date == null ? new DerivedAnswer(NO, "No management oversight date recorded on the case")
                : new DerivedAnswer(YES, "Management oversight recorded on " + uk(date));
    }

    /**
     * The case fields a derivation reads (names of {@link CaseFile} components): all an independent member is shown of
     * the case, besides its reference.
     */
    public static Set<String> fieldsUsed(Derivation derivation) {
        return switch (derivation) {
            case REFERRAL_DECISION -> Set.of("referralDate", "referralDecisionDate");
            case ICPC_TIMELINESS -> Set.of("strategyDiscussionDates", "s47StartDate", "s47Outcome", "icpcDate");
            case ASSESSMENT_TIMELINESS -> Set.of("referralDate", "cfaStartDate", "cfaCompletionDate");
            case FIRST_CORE_GROUP -> Set.of("icpcDate", "firstCoreGroupDate");
            case FIRST_REVIEW_CONFERENCE -> Set.of("icpcDate");
            case OUTCOME_TO_REFERRER -> Set.of("referralDate", "referrerInformedDate");
            case CONSENT_RECORDED -> Set.of("consentSought", "consentSoughtDate");
            case CONSENT_NOT_RETROSPECTIVE -> Set.of("consentSought", "consentSoughtDate", "referralDate");
            case SHARED_WITHOUT_CONSENT_AUTHORISED -> Set.of("sharedWithoutConsent", "consentAuthorisedDate");
            case CHRONOLOGY_ON_FILE -> Set.of("chronologyOnFile", "chronologyUpdatedDate");
            case MANAGEMENT_OVERSIGHT_RECORDED -> Set.of("managementOversightDate");
        };
    }

    private static String uk(LocalDate d) {
        return d.format(UK);
    }
}
