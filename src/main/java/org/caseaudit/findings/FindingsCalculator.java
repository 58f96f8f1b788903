package org.caseaudit.findings;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.caseaudit.audit.FinalAudit;
import org.caseaudit.audit.FinalValues;
import org.caseaudit.findings.ComplianceRules.Outcome;
import org.caseaudit.templates.QuestionDefinition;
import org.caseaudit.templates.SectionDefinition;
import org.caseaudit.templates.TemplateDefinition;

/**
 * The counting behind findings, pure: final answers and template definitions in, figures out. Questions are keyed by
 * template id and question id (question ids are stable across a template's versions); their wording comes from the
 * newest version among the audits counted, and they are listed in that version's order.
 */
public final class FindingsCalculator {

    /** Looks up a template version (template id, version). */
    public interface Templates extends BiFunction<String, Integer, TemplateDefinition> {
    }

    private FindingsCalculator() {
    }

    public static List<QuestionCompliance> compliance(List<FinalValues> audits, Templates templates) {
        Catalogue catalogue = Catalogue.of(audits, templates);
        Map<String, int[]> counts = new HashMap<>();
        for (FinalValues audit : audits) {
            for (QuestionDefinition q : templates.apply(audit.templateId(), audit.templateVersion()).questions()
                    .toList()) {
                if (!q.scale().isCompliance()) {
                    continue;
                }
                int[] c = counts.computeIfAbsent(key(audit.templateId(), q.id()), k -> new int[4]);
                switch (ComplianceRules.classify(q.scale(), audit.values().get(q.id()))) {
                    case COMPLIANT -> c[0]++;
                    case PARTLY -> c[1]++;
                    case NON_COMPLIANT -> c[2]++;
                    case NOT_APPLICABLE -> c[3]++;
                    case NOT_COUNTED -> { }
                }
            }
        }
        List<QuestionCompliance> rows = new ArrayList<>();
        for (Catalogue.Entry e : catalogue.entries()) {
            int[] c = counts.get(e.key());
            if (c == null) {
                continue;
            }
            QuestionDefinition q = e.question();
            rows.add(QuestionCompliance.of(e.templateId(), q.id(), e.section(), q.text(), q.theme(), q.keyMeasure(),
                    c[0], c[1], c[2], c[3]));
        }
        return rows;
    }

    public static List<Theme> themes(List<FinalValues> audits, Templates templates) {
        Catalogue catalogue = Catalogue.of(audits, templates);
        Map<String, int[]> perQuestion = new HashMap<>();
        Map<String, Set<Integer>> themeFiles = new HashMap<>();
        Map<String, Set<Integer>> themeAudited = new HashMap<>();
        for (int i = 0; i < audits.size(); i++) {
            FinalValues audit = audits.get(i);
            for (QuestionDefinition q : templates.apply(audit.templateId(), audit.templateVersion()).questions()
                    .toList()) {
                Outcome o = ComplianceRules.classify(q.scale(), audit.values().get(q.id()));
                if (!o.audited()) {
                    continue;
                }
                String tag = tag(q);
                int[] c = perQuestion.computeIfAbsent(key(audit.templateId(), q.id()), k -> new int[3]);
                c[2]++;
                themeAudited.computeIfAbsent(tag, k -> new HashSet<>()).add(i);
                if (o.finding()) {
                    c[0]++;
                    if (o == Outcome.PARTLY) {
                        c[1]++;
                    }
                    themeFiles.computeIfAbsent(tag, k -> new HashSet<>()).add(i);
                }
            }
        }
        Map<String, List<Theme.ThemeQuestion>> byTag = new LinkedHashMap<>();
        for (Catalogue.Entry e : catalogue.entries()) {
            int[] c = perQuestion.get(e.key());
            if (c == null || c[0] == 0) {
                continue;
            }
            QuestionDefinition q = e.question();
            byTag.computeIfAbsent(tag(q), k -> new ArrayList<>()).add(new Theme.ThemeQuestion(e.templateId(), q.id(),
                    q.text(), q.findingText(), q.suggestedAction(), q.keyMeasure(), c[0], c[1], c[2]));
        }
        List<Theme> themes = new ArrayList<>();
        byTag.forEach((tag, questions) -> {
            List<Theme.ThemeQuestion> sorted = new ArrayList<>(questions);
            sorted.sort(Comparator.comparingInt(Theme.ThemeQuestion::findings).reversed());
            themes.add(new Theme(tag, Theme.label(tag), themeFiles.getOrDefault(tag, Set.of()).size(),
                    themeAudited.getOrDefault(tag, Set.of()).size(), sorted));
        });
        themes.sort(Comparator.comparingInt(Theme::files).reversed().thenComparing(Theme::label));
        return themes;
    }

