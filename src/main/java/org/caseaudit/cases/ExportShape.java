package org.caseaudit.cases;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The column layouts of the shipped mapping profiles, so generated exports look like what each profile expects.
 * Headings here must agree with migration V5_1 (a test imports every shape with its profile).
 */
public enum ExportShape {
    STANDARD("standard", "yyyy-MM-dd", "yes", "no", 1, Map.of(), List.of()),
    MOSAIC_LIKE("mosaic-like", "dd/MM/yyyy", "Y", "N", 3,
            Map.of(S47Outcome.ICPC, "Convene ICPC", S47Outcome.CHILD_IN_NEED, "Continue with CIN plan",
                    S47Outcome.NFA, "No Further Action", S47Outcome.OTHER, "Other"),
            List.of("PERSON_NAME")),
    LIQUIDLOGIC_LIKE("liquidlogic-like", "dd-MMM-yyyy", "Yes", "No", 1,
            Map.of(S47Outcome.ICPC, "Proceed to ICPC", S47Outcome.CHILD_IN_NEED, "S17 CIN", S47Outcome.NFA, "NFA",
                    S47Outcome.OTHER, "Other Outcome"),
            List.of("Case Note Summary"));

    private static final String[] MOSAIC = {"S47_REFERENCE", "PERSON_ID", "TEAM_NAME", "ALLOCATED_WORKER",
            "TEAM_MANAGER",
        "REFERRAL_DATE", "REFERRAL_SOURCE", "REFERRAL_DECISION_DATE", "STRAT_DISC_DATE_",
        "S47_START_DATE", "S47_OUTCOME",
        "S47_END_DATE", "ICPC_DATE", "CFA_START_DATE", "CFA_COMPLETED_DATE", "FIRST_CORE_GROUP_DATE", "CONSENT_SOUGHT",
        "CONSENT_DATE", "SHARED_WITHOUT_CONSENT", "MANAGER_AUTH_DATE", "CHRONOLOGY_ON_FILE", "CHRONOLOGY_UPDATED",
        "MGMT_OVERSIGHT_DATE", "REFERRER_NOTIFIED_DATE", "CHILDREN_IN_HOUSEHOLD"};
    private static final String[] LCS = {"Episode Reference", "Child ID", "Team", "Worker", "Manager", "Contact Date",
        "Referrer Type", "Decision Date", "Strategy Discussion Dates", "S47 Start", "S47 Outcome", "S47 Completed",
        "ICPC Date", "Assessment Start", "Assessment Authorised", "First Core Group", "Consent Obtained",
        "Consent Date",
        "Info Shared Without Consent", "Manager Authorisation", "Chronology Present", "Chronology Last Updated",
        "Management Oversight", "Referrer Feedback Sent", "Household Children"};

    private final String profileName;
    private final String datePattern;
    private final String yes;
    private final String no;
    private final int strategyColumns;
    private final Map<S47Outcome, String> outcomes;
    private final List<String> extraColumns;

    ExportShape(String profileName, String datePattern, String yes, String no, int strategyColumns,
                Map<S47Outcome, String> outcomes, List<String> extraColumns) {
        this.profileName = profileName;
        this.datePattern = datePattern;
        this.yes = yes;
        this.no = no;
        this.strategyColumns = strategyColumns;
        this.outcomes = outcomes;
        this.extraColumns = extraColumns;
    }

    public String profileName() {
        return profileName;
    }

    /** Headings in column order, including columns the profile does not map (they must never be stored). */
    public List<String> headings() {
        List<String> h = new ArrayList<>();
        CaseField[] fields = CaseField.values();
        for (int i = 0; i < fields.length; i++) {
            String name = switch (this) {
                case STANDARD -> fields[i].key();
                case MOSAIC_LIKE -> MOSAIC[i];
                case LIQUIDLOGIC_LIKE -> LCS[i];
            };
            if (fields[i] == CaseField.STRATEGY_DISCUSSION_DATES && strategyColumns > 1) {
                for (int k = 1; k <= strategyColumns; k++) {
                    h.add(name + k);
                }
            } else {
                h.add(name);
            }
            if (fields[i] == CaseField.CHILD_REFERENCE) {
                h.addAll(extraColumns);
            }
        }
        return h;
    }

    /** One case as the cells of this shape; {@code extra} fills the unmapped columns (synthetic noise). */
    public List<String> cells(CaseData c, String extra) {
        DateTimeFormatter df = DateTimeFormatter.ofPattern(datePattern, Locale.ENGLISH);
        List<String> out = new ArrayList<>();
        for (CaseField f : CaseField.values()) {
            Object v = c.value(f);
            if (f == CaseField.STRATEGY_DISCUSSION_DATES) {
                List<LocalDate> dates = c.strategyDiscussionDates();
                if (strategyColumns > 1) {
                    for (int k = 0; k < strategyColumns; k++) {
                        out.add(k < dates.size() ? df.format(dates.get(k)) : "");
                    }
                } else {
                    out.add(String.join(";", dates.stream().map(df::format).toList()));
                }
            } else {
                out.add(switch (v) {
                    case null -> "";
                    case LocalDate d -> df.format(d);
                    case Boolean b -> b ? yes : no;
                    case S47Outcome o -> outcomes.getOrDefault(o, o.name());
                    default -> v.toString();
                });
            }
            if (f == CaseField.CHILD_REFERENCE) {
                for (int k = 0; k < extraColumns.size(); k++) {
                    out.add(extra);
                }
            }
        }
        return out;
    }

    /** Per column of {@link #headings()}: whether it holds a single date (written as a real date cell in xlsx). */
    public boolean[] dateColumns() {
        List<Boolean> mask = new ArrayList<>();
        for (CaseField f : CaseField.values()) {
            if (f == CaseField.STRATEGY_DISCUSSION_DATES) {
                for (int k = 0; k < strategyColumns; k++) {
                    mask.add(strategyColumns > 1);
                }
            } else {
                mask.add(f.type() == CaseField.Type.DATE);
            }
            if (f == CaseField.CHILD_REFERENCE) {
                extraColumns.forEach(e -> mask.add(false));
            }
        }
        boolean[] out = new boolean[mask.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = mask.get(i);
        }
        return out;
    }

    public String datePattern() {
        return datePattern;
    }
}
