package org.caseaudit.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.caseaudit.calendar.MeasureResult;
import org.caseaudit.calendar.TimescaleEvaluation;
import org.caseaudit.templates.Derivation;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.TemplateDefinition;

/**
 * Builds what the workspace shows of a case. For an independent member only the fields the template's derivations
 * read (and the timescales they name) are shown; team, social worker and team manager never are.
 */
final class CaseFactsViews {

    private static final DateTimeFormatter UK = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    private static final Set<String> NAMES = Set.of("team", "socialWorker", "teamManager");

    private CaseFactsViews() {
    }

    static CaseFactsView of(CaseFile f, TemplateDefinition template, TimescaleEvaluation evaluation,
            boolean restricted) {
        List<CaseFactsView.Fact> all = List.of(
                fact("team", "Team", f.team()),
                fact("socialWorker", "Social worker", f.socialWorker()),
                fact("teamManager", "Team manager", f.teamManager()),
                fact("referralDate", "Referral received", f.referralDate()),
                fact("referralDecisionDate", "Referral decision", f.referralDecisionDate()),
                fact("strategyDiscussionDates", "Strategy discussions", f.strategyDiscussionDates().isEmpty() ? null
                        : f.strategyDiscussionDates().stream().map(d -> d.format(UK)).collect(Collectors.joining(", "))),
                fact("s47StartDate", "S47 enquiry started", f.s47StartDate()),
                fact("s47Outcome", "S47 outcome", f.s47Outcome() == null ? null : f.s47Outcome().label()),
                fact("s47EndDate", "S47 enquiry ended", f.s47EndDate()),
                fact("icpcDate", "Initial child protection conference", f.icpcDate()),
                fact("cfaStartDate", "Child and family assessment started", f.cfaStartDate()),
                fact("cfaCompletionDate", "Child and family assessment completed", f.cfaCompletionDate()),
                fact("firstCoreGroupDate", "First core group", f.firstCoreGroupDate()),
                fact("consentSought", "Consent sought", yesNo(f.consentSought())),
                fact("consentSoughtDate", "Consent sought on", f.consentSoughtDate()),
                fact("sharedWithoutConsent", "Shared without consent", yesNo(f.sharedWithoutConsent())),
                fact("consentAuthorisedDate", "Sharing without consent authorised", f.consentAuthorisedDate()),
                fact("chronologyOnFile", "Chronology on file", yesNo(f.chronologyOnFile())),
                fact("chronologyUpdatedDate", "Chronology last updated", f.chronologyUpdatedDate()),
                fact("managementOversightDate", "Management oversight recorded", f.managementOversightDate()),
                fact("referrerInformedDate", "Outcome sent to referrer", f.referrerInformedDate()),
                fact("childrenInHousehold", "Children in the household",
                        f.childrenInHousehold() == null ? null : String.valueOf(f.childrenInHousehold())));
        if (!restricted) {
            return new CaseFactsView(f.caseReference(), all, evaluation.results(), false);
        }
        Set<String> used = fieldsUsed(template);
        Set<Object> measures = new HashSet<>();
        template.questions().map(QuestionDefinition::derivation).filter(Objects::nonNull)
                .filter(d -> d.kind() == Derivation.Kind.TIMESCALE_MEASURE)
                .forEach(d -> measures.add(Derivations.measureOf(d)));
        List<CaseFactsView.Fact> shown = new ArrayList<>();
        for (CaseFactsView.Fact fact : all) {
            if (used.contains(fact.field())) {
                shown.add(fact);
            }
        }
        List<MeasureResult> timescales = evaluation.results().stream().filter(r -> measures.contains(r.measure()))
                .toList();
        return new CaseFactsView(f.caseReference(), shown, timescales, true);
    }

    /** The case fields a template's derivations read, less any name: all an independent member is shown. */
    static Set<String> fieldsUsed(TemplateDefinition template) {
        Set<String> used = new HashSet<>();
        template.questions().map(QuestionDefinition::derivation).filter(Objects::nonNull)
                .forEach(d -> used.addAll(Derivations.fieldsUsed(d)));
        used.removeAll(NAMES);
        return used;
    }

    private static CaseFactsView.Fact fact(String field, String label, Object value) {
        String text = switch (value) {
            case null -> "Not recorded";
            case LocalDate d -> d.format(UK);
            default -> value.toString();
        };
        return new CaseFactsView.Fact(field, label, text);
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "Yes" : "No";
    }
}
