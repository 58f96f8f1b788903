package org.caseaudit.cases;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The fields of a case record that an import can fill. The {@link #key()} is both the column name of the
 * built-in "standard" profile and the database column. Nothing outside this list is ever stored.
 */
public enum CaseField {
    CASE_REFERENCE("case_reference", "Case reference", Type.TEXT, true, 60),
    CHILD_REFERENCE("child_reference", "Child reference", Type.TEXT, true, 60),
    TEAM("team", "Team", Type.TEXT, true, 120),
    SOCIAL_WORKER("social_worker", "Allocated social worker", Type.TEXT, false, 120),
    TEAM_MANAGER("team_manager", "Team manager", Type.TEXT, false, 120),
    REFERRAL_DATE("referral_date", "Referral date", Type.DATE, false, 0),
    REFERRAL_SOURCE("referral_source", "Referral source agency", Type.TEXT, false, 120),
    REFERRAL_DECISION_DATE("referral_decision_date", "Referral decision date", Type.DATE, false, 0),
    STRATEGY_DISCUSSION_DATES("strategy_discussion_dates", "Strategy discussion date(s)", Type.DATE_LIST, false, 0),
    S47_START_DATE("s47_start_date", "S47 start date", Type.DATE, false, 0),
    S47_OUTCOME("s47_outcome", "S47 outcome", Type.OUTCOME, false, 0),
    S47_END_DATE("s47_end_date", "S47 end date", Type.DATE, false, 0),
    ICPC_DATE("icpc_date", "ICPC date", Type.DATE, false, 0),
    CFA_START_DATE("cfa_start_date", "Child and family assessment start", Type.DATE, false, 0),
    CFA_COMPLETION_DATE("cfa_completion_date", "Child and family assessment completed", Type.DATE, false, 0),
    FIRST_CORE_GROUP_DATE("first_core_group_date", "First core group", Type.DATE, false, 0),
    CONSENT_SOUGHT("consent_sought", "Consent sought", Type.YES_NO, false, 0),
    CONSENT_SOUGHT_DATE("consent_sought_date", "Consent sought on", Type.DATE, false, 0),
    SHARED_WITHOUT_CONSENT("shared_without_consent", "Information shared without consent", Type.YES_NO, false, 0),
    CONSENT_AUTHORISED_DATE("consent_authorised_date", "Manager authorisation (sharing without consent)",
    Type.DATE, false, 0),
    CHRONOLOGY_ON_FILE("chronology_on_file", "Chronology on file", Type.YES_NO, false, 0),
    CHRONOLOGY_UPDATED_DATE("chronology_updated_date", "Chronology last updated", Type.DATE, false, 0),
    MANAGEMENT_OVERSIGHT_DATE("management_oversight_date", "Management oversight recorded", Type.DATE, false, 0),
    REFERRER_INFORMED_DATE("referrer_informed_date", "Outcome sent to referrer", Type.DATE, false, 0),
    CHILDREN_IN_HOUSEHOLD("children_in_household", "Children in household", Type.INTEGER, false, 0);

    public enum Type { TEXT, DATE, DATE_LIST, YES_NO, OUTCOME, INTEGER }

    private final String key;
    private final String label;
    private final Type type;
    private final boolean required;
    private final int maxLength;

    CaseField(String key, String label, Type type, boolean required, int maxLength) {
        this.key = key;
        this.label = label;
        this.type = type;
        this.required = required;
        this.maxLength = maxLength;
    }

    public String key() { return key; }
    public String label() { return label; }
    public Type type() { return type; }
    public boolean required() { return required; }
    public int maxLength() { return maxLength; }

    public static Optional<CaseField> byKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equalsIgnoreCase(key == null ? "" : key.trim())).findFirst();
    }

    public static List<CaseField> requiredFields() {
        return Arrays.stream(values()).filter(CaseField::required).toList();
    }
}
