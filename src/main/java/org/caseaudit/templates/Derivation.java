package org.caseaudit.templates;

import static org.caseaudit.templates.AnswerScale.DATE;
import static org.caseaudit.templates.AnswerScale.NUMBER;
import static org.caseaudit.templates.AnswerScale.YES_NO_NA;
import static org.caseaudit.templates.AnswerScale.YES_PARTLY_NO_NA;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The closed list of derivations a template question may name. A derivation proposes an answer from the case's own
 * data; the auditor confirms or overrides it. Only the names, descriptions and compatible scales live here; evaluating
 * them belongs to the audit module. Timescale measure names are shared with the calendar module.
 */
public enum Derivation {
    REFERRAL_DECISION(Kind.TIMESCALE_MEASURE, "Referral decision within 1 working day of receipt",
            Set.of(YES_NO_NA, NUMBER, DATE)),
    ICPC_TIMELINESS(Kind.TIMESCALE_MEASURE,
            "Initial child protection conference within 15 working days of the strategy discussion",
            Set.of(YES_NO_NA, NUMBER, DATE)),
    ASSESSMENT_TIMELINESS(Kind.TIMESCALE_MEASURE, "Child and family assessment within 45 working days of referral",
            Set.of(YES_NO_NA, NUMBER, DATE)),
    FIRST_CORE_GROUP(Kind.TIMESCALE_MEASURE, "First core group within 10 working days of the ICPC",
            Set.of(YES_NO_NA, NUMBER, DATE)),
    FIRST_REVIEW_CONFERENCE(Kind.TIMESCALE_MEASURE, "First review conference within 3 months of the ICPC",
            Set.of(YES_NO_NA, NUMBER, DATE)),
    OUTCOME_TO_REFERRER(Kind.TIMESCALE_MEASURE,
            "Outcome of the referral sent to the referrer within the local target (from outcomeToReferrerDate)",
            Set.of(YES_NO_NA, NUMBER, DATE)),

    CONSENT_RECORDED(Kind.CASE_FIELD_RULE,
            "Parental consent to share information sought and recorded (consentSought yes/no and its date)",
            Set.of(YES_NO_NA, YES_PARTLY_NO_NA)),
    CONSENT_NOT_RETROSPECTIVE(Kind.CASE_FIELD_RULE,
            "Consent sought before information was shared, not afterwards (consentSought date not after the referral)",
            Set.of(YES_NO_NA)),
    SHARED_WITHOUT_CONSENT_AUTHORISED(Kind.CASE_FIELD_RULE,
            "Where information was shared without consent (sharedWithoutConsent), a manager's authorisation is "
            + "recorded "
                    + "(managerAuthorisationDate); not applicable when consent was given",
            Set.of(YES_NO_NA)),
    CHRONOLOGY_ON_FILE(Kind.CASE_FIELD_RULE,
            "Chronology on file (chronologyOnFile) and updated recently (its last-updated date)",
            Set.of(YES_NO_NA, YES_PARTLY_NO_NA)),
    MANAGEMENT_OVERSIGHT_RECORDED(Kind.CASE_FIELD_RULE,
            "Management oversight recorded on the file (managementOversightDate present)",
            Set.of(YES_NO_NA, YES_PARTLY_NO_NA, DATE));

    /** What kind of computation proposes the answer. */
    public enum Kind {
        /** A working-day timescale computed with the calendar module. */
        TIMESCALE_MEASURE,
        /** A rule over fields imported with the case. */
        CASE_FIELD_RULE
    }

    private final Kind kind;
    private final String description;
    private final Set<AnswerScale> compatibleScales;

    Derivation(Kind kind, String description, Set<AnswerScale> compatibleScales) {
        this.kind = kind;
        this.description = description;
        this.compatibleScales = compatibleScales;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    public Set<AnswerScale> compatibleScales() {
        return compatibleScales;
    }

    public boolean isCompatibleWith(AnswerScale scale) {
        return compatibleScales.contains(scale);
    }

    public static Optional<Derivation> byName(String name) {
        return Arrays.stream(values()).filter(d -> d.name().equals(name)).findFirst();
    }
}
