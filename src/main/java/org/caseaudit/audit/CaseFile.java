package org.caseaudit.audit;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of one case an audit works from, as held in the case register (field for field the register's own
 * names). Any field may be null: not recorded in the export. No names of children or families.
 */
public record CaseFile(
        long caseId,
        String caseReference,
        String team,
        String socialWorker,
        String teamManager,
        LocalDate referralDate,
        LocalDate referralDecisionDate,
        List<LocalDate> strategyDiscussionDates,
        LocalDate s47StartDate,
        S47Result s47Outcome,
        LocalDate s47EndDate,
        LocalDate icpcDate,
        LocalDate cfaStartDate,
        LocalDate cfaCompletionDate,
        LocalDate firstCoreGroupDate,
        Boolean consentSought,
        LocalDate consentSoughtDate,
        Boolean sharedWithoutConsent,
        LocalDate consentAuthorisedDate,
        Boolean chronologyOnFile,
        LocalDate chronologyUpdatedDate,
        LocalDate managementOversightDate,
        LocalDate referrerInformedDate,
        Integer childrenInHousehold) {

    public CaseFile {
        strategyDiscussionDates = strategyDiscussionDates == null ? List.of()
                : strategyDiscussionDates.stream().filter(d -> d != null).sorted().toList();
    }

    /** The register's facts of case {@code id}. */
    public static CaseFile from(long id, org.caseaudit.cases.CaseData d) {
        return new CaseFile(id, d.caseReference(), d.team(), d.socialWorker(), d.teamManager(), d.referralDate(),
                d.referralDecisionDate(), d.strategyDiscussionDates(), d.s47StartDate(),
                d.s47Outcome() == null ? null : S47Result.valueOf(d.s47Outcome().name()), d.s47EndDate(),
                d.icpcDate(), d.cfaStartDate(), d.cfaCompletionDate(), d.firstCoreGroupDate(), d.consentSought(),
                d.consentSoughtDate(), d.sharedWithoutConsent(), d.consentAuthorisedDate(), d.chronologyOnFile(),
                d.chronologyUpdatedDate(), d.managementOversightDate(), d.referrerInformedDate(),
                d.childrenInHousehold());
    }

    /** The register's fields behind record component names of this record ({@code s47StartDate} is s47_start_date). */
    public static java.util.Set<org.caseaudit.cases.CaseField> caseFields(java.util.Set<String> names) {
        java.util.Set<org.caseaudit.cases.CaseField> fields = java.util.EnumSet.noneOf(org.caseaudit.cases.CaseField.class);
        for (String name : names) {
            String key = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
            fields.add(org.caseaudit.cases.CaseField.byKey(key)
                    .orElseThrow(() -> new IllegalArgumentException("No case field " + name)));
        }
        return fields;
    }

    /** A case whose facts the register does not show to the current user: only its reference is known. */
    public static CaseFile withheld(long caseId, String caseReference) {
        return new CaseFile(caseId, caseReference, null, null, null, null, null, List.of(), null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** Outcome of the Section 47 enquiry as the register records it. */
    public enum S47Result {
        ICPC("Initial child protection conference"),
        CHILD_IN_NEED("Child in need plan"),
        NFA("No further action"),
        OTHER("Other");

        private final String label;

        S47Result(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
