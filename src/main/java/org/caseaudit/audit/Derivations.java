package org.caseaudit.audit;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.caseaudit.calendar.Measure;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.CaseField;
import org.caseaudit.templates.AnswerScale;
import org.caseaudit.templates.Derivation;

/**
 * Proposes answers from a case's own data as the case register holds it: timescale measures from the register's
 * evaluation ({@link CaseFacts#timescales()}, the one every screen and report shows), and rules over case fields. Pure
 * functions (dates passed in), so every rule is a table-driven unit test. Each proposal says how it was reached; where
 * the data cannot decide, nothing is proposed and the provenance says why.
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

    /** Proposes an answer for a question naming {@code derivation}, on the question's scale. */
    public static DerivedAnswer derive(Derivation derivation, AnswerScale scale, CaseFacts facts, LocalDate asOf) {
        if (facts.timescales() == null) {
            return DerivedAnswer.none("The case register does not show this case's facts to you");
        }
        return derivation.kind() == Derivation.Kind.TIMESCALE_MEASURE
                ? fromTimescale(facts.timescales().result(measureOf(derivation)), scale)
                : fromCaseFields(derivation, scale, facts.data(), asOf);
    }

    /** Met: yes; missed or overdue: no; not applicable: not applicable; pending or data missing: no proposal. */
    public static DerivedAnswer fromTimescale(MeasureResult r, AnswerScale scale) {
        String how = r.measure().label() + ": " + r.status().label() + " — " + r.explanation();
        return switch (scale) {
            case DATE -> r.eventDate() == null ? DerivedAnswer.none(how) : new DerivedAnswer(r.eventDate()
                    .toString(), how);
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

    public static DerivedAnswer fromCaseFields(Derivation derivation, AnswerScale scale, CaseData f, LocalDate asOf) {
        return switch (derivation) {
            case CONSENT_RECORDED -> consentRecorded(f, scale);
            case CONSENT_NOT_RETROSPECTIVE -> consentNotRetrospective(f);
            case SHARED_WITHOUT_CONSENT_AUTHORISED -> sharedWithoutConsentAuthorised(f);
            case CHRONOLOGY_ON_FILE -> chronologyOnFile(f, scale, asOf);
            case MANAGEMENT_OVERSIGHT_RECORDED -> managementOversight(f, scale);
            default -> throw new IllegalArgumentException(derivation + " is not a case-field rule");
        };
    }

    static DerivedAnswer consentRecorded(CaseData f, AnswerScale scale) {
        if (f.consentSought() == null) {
            return DerivedAnswer.none("The consent field is empty on the case record: check the contact and referral");
        }
        if (!f.consentSought()) {
            return new DerivedAnswer(NO,
                    "Consent sought: no (case record); check whether the reason for not seeking it "
                    + "is recorded");
        }
        if (f.consentSoughtDate() == null) {
            return new DerivedAnswer(scale == AnswerScale.YES_PARTLY_NO_NA ? PARTLY : YES,
                    "Consent sought: yes, but no date recorded");
        }
        return new DerivedAnswer(YES, "Consent sought: yes, recorded on " + uk(f.consentSoughtDate()));
    }

    static DerivedAnswer consentNotRetrospective(CaseData f) {
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
                : new DerivedAnswer(YES, "Consent sought " + uk(f.consentSoughtDate())
                + ", on or before the referral of "
                        + uk(f.referralDate()));
    }

    static DerivedAnswer sharedWithoutConsentAuthorised(CaseData f) {
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

    static DerivedAnswer chronologyOnFile(CaseData f, AnswerScale scale, LocalDate asOf) {
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

    static DerivedAnswer managementOversight(CaseData f, AnswerScale scale) {
        LocalDate date = f.managementOversightDate();
        if (scale == AnswerScale.DATE) {
            return date == null ? DerivedAnswer.none("No management oversight date recorded")
                    : new DerivedAnswer(date.toString(), "Management oversight recorded on " + uk(date));
        }
        return date == null ? new DerivedAnswer(NO, "No management oversight date recorded on the case")
                : new DerivedAnswer(YES, "Management oversight recorded on " + uk(date));
    }

    /** The case fields a derivation reads: all an independent member is shown of the case, besides its reference. */
    public static Set<CaseField> fieldsUsed(Derivation derivation) {
        return switch (derivation) {
            case REFERRAL_DECISION -> Set.of(CaseField.REFERRAL_DATE, CaseField.REFERRAL_DECISION_DATE);
            case ICPC_TIMELINESS -> Set.of(CaseField.STRATEGY_DISCUSSION_DATES, CaseField.S47_START_DATE,
                    CaseField.S47_OUTCOME, CaseField.ICPC_DATE);
            case ASSESSMENT_TIMELINESS -> Set.of(CaseField.REFERRAL_DATE, CaseField.CFA_START_DATE,
                    CaseField.CFA_COMPLETION_DATE);
            case FIRST_CORE_GROUP -> Set.of(CaseField.ICPC_DATE, CaseField.FIRST_CORE_GROUP_DATE);
            case FIRST_REVIEW_CONFERENCE -> Set.of(CaseField.ICPC_DATE);
            case OUTCOME_TO_REFERRER -> Set.of(CaseField.REFERRAL_DATE, CaseField.REFERRAL_DECISION_DATE,
                    CaseField.REFERRER_INFORMED_DATE);
            case CONSENT_RECORDED -> Set.of(CaseField.CONSENT_SOUGHT, CaseField.CONSENT_SOUGHT_DATE);
            case CONSENT_NOT_RETROSPECTIVE -> Set.of(CaseField.CONSENT_SOUGHT, CaseField.CONSENT_SOUGHT_DATE,
                    CaseField.REFERRAL_DATE);
            case SHARED_WITHOUT_CONSENT_AUTHORISED -> Set.of(CaseField.SHARED_WITHOUT_CONSENT,
                    CaseField.CONSENT_AUTHORISED_DATE);
            case CHRONOLOGY_ON_FILE -> Set.of(CaseField.CHRONOLOGY_ON_FILE, CaseField.CHRONOLOGY_UPDATED_DATE);
            case MANAGEMENT_OVERSIGHT_RECORDED -> Set.of(CaseField.MANAGEMENT_OVERSIGHT_DATE);
        };
    }

    private static String uk(LocalDate d) {
        return d.format(UK);
    }
}