    public static List<Finding> findings(List<FinalAudit> audits, Templates templates) {
        List<Finding> result = new ArrayList<>();
        for (FinalAudit audit : audits) {
            TemplateDefinition t = templates.apply(audit.templateId(), audit.templateVersion());
            Map<String, FinalAudit.FinalAnswer> answers = audit.answersByQuestion();
            for (SectionDefinition s : t.sections()) {
                for (QuestionDefinition q : s.questions()) {
                    FinalAudit.FinalAnswer a = answers.get(q.id());
                    if (a == null || !ComplianceRules.classify(q.scale(), a.value()).finding()) {
                        continue;
                    }
                    result.add(new Finding(audit.auditId(), audit.caseId(), audit.caseReference(), t.id(), q.id(),
                            s.title(), q.text(), q.theme(), q.keyMeasure(), a.value(), q.findingText(),
                            q.suggestedAction(), a.evidenceNote(), a.agreedAfterModeration()));
                }
            }
        }
        return result;
    }

    public static Strengths strengths(List<FinalAudit> audits, Templates templates) {
        List<Strengths.KeyMeasure> keys = compliance(values(audits), templates).stream()
                .filter(q -> q.keyMeasure() && q.compliant() > 0)
                .sorted(Comparator.comparingDouble(QuestionCompliance::percent).reversed()
                        .thenComparing(Comparator.comparingInt(QuestionCompliance::compliant).reversed()))
                .map(q -> new Strengths.KeyMeasure(q.templateId(), q.questionId(), q.question(), q.theme(),
                        q.compliant(), q.audited()))
                .toList();
        List<Strengths.AuditStrength> notes = audits.stream()
                .filter(a -> a.strengths() != null && !a.strengths().isBlank())
                .map(a -> new Strengths.AuditStrength(a.auditId(), a.caseReference(), a.strengths().strip()))
                .toList();
        return new Strengths(keys, notes);
    }

    /** The final answers of audits without their case data. */
    public static List<FinalValues> values(List<FinalAudit> audits) {
        return audits.stream().map(a -> {
            Map<String, String> values = new LinkedHashMap<>();
            a.answers().stream().filter(x -> x.value() != null).forEach(x -> values.put(x.questionId(), x.value()));
            return new FinalValues(a.templateId(), a.templateVersion(), values);
        }).toList();
    }

    static String key(String templateId, String questionId) {
        return templateId + "/" + questionId;
    }

    private static String tag(QuestionDefinition q) {
        return q.theme() == null || q.theme().isBlank() ? Theme.NO_THEME : q.theme();
    }

    /** Every question of the templates used, newest version's wording, in that version's order. */
    private record Catalogue(List<Entry> entries) {

        record Entry(String key, String templateId, String section, QuestionDefinition question) {
        }

        static Catalogue of(List<FinalValues> audits, Templates templates) {
            Map<String, Integer> newest = new LinkedHashMap<>();
            Map<String, Set<Integer>> versions = new LinkedHashMap<>();
            for (FinalValues a : audits) {
                newest.merge(a.templateId(), a.templateVersion(), Math::max);
                versions.computeIfAbsent(a.templateId(), k -> new java.util.TreeSet<>(Comparator.reverseOrder()))
                        .add(a.templateVersion());
            }
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (Map.Entry<String, Set<Integer>> t : versions.entrySet()) {
                for (int version : t.getValue()) {
                    TemplateDefinition def = templates.apply(t.getKey(), version);
                    for (SectionDefinition s : def.sections()) {
                        for (QuestionDefinition q : s.questions()) {
                            entries.putIfAbsent(key(def.id(), q.id()), new Entry(key(def.id(), q.id()), def.id(),
                                    s.title(), q));
                        }
                    }
                }
            }
            return new Catalogue(List.copyOf(entries.values()));
        }
    }
}
