package org.caseaudit.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.cases.CaseData;
import org.caseaudit.cases.CaseFacts;
import org.caseaudit.cases.CaseField;
import org.caseaudit.templates.Derivation;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.TemplateDefinition;

/**
 * Builds what the workspace shows of a case from the register's facts and the register's own timescale evaluation
 * (never a second one). For an independent member only the fields the template's derivations read (and the timescales
 * they name) are shown; team, social worker and team manager never are.
 */
final class CaseFactsViews {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

    /** The fields shown, in order, with the workspace's labels. */
    private record Row(CaseField field, String label) {
    }

    private static final List<Row> ROWS = List.of(
            new Row(CaseField.TEAM, "Team"),
            new Row(CaseField.SOCIAL_WORKER, "Social worker"),
            new Row(CaseField.TEAM_MANAGER, "Team manager"),
            new Row(CaseField.REFERRAL_DATE, "Referral received"),
            new Row(CaseField.REFERRAL_DECISION_DATE, "Referral decision"),
            new Row(CaseField.STRATEGY_DISCUSSION_DATES, "Strategy discussions"),
            new Row(CaseField.S47_START_DATE, "S47 enquiry started"),
            new Row(CaseField.S47_OUTCOME, "S47 outcome"),
            new Row(CaseField.S47_END_DATE, "S47 enquiry ended"),
            new Row(CaseField.ICPC_DATE, "Initial child protection conference"),
            new Row(CaseField.CFA_START_DATE, "Child and family assessment started"),
            new Row(CaseField.CFA_COMPLETION_DATE, "Child and family assessment completed"),
            new Row(CaseField.FIRST_CORE_GROUP_DATE, "First core group"),
            new Row(CaseField.CONSENT_SOUGHT, "Consent sought"),
            new Row(CaseField.CONSENT_SOUGHT_DATE, "Consent sought on"),
            new Row(CaseField.SHARED_WITHOUT_CONSENT, "Shared without consent"),
            new Row(CaseField.CONSENT_AUTHORISED_DATE, "Sharing without consent authorised"),
            new Row(CaseField.CHRONOLOGY_ON_FILE, "Chronology on file"),
            new Row(CaseField.CHRONOLOGY_UPDATED_DATE, "Chronology last updated"),
            new Row(CaseField.MANAGEMENT_OVERSIGHT_DATE, "Management oversight recorded"),
            new Row(CaseField.REFERRER_INFORMED_DATE, "Outcome sent to referrer"),
            new Row(CaseField.CHILDREN_IN_HOUSEHOLD, "Children in the household"));

    private CaseFactsViews() {
    }

    /** {@code facts} as the register returned them: its timescales are null when the register withheld the case. */
    static CaseFactsView of(CaseFacts facts, TemplateDefinition template, boolean restricted) {
        CaseData data = facts.data();
        List<MeasureResult> evaluated = facts.timescales() == null ? List.of() : facts.timescales().results();
        Set<CaseField> shownFields = restricted ? fieldsUsed(template) : EnumSet.allOf(CaseField.class);
        List<CaseFactsView.Fact> shown = new ArrayList<>();
        for (Row row : ROWS) {
            if (shownFields.contains(row.field())) {
                shown.add(new CaseFactsView.Fact(id(row.field()), row.label(), text(data.value(row.field()))));
            }
        }
        if (!restricted) {
            return new CaseFactsView(data.caseReference(), shown, evaluated, false);
        }
        Set<Object> measures = new HashSet<>();
        template.questions().map(QuestionDefinition::derivation).filter(Objects::nonNull)
                .filter(d -> d.kind() == Derivation.Kind.TIMESCALE_MEASURE)
                .forEach(d -> measures.add(Derivations.measureOf(d)));
        List<MeasureResult> timescales = evaluated.stream().filter(r -> measures.contains(r.measure())).toList();
        return new CaseFactsView(data.caseReference(), shown, timescales, true);
    }

    /** The case fields a template's derivations read, less any identifying one: all an independent member is shown. */
    static Set<CaseField> fieldsUsed(TemplateDefinition template) {
        Set<CaseField> used = EnumSet.noneOf(CaseField.class);
        template.questions().map(QuestionDefinition::derivation).filter(Objects::nonNull)
                .forEach(d -> used.addAll(Derivations.fieldsUsed(d)));
        used.removeAll(CaseData.IDENTIFYING);
        return used;
    }

    /** The id a fact carries on the page: the field's key in camel case ({@code s47_start_date} is s47StartDate). */
    static String id(CaseField field) {
        String[] parts = field.key().split("_");
        StringBuilder sb = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            sb.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return sb.toString();
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> "Not recorded";
            case LocalDate d -> d.format(UK);
            case Boolean b -> b ? "Yes" : "No";
            case org.caseaudit.cases.S47Outcome o -> o.label();
            case List<?> dates when dates.isEmpty() -> "Not recorded";
            case List<?> dates -> dates.stream().map(d -> ((LocalDate) d).format(UK)).collect(Collectors.joining(", "));
            default -> value.toString();
        };
    }
}
