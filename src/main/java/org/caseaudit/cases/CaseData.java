package org.caseaudit.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The facts of one case as imported: exactly the fields in {@link CaseField}, nothing else (no names of children
 * or families). Fields an export lacks are {@code null}, never guessed.
 */
public record CaseData(
        String caseReference,
        String childReference,
        String team,
        String socialWorker,
        String teamManager,
        LocalDate referralDate,
        String referralSource,
        LocalDate referralDecisionDate,
        List<LocalDate> strategyDiscussionDates,
        LocalDate s47StartDate,
        S47Outcome s47Outcome,
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

    public CaseData {
        strategyDiscussionDates = strategyDiscussionDates == null ? List.of() : List.copyOf(strategyDiscussionDates);
    }

    /** The first strategy discussion (the one that initiated the enquiry), if any. */
    public LocalDate firstStrategyDiscussionDate() {
        return strategyDiscussionDates.isEmpty() ? null : strategyDiscussionDates.getFirst();
    }

    public LocalDate lastStrategyDiscussionDate() {
        return strategyDiscussionDates.isEmpty() ? null : strategyDiscussionDates.getLast();
    }

    /** The value of one field in its canonical text form (ISO dates, yes/no, outcome code); empty when absent. */
    public String text(CaseField field) {
        Object value = value(field);
        return switch (value) {
            case null -> "";
            case Boolean b -> b ? "yes" : "no";
            case S47Outcome o -> o.name();
            case List<?> list -> String.join(";", list.stream().map(Object::toString).toList());
            default -> value.toString();
        };
    }

    public Object value(CaseField field) {
        return switch (field) {
            case CASE_REFERENCE -> caseReference;
            case CHILD_REFERENCE -> childReference;
            case TEAM -> team;
            case SOCIAL_WORKER -> socialWorker;
            case TEAM_MANAGER -> teamManager;
            case REFERRAL_DATE -> referralDate;
            case REFERRAL_SOURCE -> referralSource;
            case REFERRAL_DECISION_DATE -> referralDecisionDate;
            case STRATEGY_DISCUSSION_DATES -> strategyDiscussionDates;
            case S47_START_DATE -> s47StartDate;
            case S47_OUTCOME -> s47Outcome;
            case S47_END_DATE -> s47EndDate;
            case ICPC_DATE -> icpcDate;
            case CFA_START_DATE -> cfaStartDate;
            case CFA_COMPLETION_DATE -> cfaCompletionDate;
            case FIRST_CORE_GROUP_DATE -> firstCoreGroupDate;
            case CONSENT_SOUGHT -> consentSought;
            case CONSENT_SOUGHT_DATE -> consentSoughtDate;
            case SHARED_WITHOUT_CONSENT -> sharedWithoutConsent;
            case CONSENT_AUTHORISED_DATE -> consentAuthorisedDate;
            case CHRONOLOGY_ON_FILE -> chronologyOnFile;
            case CHRONOLOGY_UPDATED_DATE -> chronologyUpdatedDate;
            case MANAGEMENT_OVERSIGHT_DATE -> managementOversightDate;
            case REFERRER_INFORMED_DATE -> referrerInformedDate;
            case CHILDREN_IN_HOUSEHOLD -> childrenInHousehold;
        };
    }

    /** SHA-256 over every field's canonical text: equal hashes mean an import would change nothing. */
    public String contentHash() {
        StringBuilder sb = new StringBuilder(512);
        for (CaseField f : CaseField.values()) {
            sb.append(text(f)).append('\u001f');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fields that name or point to people, or locate the family: never part of a minimal view. */
    public static final java.util.Set<CaseField> IDENTIFYING = java.util.Set.of(CaseField.CHILD_REFERENCE,
            CaseField.TEAM, CaseField.SOCIAL_WORKER, CaseField.TEAM_MANAGER, CaseField.REFERRAL_SOURCE);

    /**
     * A copy holding only the case reference and the named fields, less any {@link #IDENTIFYING} field: what an
     * independent member's qualitative audit may see.
     */
    public CaseData only(java.util.Set<CaseField> fields) {
        java.util.Map<CaseField, Object> kept = new java.util.EnumMap<>(CaseField.class);
        kept.put(CaseField.CASE_REFERENCE, caseReference);
        for (CaseField f : fields) {
            if (!IDENTIFYING.contains(f) && value(f) != null) {
                kept.put(f, value(f));
            }
        }
        return of(kept);
    }

    /** Builds a record from field values keyed by field; used by the row mapper and the generator. */
    public static CaseData of(java.util.Map<CaseField, Object> v) {
        return new CaseData(
                (String) v.get(CaseField.CASE_REFERENCE),
                (String) v.get(CaseField.CHILD_REFERENCE),
                (String) v.get(CaseField.TEAM),
                (String) v.get(CaseField.SOCIAL_WORKER),
                (String) v.get(CaseField.TEAM_MANAGER),
                (LocalDate) v.get(CaseField.REFERRAL_DATE),
                (String) v.get(CaseField.REFERRAL_SOURCE),
                (LocalDate) v.get(CaseField.REFERRAL_DECISION_DATE),
                castDates(v.get(CaseField.STRATEGY_DISCUSSION_DATES)),
                (LocalDate) v.get(CaseField.S47_START_DATE),
                (S47Outcome) v.get(CaseField.S47_OUTCOME),
                (LocalDate) v.get(CaseField.S47_END_DATE),
                (LocalDate) v.get(CaseField.ICPC_DATE),
                (LocalDate) v.get(CaseField.CFA_START_DATE),
                (LocalDate) v.get(CaseField.CFA_COMPLETION_DATE),
                (LocalDate) v.get(CaseField.FIRST_CORE_GROUP_DATE),
                (Boolean) v.get(CaseField.CONSENT_SOUGHT),
                (LocalDate) v.get(CaseField.CONSENT_SOUGHT_DATE),
                (Boolean) v.get(CaseField.SHARED_WITHOUT_CONSENT),
                (LocalDate) v.get(CaseField.CONSENT_AUTHORISED_DATE),
                (Boolean) v.get(CaseField.CHRONOLOGY_ON_FILE),
                (LocalDate) v.get(CaseField.CHRONOLOGY_UPDATED_DATE),
                (LocalDate) v.get(CaseField.MANAGEMENT_OVERSIGHT_DATE),
                (LocalDate) v.get(CaseField.REFERRER_INFORMED_DATE),
                (Integer) v.get(CaseField.CHILDREN_IN_HOUSEHOLD));
    }

    @SuppressWarnings("unchecked")
    private static List<LocalDate> castDates(Object o) {
        return o == null ? List.of() : (List<LocalDate>) o;
    }

    public boolean sameContentAs(CaseData other) {
        return Objects.equals(contentHash(), other.contentHash());
    }
}
